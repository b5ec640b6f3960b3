package dev.billingsim.features.inprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.domain.account.AccessGrant;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.features.support.Balance;
import dev.billingsim.features.support.BillingDriver;
import dev.billingsim.features.support.Holding;
import dev.billingsim.features.support.InstanceSummary;
import dev.billingsim.features.support.OrderSummary;
import dev.billingsim.features.support.Refusal;
import dev.billingsim.features.support.Reply;
import dev.billingsim.features.support.Wire;
import dev.billingsim.simulator.Actions;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import dev.billingsim.simulator.rpc.RpcRouter;
import dev.billingsim.testkit.admin.GatewayFault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs scenarios in this JVM through the simulator's own action classes (those the HTTP path routes
 * to), called as the dispatcher calls them once the signature is checked: the access key names the
 * caller, the raw parameters go to the action, and its answer body is read back. There is no
 * gateway here, so {@code @http} scenarios are left out.
 */
public final class InProcessDriver implements BillingDriver {

  private static final String NO_GATEWAY =
      "the in-process back end has no gateway: tag this scenario @http";
  private static final RpcRouter ROUTER = Actions.router();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Billing billing;

  @Override
  public void start(BillingState state, List<SubsystemFault> faults) {
    billing = Billing.of(state);
    for (SubsystemFault fault : faults) {
      billing
          .faults()
          .inject(fault)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(problem);
              });
    }
  }

  /** Paying an order is not in the RPC surface: the admin API calls the domain for the owner. */
  @Override
  public Reply payOrder(AccessKey key, String orderId) {
    return billing
        .payOrder(caller(key), orderId)
        .fold(
            receipt -> Reply.done(Api.ENS, receipt.orderId()),
            error -> Reply.refused(Api.ENS, refusal(error)));
  }

  @Override
  public void advanceTo(Instant when) {
    billing.advanceTo(when);
  }

  @Override
  public BillingState snapshot() {
    return billing.export();
  }

  @Override
  public Balance balance(AccessKey key) {
    JsonNode data = balanceData(key);
    Currency currency = Currency.getInstance(data.path("Currency").asText());
    return new Balance(
        money(data.path("AvailableAmount"), currency),
        money(data.path("AvailableCashAmount"), currency),
        money(data.path("CreditAmount"), currency));
  }

  @Override
  public List<Holding> coupons(AccessKey key) {
    return holdings(key, "QueryCashCoupons", "CashCoupon", "CashCouponNo");
  }

  @Override
  public List<Holding> storedValueCards(AccessKey key) {
    return holdings(key, "QueryPrepaidCards", "PrepaidCard", "PrepaidCardNo");
  }

  @Override
  public List<OrderSummary> orders(AccessKey key) {
    JsonNode data = query(key, Actions.BSS_VERSION, "QueryOrders", Map.of("PageSize", "300"));
    List<OrderSummary> orders = new ArrayList<>();
    for (JsonNode order : data.path("Data").path("OrderList").path("Order")) {
      orders.add(
          new OrderSummary(
              OrderType.valueOf(order.path("OrderType").asText().toUpperCase(Locale.ROOT)),
              Wire.orderStatus(order.path("PaymentStatus").asText()),
              money(
                  order.path("PretaxAmount"),
                  Currency.getInstance(order.path("Currency").asText()))));
    }
    return orders;
  }

  @Override
  public List<InstanceSummary> instances(AccessKey key, Product product) {
    if (product == Product.ENS) {
      return Wire.servers(
          query(key, Actions.ENS_VERSION, "DescribeARMServerInstances", Map.of("PageSize", "100")));
    }
    Map<String, String> parameters = Map.of("RegionId", "cn-hangzhou", "MaxResults", "100");
    JsonNode body = query(key, Actions.ECS_VERSION, "DescribeElasticityAssurances", parameters);
    List<InstanceSummary> instances = new ArrayList<>();
    for (JsonNode item : body.path("ElasticityAssuranceSet").path("ElasticityAssuranceItem")) {
      instances.add(
          new InstanceSummary(
              item.path("PrivatePoolOptionsId").asText(),
              Wire.ecsStatus(item.path("Status").asText()),
              Wire.time(item.path("EndTime").asText())));
    }
    return instances;
  }

  @Override
  public List<Reply> burst(AccessKey key, int calls) {
    throw new UnsupportedOperationException(NO_GATEWAY);
  }

  @Override
  public void addFault(GatewayFault fault) {
    throw new UnsupportedOperationException(NO_GATEWAY);
  }

  /** A command's answer: the OrderId it names (ECS renewals and purchases), or its refusal. */
  @Override
  public Reply call(AccessKey key, Product product, String action, Map<String, String> parameters) {
    String version = product == Product.ENS ? Actions.ENS_VERSION : Actions.ECS_VERSION;
    Answer answer = handle(key, version, action, parameters);
    if (answer instanceof Answer.Refused refused) {
      return Reply.refused(product.api(), refusal(refused.error()));
    }
    JsonNode orderId = body(answer, action).path("OrderId");
    return Reply.done(product.api(), orderId.isTextual() ? orderId.asText() : null);
  }

  /** A query's answer body; a refusal here is a broken scenario, not an outcome. */
  private JsonNode query(
      AccessKey key, String version, String action, Map<String, String> parameters) {
    return body(handle(key, version, action, parameters), action);
  }

  private List<Holding> holdings(AccessKey key, String action, String list, String idField) {
    Currency currency = Currency.getInstance(balanceData(key).path("Currency").asText());
    JsonNode answer =
        query(key, Actions.BSS_VERSION, action, Map.of("EffectiveOrNot", "true")).path("Data");
    List<Holding> holdings = new ArrayList<>();
    for (JsonNode item : answer.path(list)) {
      holdings.add(new Holding(item.path(idField).asText(), money(item.path("Balance"), currency)));
    }
    return holdings;
  }

  /** Calls the action the router serves for ({@code version}, {@code action}). */
  private Answer handle(
      AccessKey key, String version, String action, Map<String, String> parameters) {
    RpcAction handler = ROUTER.action(version, action);
    for (String required : handler.required()) {
      if (!parameters.containsKey(required)) {
        throw new UnsupportedOperationException(required + " is missing; " + NO_GATEWAY);
      }
    }
    return handler.handle(
        new RpcCall("in-process", action, caller(key), parameters, billing, "127.0.0.1"));
  }

  private static JsonNode body(Answer answer, String action) {
    if (answer instanceof Answer.Success success) {
      return JSON.valueToTree(success.body());
    }
    throw new IllegalStateException(action + " did not succeed: " + answer);
  }

  private Caller caller(AccessKey key) {
    return billing
        .credentials(key.id())
        .map(AccessGrant::caller)
        .orElseThrow(
            () -> new IllegalStateException("unknown access key " + key.id() + "; " + NO_GATEWAY));
  }

  private JsonNode balanceData(AccessKey key) {
    return query(key, Actions.BSS_VERSION, "QueryAccountBalance", Map.of()).path("Data");
  }

  private static Money money(JsonNode amount, Currency currency) {
    return Money.parse(amount.asText(), currency);
  }

  private static Refusal refusal(BillingError error) {
    return new Refusal(error.code(), error.httpStatus(), error.message());
  }
}
