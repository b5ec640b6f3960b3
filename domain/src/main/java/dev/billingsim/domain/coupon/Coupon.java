package dev.billingsim.domain.coupon;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.Set;

/**
 * A cash coupon. {@code amount} is what is left on it; a used-up coupon stays at zero until it
 * expires. It applies only to the {@code products} it names (all when empty) and only to orders of
 * at least {@code minimumSpend}: those are its consumption rules.
 */
public record Coupon(
    String id, Money amount, Instant expiresAt, Set<Product> products, Money minimumSpend) {

  public Coupon {
    products = Set.copyOf(products);
  }

  public static Coupon of(String id, Money amount, Instant expiresAt) {
    return new Coupon(id, amount, expiresAt, Set.of(), Money.zero(amount.currency()));
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** Whether the consumption rules allow it on an order of this product and amount. */
  public boolean meetsConsumptionRules(Product product, Money orderAmount) {
    return (products.isEmpty() || products.contains(product))
        && !orderAmount.isLessThan(minimumSpend);
  }

  public Coupon withAmount(Money left) {
    return new Coupon(id, left, expiresAt, products, minimumSpend);
  }
}
