package dev.billingsim.domain.coupon;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.Set;

/**
 * A cash coupon. {@code amount} is what is left on it of its {@code nominalValue}; a used-up coupon
 * stays at zero until it expires. It applies only to the {@code products} it names (all when empty)
 * and only to orders of at least {@code minimumSpend}: those are its consumption rules. It was
 * granted at {@code grantedAt} and may be drawn from {@code effectiveAt} (both null when not
 * recorded; {@code effectiveAt} defaults to {@code grantedAt}, {@code nominalValue} to {@code
 * amount}).
 */
public record Coupon(
    String id,
    Money amount,
    Instant expiresAt,
    Set<Product> products,
    Money minimumSpend,
    Money nominalValue,
    Instant grantedAt,
    Instant effectiveAt) {

  public Coupon {
    products = Set.copyOf(products);
    nominalValue = nominalValue == null ? amount : nominalValue;
    effectiveAt = effectiveAt == null ? grantedAt : effectiveAt;
  }

  /** A coupon whose grant is not recorded. */
  public Coupon(
      String id, Money amount, Instant expiresAt, Set<Product> products, Money minimumSpend) {
    this(id, amount, expiresAt, products, minimumSpend, null, null, null);
  }

  public static Coupon of(String id, Money amount, Instant expiresAt) {
    return new Coupon(id, amount, expiresAt, Set.of(), Money.zero(amount.currency()));
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** The usability rule: in effect, not expired, something left. */
  public boolean isUsableAt(Instant now) {
    return (effectiveAt == null || !effectiveAt.isAfter(now))
        && !isExpiredAt(now)
        && amount.isPositive();
  }

  /** Whether the consumption rules allow it on an order of this product and amount. */
  public boolean meetsConsumptionRules(Product product, Money orderAmount) {
    return (products.isEmpty() || products.contains(product))
        && !orderAmount.isLessThan(minimumSpend);
  }

  /** This coupon, granted at {@code at} if its grant is not recorded. */
  public Coupon grantedAtIfUnrecorded(Instant at) {
    return grantedAt != null
        ? this
        : new Coupon(id, amount, expiresAt, products, minimumSpend, nominalValue, at, effectiveAt);
  }

  public Coupon withAmount(Money left) {
    return new Coupon(
        id, left, expiresAt, products, minimumSpend, nominalValue, grantedAt, effectiveAt);
  }
}
