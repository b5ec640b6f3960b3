package dev.billingsim.domain.instance;

import dev.billingsim.domain.money.Money;
import java.util.Map;

/**
 * Monthly list prices (CNY) of the instance types that can be created. A type not listed is an
 * illegal specification code (CommodityInvalidItemCode).
 */
public final class PriceList {

  private static final Map<String, Money> MONTHLY =
      Map.of(
          "ens.aic.a1.large", Money.of("100.00"),
          "ens.aic.a1.xlarge", Money.of("180.00"),
          "ens.aic.a2.large", Money.of("150.00"),
          "ecs.c6.large", Money.of("300.00"),
          "ecs.g6.large", Money.of("400.00"),
          "ecs.g7.xlarge", Money.of("800.00"));

  private PriceList() {}

  /** The monthly price of {@code instanceType} for {@code product}, or null if not sold. */
  public static Money monthlyPrice(Product product, String instanceType) {
    if (instanceType == null || !instanceType.startsWith(product.code() + ".")) {
      return null;
    }
    return MONTHLY.get(instanceType);
  }
}
