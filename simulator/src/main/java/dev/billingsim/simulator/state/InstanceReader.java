package dev.billingsim.simulator.state;

import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one instance of the state document; defaults are those of {@link Instance#builder}. Its
 * prices are in {@code currency}, by default the owner's account currency (else CNY).
 */
final class InstanceReader {

  /** The components of {@link Instance}, with the currency of its prices after them. */
  static final List<String> FIELDS;

  static {
    List<String> fields = new ArrayList<>(JsonFields.fieldsOf(Instance.class));
    fields.add(fields.indexOf("yearlyPrice") + 1, "currency");
    FIELDS = List.copyOf(fields);
  }

  private InstanceReader() {}

  /** The instance, or null (reported) if it cannot be built at all. */
  static Instance read(JsonFields f, Function<String, Currency> accountCurrency) {
    String id = f.string("id", true);
    Product product = f.choice("product", AccountReader.PRODUCTS, true, null);
    String ownerUid = f.string("ownerUid", true);
    Instant expiresAt = f.instant("expiresAt", true);
    Currency owners = ownerUid == null ? null : accountCurrency.apply(ownerUid);
    Currency currency = f.currency("currency", owners == null ? Money.CNY : owners);
    ChargeType chargeType =
        f.choice("chargeType", JsonFields.names(ChargeType.class), false, ChargeType.PrePaid);
    InstanceStatus status =
        f.choice("status", JsonFields.names(InstanceStatus.class), false, InstanceStatus.Running);
    boolean autoRenew = f.bool("autoRenew", false);
    int autoRenewPeriod = f.integer("autoRenewPeriod", false, 1);
    Money monthlyPrice = f.money("monthlyPrice", currency, false, null);
    Money yearlyPrice = f.money("yearlyPrice", currency, false, null);
    var conditions = f.choices("conditions", JsonFields.names(InstanceCondition.class));
    boolean couponsForbidden = f.bool("couponsForbidden", false);
    String instanceType = f.string("instanceType", false);
    String regionId = f.string("regionId", false);
    Instant createdAt = f.instant("createdAt", false);
    if (id == null || product == null || ownerUid == null || expiresAt == null) {
      return f.incomplete();
    }
    return Instance.builder(id, product, ownerUid)
        .chargeType(chargeType)
        .status(status)
        .expiresAt(expiresAt)
        .autoRenew(autoRenew)
        .autoRenewPeriod(autoRenewPeriod)
        .monthlyPrice(monthlyPrice)
        .yearlyPrice(yearlyPrice)
        .conditions(conditions)
        .couponsForbidden(couponsForbidden)
        .instanceType(instanceType)
        .regionId(regionId)
        .createdAt(createdAt)
        .build();
  }
}
