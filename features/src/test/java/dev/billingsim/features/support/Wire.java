package dev.billingsim.features.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * What both drivers write into requests and read out of answers, the same way: in process from the
 * action's answer body, over HTTP from the SDK's typed model (which must have read the answer
 * first) as its wire-named map.
 */
public final class Wire {

  private Wire() {}

  /**
   * The parameters of a purchase ({@code CreateARMServerInstances} or {@code
   * CreateElasticityAssurance}): a whole number of years is bought by the year.
   */
  public static Map<String, String> purchase(
      Product product, String instanceType, int count, int months) {
    boolean years = months % 12 == 0;
    Map<String, String> parameters = new LinkedHashMap<>();
    boolean ens = product == Product.ENS;
    parameters.put(ens ? "EnsRegionId" : "RegionId", "cn-hangzhou");
    parameters.put(ens ? "ServerType" : "InstanceType.1", instanceType);
    parameters.put(ens ? "Amount" : "InstanceAmount", String.valueOf(count));
    parameters.put("Period", String.valueOf(years ? months / 12 : months));
    parameters.put("PeriodUnit", years ? "Year" : "Month");
    return parameters;
  }

  /** BSS QueryOrders' PaymentStatus. */
  public static OrderStatus orderStatus(String paymentStatus) {
    return switch (paymentStatus) {
      case "Paid" -> OrderStatus.PAID;
      case "Unpaid" -> OrderStatus.UNPAID;
      default -> OrderStatus.FAILED;
    };
  }

  /** ECS names assurance states Preparing, Prepared, Active, Expired, Released. */
  public static InstanceStatus ecsStatus(String status) {
    return switch (status) {
      case "Preparing" -> InstanceStatus.Pending;
      case "Prepared" -> InstanceStatus.Locked;
      case "Active" -> InstanceStatus.Running;
      default -> InstanceStatus.valueOf(status);
    };
  }

  // ---- answers, read from their JSON bodies (over HTTP: the typed SDK model's map) ----

  /** A QueryAccountBalance answer. */
  public static Balance balance(JsonNode body) {
    JsonNode data = body.path("Data");
    Currency currency = currency(body);
    return new Balance(
        money(data.path("AvailableAmount"), currency),
        money(data.path("AvailableCashAmount"), currency),
        money(data.path("CreditAmount"), currency));
  }

  /** The account's currency, as a QueryAccountBalance answer names it. */
  public static Currency currency(JsonNode balance) {
    return Currency.getInstance(balance.path("Data").path("Currency").asText());
  }

  /** QueryCashCoupons (list CashCoupon, id CashCouponNo) or QueryPrepaidCards (PrepaidCard...). */
  public static List<Holding> holdings(
      JsonNode body, String list, String idField, Currency currency) {
    return each(
        body.path("Data").path(list),
        item -> new Holding(item.path(idField).asText(), money(item.path("Balance"), currency)));
  }

  /** A QueryOrders answer, newest first. */
  public static List<OrderSummary> orders(JsonNode body) {
    return each(
        body.path("Data").path("OrderList").path("Order"),
        order ->
            new OrderSummary(
                OrderType.valueOf(order.path("OrderType").asText().toUpperCase(Locale.ROOT)),
                orderStatus(order.path("PaymentStatus").asText()),
                money(
                    order.path("PretaxAmount"),
                    Currency.getInstance(order.path("Currency").asText()))));
  }

  /** The assurances of a DescribeElasticityAssurances answer. */
  public static List<InstanceSummary> assurances(JsonNode body) {
    return each(
        body.path("ElasticityAssuranceSet").path("ElasticityAssuranceItem"),
        item ->
            new InstanceSummary(
                item.path("PrivatePoolOptionsId").asText(),
                ecsStatus(item.path("Status").asText()),
                time(item.path("EndTime").asText())));
  }

  /** The servers of a DescribeARMServerInstances answer. */
  public static List<InstanceSummary> servers(JsonNode body) {
    return each(
        body.path("Servers"),
        server ->
            new InstanceSummary(
                server.path("ServerId").asText(),
                InstanceStatus.valueOf(server.path("Status").asText()),
                time(server.path("ExpiredTime").asText())));
  }

  /** Each item of a JSON array (none if it is missing), read in order. */
  private static <T> List<T> each(JsonNode items, Function<JsonNode, T> read) {
    return StreamSupport.stream(items.spliterator(), false).map(read).toList();
  }

  private static Money money(JsonNode amount, Currency currency) {
    return Money.parse(amount.asText(), currency);
  }

  /** Alibaba Cloud's ISO-8601 UTC to the minute, {@code 2026-12-01T00:00Z}. */
  public static Instant time(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
