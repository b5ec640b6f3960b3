package dev.billingsim.testkit.world;

import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One instance of a {@link World}: {@code ensInstance("aic-1").expiresIn(Duration.ofDays(3))
 * .autoRenew(true)}.
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
  private String ownerUid;
  private Instant expiresAt;
  private Duration expiresIn = DEFAULT_TERM_LEFT;
  private boolean autoRenew;
  private int autoRenewMonths = 1;
  private String monthlyPrice = DEFAULT_MONTHLY_PRICE;
  private InstanceStatus status = InstanceStatus.Running;
  private ChargeType chargeType = ChargeType.PrePaid;
  private UnaryOperator<Instance.Builder> customisation = UnaryOperator.identity();

  InstanceSpec(String id, Product product) {
    this.id = Objects.requireNonNull(id, "id");
    this.product = product;
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
    autoRenew = on;
    return this;
  }

  /** Auto-renews for this many months at a time (and turns auto-renewal on). */
  public InstanceSpec autoRenewMonths(int months) {
    autoRenew = true;
    autoRenewMonths = months;
    return this;
  }

  public InstanceSpec monthlyPrice(String amount) {
    monthlyPrice = Objects.requireNonNull(amount, "amount");
    return this;
  }

  public InstanceSpec status(InstanceStatus newStatus) {
    status = Objects.requireNonNull(newStatus, "status");
    return this;
  }

  /** Pay-as-you-go: not renewable, as Alibaba Cloud answers for PostPaid instances. */
  public InstanceSpec postPaid() {
    chargeType = ChargeType.PostPaid;
    return this;
  }

  /** Anything else the domain's instance builder offers, applied last. */
  public InstanceSpec with(UnaryOperator<Instance.Builder> change) {
    UnaryOperator<Instance.Builder> before = customisation;
    customisation = builder -> change.apply(before.apply(builder));
    return this;
  }

  String ownerUid() {
    return ownerUid;
  }

  Instance build(Instant now, String defaultOwner, Currency ownersCurrency) {
    String owner = ownerUid != null ? ownerUid : defaultOwner;
    if (owner == null) {
      throw new IllegalArgumentException(
          "instance " + id + " has no owner: add an account to the world or say ownedBy(uid)");
    }
    Money price;
    try {
      price = Money.parse(monthlyPrice, ownersCurrency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "instance "
              + id
              + ": monthly price \""
              + monthlyPrice
              + "\" is not an amount of "
              + ownersCurrency,
          e);
    }
    Instance.Builder builder =
        Instance.builder(id, product, owner)
            .chargeType(chargeType)
            .status(status)
            .expiresAt(expiresAt != null ? expiresAt : now.plus(expiresIn))
            .autoRenew(autoRenew)
            .autoRenewPeriod(autoRenewMonths)
            .monthlyPrice(price);
    return customisation.apply(builder).build();
  }
}
