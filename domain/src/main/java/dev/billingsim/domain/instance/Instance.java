package dev.billingsim.domain.instance;

import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A subscription instance: an ENS ARM server or an ECS elasticity assurance.
 *
 * <p>Lifecycle (see {@link InstanceStatus}): a PrePaid instance runs until {@code expiresAt}; a
 * renewal moves that forward by whole months. At expiry the clock auto-renews it (when {@code
 * autoRenew}, for {@code autoRenewPeriod} months) or marks it Expired; after the retention period
 * it is Released. Its price plan is {@code monthlyPrice} and optionally {@code yearlyPrice}, in the
 * currency of those amounts.
 */
public record Instance(
    String id,
    Product product,
    String ownerUid,
    ChargeType chargeType,
    InstanceStatus status,
    Instant expiresAt,
    boolean autoRenew,
    int autoRenewPeriod,
    Money monthlyPrice,
    Money yearlyPrice,
    Set<InstanceCondition> conditions,
    boolean couponsForbidden,
    String instanceType,
    String regionId,
    Instant createdAt) {

  public Instance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(status, "status");
    conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
  }

  public static Builder builder(String id, Product product, String ownerUid) {
    return new Builder(id, product, ownerUid);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public boolean isReleased() {
    return status == InstanceStatus.Released;
  }

  public Instant releaseDueAt() {
    return expiresAt.plus(dev.billingsim.domain.clock.BillingCalendar.RETENTION);
  }

  /** Builds instances with defaults: a Running PrePaid instance without auto-renewal. */
  public static final class Builder {
    private final String id;
    private final Product product;
    private final String ownerUid;
    private ChargeType chargeType = ChargeType.PrePaid;
    private InstanceStatus status = InstanceStatus.Running;
    private Instant expiresAt;
    private boolean autoRenew;
    private int autoRenewPeriod = 1;
    private Money monthlyPrice;
    private Money yearlyPrice;
    private Set<InstanceCondition> conditions = Set.of();
    private boolean couponsForbidden;
    private String instanceType;
    private String regionId;
    private Instant createdAt;

    private Builder(String id, Product product, String ownerUid) {
      this.id = id;
      this.product = product;
      this.ownerUid = ownerUid;
    }

    private Builder(Instance i) {
      id = i.id;
      product = i.product;
      ownerUid = i.ownerUid;
      chargeType = i.chargeType;
      status = i.status;
      expiresAt = i.expiresAt;
      autoRenew = i.autoRenew;
      autoRenewPeriod = i.autoRenewPeriod;
      monthlyPrice = i.monthlyPrice;
      yearlyPrice = i.yearlyPrice;
      conditions = i.conditions;
      couponsForbidden = i.couponsForbidden;
      instanceType = i.instanceType;
      regionId = i.regionId;
      createdAt = i.createdAt;
    }

    public Builder chargeType(ChargeType v) {
      chargeType = v;
      return this;
    }

    public Builder status(InstanceStatus v) {
      status = v;
      return this;
    }

    public Builder expiresAt(Instant v) {
      expiresAt = v;
      return this;
    }

    public Builder autoRenew(boolean v) {
      autoRenew = v;
      return this;
    }

    public Builder autoRenewPeriod(int v) {
      autoRenewPeriod = v;
      return this;
    }

    public Builder monthlyPrice(Money v) {
      monthlyPrice = v;
      return this;
    }

    public Builder yearlyPrice(Money v) {
      yearlyPrice = v;
      return this;
    }

    public Builder conditions(Set<InstanceCondition> v) {
      conditions = v;
      return this;
    }

    public Builder couponsForbidden(boolean v) {
      couponsForbidden = v;
      return this;
    }

    public Builder instanceType(String v) {
      instanceType = v;
      return this;
    }

    public Builder regionId(String v) {
      regionId = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Instance build() {
      return new Instance(
          id,
          product,
          ownerUid,
          chargeType,
          status,
          Objects.requireNonNull(expiresAt, "expiresAt"),
          autoRenew,
          autoRenewPeriod,
          monthlyPrice,
          yearlyPrice,
          conditions,
          couponsForbidden,
          instanceType == null ? defaultType(product) : instanceType,
          regionId == null ? "cn-hangzhou" : regionId,
          createdAt == null ? expiresAt.minus(java.time.Duration.ofDays(30)) : createdAt);
    }

    private static String defaultType(Product product) {
      return product == Product.ENS ? "ens.aic.a1.large" : "ecs.c6.large";
    }
  }
}
