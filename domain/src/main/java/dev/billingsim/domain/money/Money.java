package dev.billingsim.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, held as minor units (fen for CNY, cents for USD).
 *
 * <p>Arithmetic is exact and overflow-checked. Mixing currencies is a programming error and throws;
 * a currency mismatch a customer can cause is a business rule checked before any sum.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public static final Currency CNY = Currency.getInstance("CNY");

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /**
   * Parses an outside amount such as {@code "1000.00"}. More fraction digits than the currency has
   * is refused rather than rounded: the simulator never invents money.
   */
  public static Money parse(String amount, Currency currency) {
    BigDecimal value = new BigDecimal(amount.trim());
    BigDecimal minor = value.movePointRight(fractionDigits(currency));
    return new Money(minor.longValueExact(), currency);
  }

  public static Money of(String amount) {
    return parse(amount, CNY);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    // Values, not identities: sharing the other operand saves an object that orders would keep.
    if (minor == 0) {
      return other;
    }
    return other.minor == 0 ? this : new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money times(long factor) {
    // One month's price is the price itself: no copy for the order line to keep.
    return factor == 1 ? this : new Money(Math.multiplyExact(minor, factor), currency);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** The amount as the outside world writes it: {@code "1000.00"}. */
  public String toPlainString() {
    return BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
  }

  /**
   * This amount scaled by {@code numerator / denominator}, rounded as {@code rounding} says. Used
   * for proration, where the remainder is what the rounding decides.
   */
  public Money scaled(long numerator, long denominator, RoundingMode rounding) {
    BigDecimal exact =
        BigDecimal.valueOf(minor)
            .multiply(BigDecimal.valueOf(numerator))
            .divide(BigDecimal.valueOf(denominator), 0, rounding);
    return new Money(exact.longValueExact(), currency);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + ": check currencies first");
    }
  }

  private static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }
}
