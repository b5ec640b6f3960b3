package dev.billingsim.features.support;

import static dev.billingsim.features.support.ParameterTypes.parseDate;
import static dev.billingsim.features.support.ParameterTypes.parseMoney;
import static dev.billingsim.features.support.ParameterTypes.phrase;

import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.simulator.world.AccountSpec;
import dev.billingsim.simulator.world.InstanceSpec;
import dev.billingsim.simulator.world.World;
import io.cucumber.java.DataTableType;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables scenarios describe accounts, coupons, cards and instances with, and the tables they
 * expect answers in. Column names are plain words; only the first column of each is required.
 */
public final class DataTables {

  /** | account | cash | credit limit | credit used | currency | */
  @DataTableType
  public AccountSpec account(Map<String, String> row) {
    Money cash = money(row, "cash");
    Currency currency =
        row.get("currency") != null
            ? Currency.getInstance(row.get("currency"))
            : cash != null ? cash.currency() : Money.CNY;
    return World.account(row.get("account"))
        .currency(currency.getCurrencyCode())
        .with(
            account ->
                account
                    .cash(cash)
                    .creditLimit(money(row, "credit limit"))
                    .creditUsed(money(row, "credit used")));
  }

  /** | coupon | amount | expires | products | minimum spend | */
  @DataTableType
  public Coupon coupon(Map<String, String> row) {
    Money amount = parseMoney(row.get("amount"));
    Set<Product> products = EnumSet.noneOf(Product.class);
    String scope = row.getOrDefault("products", "");
    for (String code : scope == null ? new String[0] : scope.split("[,\\s]+")) {
      if (!code.isBlank() && !code.equals("all")) {
        products.add(Product.fromCode(code.toLowerCase(Locale.ROOT)));
      }
    }
    Money minimum = money(row, "minimum spend");
    return new Coupon(
        row.get("coupon"),
        amount,
        parseDate(row.get("expires")),
        products,
        minimum == null ? Money.zero(amount.currency()) : minimum);
  }

  /** | card | balance | expires | */
  @DataTableType
  public StoredValueCard card(Map<String, String> row) {
    return new StoredValueCard(
        row.get("card"), parseMoney(row.get("balance")), parseDate(row.get("expires")));
  }

  /**
   * | instance | product | owner | monthly price | yearly price | expires | status | charge type |
   * auto renew | auto renew months |
   */
  @DataTableType
  public InstanceSpec instance(Map<String, String> row) {
    Product product = Product.fromCode(row.get("product").toLowerCase(Locale.ROOT));
    return World.instance(row.get("instance"), product)
        .ownedBy(row.get("owner"))
        .with(
            instance -> {
              instance
                  .expiresAt(parseDate(row.get("expires")))
                  .monthlyPrice(money(row, "monthly price"))
                  .yearlyPrice(money(row, "yearly price"))
                  .autoRenew("yes".equals(row.get("auto renew")));
              if (row.get("status") != null) {
                instance.status(InstanceStatus.valueOf(row.get("status")));
              }
              if (row.get("charge type") != null) {
                instance.chargeType(ChargeType.valueOf(row.get("charge type")));
              }
              if (row.get("auto renew months") != null) {
                instance.autoRenewPeriod(Integer.parseInt(row.get("auto renew months")));
              }
              return instance;
            });
  }

  /** | coupon (or card) | balance | */
  @DataTableType
  public Holding holding(Map<String, String> row) {
    String id = row.containsKey("coupon") ? row.get("coupon") : row.get("card");
    return new Holding(id, parseMoney(row.get("balance")));
  }

  /** | available | cash | credit | */
  @DataTableType
  public Balance balance(Map<String, String> row) {
    return new Balance(
        parseMoney(row.get("available")),
        parseMoney(row.get("cash")),
        parseMoney(row.get("credit")));
  }

  /** | type | status | amount | */
  @DataTableType
  public OrderSummary orderSummary(Map<String, String> row) {
    return new OrderSummary(
        phrase(OrderType.class, row.get("type")),
        phrase(OrderStatus.class, row.get("status")),
        parseMoney(row.get("amount")));
  }

  /** | instance | status | expires | */
  @DataTableType
  public InstanceSummary instanceSummary(Map<String, String> row) {
    return new InstanceSummary(
        row.get("instance"),
        InstanceStatus.valueOf(row.get("status")),
        parseDate(row.get("expires")));
  }

  /** | source | id | amount |, the source as words: coupon, stored-value card, cash, credit. */
  @DataTableType
  public Payment payment(Map<String, String> row) {
    return new Payment(
        phrase(PaymentSource.class, row.get("source")),
        row.get("id"),
        parseMoney(row.get("amount")));
  }

  private static Money money(Map<String, String> row, String column) {
    String text = row.get(column);
    return text == null || text.isBlank() ? null : parseMoney(text);
  }
}
