package dev.billingsim.simulator.world;

import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One instance of a {@link World}: {@code ensInstance("aic-1").expiresIn(Duration.ofDays(3))
 * .autoRenew(true)}. Changes apply in the order they were written.
 *
 * <p>Defaults: owned by the world's first account, a Running PrePaid instance expiring 30 days
 * after the world's {@code now}, costing {@value #DEFAULT_MONTHLY_PRICE} a month in its owner's
 * currency, without auto-renewal. Anything else the domain models (conditions, yearly price,
 * region, ...) is reachable through {@link #with}.
 */
public final class InstanceSpec {

  public static final String DEFAULT_MONTHLY_PRICE = "100.00";
  public static final Duration DEFAULT_TERM_LEFT = Duration.ofDays(30);

  private final String id;
  private final Product product;
  private final List<UnaryOperator<Instance.Builder>> changes = new ArrayList<>();
  private String ownerUid;
  private Instant expiresAt;
  private Duration expiresIn = DEFAULT_TERM_LEFT;
  private String monthlyPrice = DEFAULT_MONTHLY_PRICE;

  InstanceSpec(String id, Product product) {
    this.id = Objects.requireNonNull(id, "id");
    this.product = Objects.requireNonNull(product, "product");
  }

  public String id() {
    return id;
  }

  public InstanceSpec ownedBy(String uid) {
    ownerUid = Objects.requireNonNull(uid, "uid");
    return this;
  }

  /** Expires this long after the world's {@code now} (negative: already past its expiry). */
  public InstanceSpec expiresIn(Duration termLeft) {
    expiresIn = Objects.requireNonNull(termLeft, "termLeft");
    expiresAt = null;
    return this;
  }

  public InstanceSpec expiresAt(Instant when) {
    expiresAt = Objects.requireNonNull(when, "when");
    return this;
  }

  public InstanceSpec autoRenew(boolean on) {
    return with(instance -> instance.autoRenew(on));
  }

  /** Auto-renews for this many months at a time (and turns auto-renewal on). */
  public InstanceSpec autoRenewMonths(int months) {
    return with(instance -> instance.autoRenew(true).autoRenewPeriod(months));
  }

  /** The monthly price in the owner's currency; {@code null}: no monthly price. */
  public InstanceSpec monthlyPrice(String amount) {
    monthlyPrice = amount;
    return this;
  }

  public InstanceSpec status(InstanceStatus newStatus) {
    Objects.requireNonNull(newStatus, "status");
    return with(instance -> instance.status(newStatus));
  }

  /** Pay-as-you-go: not renewable, as Alibaba Cloud answers for PostPaid instances. */
  public InstanceSpec postPaid() {
    return with(instance -> instance.chargeType(ChargeType.PostPaid));
  }

  /** Anything the domain's instance builder offers. */
  public InstanceSpec with(UnaryOperator<Instance.Builder> change) {
    changes.add(Objects.requireNonNull(change, "change"));
    return this;
  }

  /** The owner it was given ({@code null}: the world's first account). */
  public String ownerUid() {
    return ownerUid;
  }

  Instance build(Instant now, String defaultOwner, Currency ownersCurrency) {
    String owner = ownerUid != null ? ownerUid : defaultOwner;
    if (owner == null) {
      throw new IllegalArgumentException(
          "instance " + id + " has no owner: add an account to the world or say ownedBy(uid)");
    }
    Instance.Builder builder =
        Instance.builder(id, product, owner)
            .expiresAt(expiresAt != null ? expiresAt : now.plus(expiresIn))
            .monthlyPrice(price(ownersCurrency));
    changes.forEach(change -> change.apply(builder));
    return builder.build();
  }

  private Money price(Currency currency) {
    return monthlyPrice == null
        ? null
        : World.amount(monthlyPrice, currency, "instance " + id + ": monthly price");
  }
}
