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
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.features.support.BillingDriver;
import dev.billingsim.features.support.Refusal;
import dev.billingsim.features.support.Reply;
import dev.billingsim.simulator.Actions;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import dev.billingsim.simulator.rpc.RpcRouter;
import dev.billingsim.testkit.admin.GatewayFault;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
      Optional<String> problem = billing.faults().inject(fault);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(problem.get());
      }
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
  public JsonNode answer(AccessKey key, Query query) {
    Map<String, String> usable = Map.of("EffectiveOrNot", "true");
    Map<String, String> assurances = Map.of("RegionId", "cn-hangzhou", "MaxResults", "100");
    return switch (query) {
      case BALANCE -> bss(key, "QueryAccountBalance", Map.of());
      case COUPONS -> bss(key, "QueryCashCoupons", usable);
      case CARDS -> bss(key, "QueryPrepaidCards", usable);
      case ORDERS -> bss(key, "QueryOrders", Map.of("PageSize", "300"));
      case SERVERS ->
          query(key, Actions.ENS_VERSION, "DescribeARMServerInstances", Map.of("PageSize", "100"));
      case ASSURANCES ->
          query(key, Actions.ECS_VERSION, "DescribeElasticityAssurances", assurances);
    };
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

  private JsonNode query(
      AccessKey key, String version, String action, Map<String, String> parameters) {
    return body(handle(key, version, action, parameters), action);
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

  private JsonNode bss(AccessKey key, String action, Map<String, String> parameters) {
    return query(key, Actions.BSS_VERSION, action, parameters);
  }

  private static Refusal refusal(BillingError error) {
    return new Refusal(error.code(), error.httpStatus(), error.message());
  }
}
