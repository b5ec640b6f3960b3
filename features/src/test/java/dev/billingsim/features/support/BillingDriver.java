package dev.billingsim.features.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.testkit.admin.GatewayFault;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a scenario can do to the billing world, whatever runs it. Two implementations: in
 * process (the domain's {@code Billing}, called as the simulator's gateway would) and over HTTP (a
 * started simulator, seeded through its admin API and called through the official SDK clients).
 *
 * <p>Calls are made with an access key, as a downstream user makes them; parameters are the raw RPC
 * parameters ({@code Period=1}, {@code PrivatePoolOptions.Id.1=eap-1}).
 */
public interface BillingDriver {

  /**
   * Replaces the whole world with {@code state} and injects {@code faults}: the scenario's Given.
   */
  void start(BillingState state, List<SubsystemFault> faults);

  // ---- commands: each is one RPC call unless a driver says it another way ----

  default Reply renew(AccessKey key, Product product, Map<String, String> parameters) {
    return call(key, product, product.renewAction(), parameters);
  }

  default Reply renew(AccessKey key, RenewalRequest request) {
    return renew(key, request.product(), request.parameters());
  }

  default Reply release(AccessKey key, String instanceId) {
    return call(key, Product.ENS, "ReleaseARMServerInstance", Map.of("InstanceId", instanceId));
  }

  default Reply buy(AccessKey key, Product product, String instanceType, int count, int months) {
    return call(
        key, product, product.createAction(), Wire.purchase(product, instanceType, count, months));
  }

  /** Pays an UNPAID order (one an AutoPay=false renewal made). */
  Reply payOrder(AccessKey key, String orderId);

  /** Moves the business clock forward, running everything due on the way. */
  void advanceTo(Instant when);

  // ---- what the world looks like ----

  /** The whole world now, as the state document holds it. */
  BillingState snapshot();

  // ---- what the billing (BSS) and Describe APIs report to the caller: sent by each driver its
  // own way, read here the same way ----

  enum Query {
    BALANCE,
    COUPONS,
    CARDS,
    ORDERS,
    SERVERS,
    ASSURANCES
  }

  /** A query's answer body; a refusal here is a broken scenario, not an outcome. */
  JsonNode answer(AccessKey key, Query query);

  default Balance balance(AccessKey key) {
    return Wire.balance(answer(key, Query.BALANCE));
  }

  /** Coupons usable now (EffectiveOrNot=true). */
  default List<Holding> coupons(AccessKey key) {
    JsonNode body = answer(key, Query.COUPONS);
    return Wire.holdings(body, "CashCoupon", "CashCouponNo", Wire.currency(balanceBody(key)));
  }

  /** Stored-value cards usable now. */
  default List<Holding> storedValueCards(AccessKey key) {
    JsonNode body = answer(key, Query.CARDS);
    return Wire.holdings(body, "PrepaidCard", "PrepaidCardNo", Wire.currency(balanceBody(key)));
  }

  private JsonNode balanceBody(AccessKey key) {
    return answer(key, Query.BALANCE);
  }

  /** Orders, newest first. */
  default List<OrderSummary> orders(AccessKey key) {
    return Wire.orders(answer(key, Query.ORDERS));
  }

  default List<InstanceSummary> instances(AccessKey key, Product product) {
    return product == Product.ENS
        ? Wire.servers(answer(key, Query.SERVERS))
        : Wire.assurances(answer(key, Query.ASSURANCES));
  }

  /**
   * Calls {@code action} of {@code product}'s API with raw parameters (over HTTP, unknown actions
   * too); the answer's OrderId, if it names one.
   */
  Reply call(AccessKey key, Product product, String action, Map<String, String> parameters);

  // ---- the gateway: over HTTP only ----

  /** {@code calls} balance queries as fast as possible under flow control; every answer. */
  List<Reply> burst(AccessKey key, int calls);

  /** Adds a gateway fault rule (contract section 5), e.g. the next call answers an error. */
  void addFault(GatewayFault fault);
}
