package dev.billingsim.domain.instance;

import dev.billingsim.domain.money.Money;

/**
 * What a term of an instance costs: its monthly price times the months, except that whole years use
 * the yearly price when the instance has one.
 */
public final class PricePlan {

  private PricePlan() {}

  /** The price, or null with {@link #refusal} telling why there is none. */
  public static Money priceOf(Instance instance, int months) {
    if (instance.yearlyPrice() != null && months % 12 == 0) {
      return instance.yearlyPrice().times(months / 12);
    }
    return instance.monthlyPrice() == null ? null : instance.monthlyPrice().times(months);
  }

  /** The code refusing to price {@code months} of this instance, or null when it has a price. */
  public static String refusal(Instance instance, int months) {
    if (instance.monthlyPrice() == null && instance.yearlyPrice() == null) {
      return "PricePricingPlanNotFound";
    }
    return priceOf(instance, months) == null ? "PricePricingPlanResultNotFound" : null;
  }

  /** The currency the instance is priced in. */
  public static java.util.Currency currencyOf(Instance instance) {
    Money any = instance.monthlyPrice() != null ? instance.monthlyPrice() : instance.yearlyPrice();
    return any == null ? null : any.currency();
  }
}
