package dev.billingsim.features.inprocess;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.Credentials;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.features.support.Balance;
import dev.billingsim.features.support.BillingDriver;
import dev.billingsim.features.support.Holding;
import dev.billingsim.features.support.InstanceSummary;
import dev.billingsim.features.support.OrderSummary;
import dev.billingsim.features.support.Refusal;
import dev.billingsim.features.support.Reply;
import dev.billingsim.simulator.action.CommandParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs scenarios against the domain itself: {@code Billing.of(state)}, faults injected into its
 * subsystems, and every call made as the simulator's gateway makes it once the signature is checked
 * (the access key names the caller; the raw parameters go through {@code CommandParameters}). There
 * is no gateway here, so {@code @http} scenarios are left out.
 */
public final class InProcessDriver implements BillingDriver {

  private static final String NO_GATEWAY =
      "the in-process back end has no gateway: tag this scenario @http";

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

  @Override
  public Reply renew(AccessKey key, Product product, Map<String, String> parameters) {
    Caller caller = caller(key);
    CommandParameters read = new CommandParameters(billing.catalogue());
    Result<RenewInstances> command =
        product == Product.ENS
            ? read.ensRenewal(caller, parameters)
            : read.ecsRenewal(caller, parameters);
    Result<RenewalReceipt> result = command.flatMap(billing::renew);
    // RenewARMServerInstance answers its RequestId only; RenewElasticityAssurances the OrderId.
    return reply(
        product.api(), result, receipt -> product == Product.ECS ? receipt.orderId() : null);
  }

  @Override
  public Reply release(AccessKey key, String instanceId) {
    return reply(Api.ENS, billing.release(caller(key), instanceId), receipt -> null);
  }

  @Override
  public Reply buy(AccessKey key, Product product, String instanceType, int count, int months) {
    CreateInstances command =
        new CreateInstances(
            caller(key), product, instanceType, count, Term.ofMonths(months), null, "cn-hangzhou");
    return reply(product.api(), billing.create(command), receipt -> receipt.orderId());
  }

  @Override
  public Reply payOrder(AccessKey key, String orderId) {
    return reply(Api.ENS, billing.payOrder(caller(key), orderId), RenewalReceipt::orderId);
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
    Account account = account(key);
    Money credit =
        account.custody() != null ? account.custody().quotaAvailable() : account.creditAvailable();
    return new Balance(account.cash().plus(credit), account.cash(), credit);
  }

  @Override
  public List<Holding> coupons(AccessKey key) {
    Instant now = billing.now();
    return account(key).coupons().stream()
        .filter(coupon -> coupon.isUsableAt(now))
        .map(coupon -> new Holding(coupon.id(), coupon.amount()))
        .toList();
  }

  @Override
  public List<Holding> storedValueCards(AccessKey key) {
    Instant now = billing.now();
    return account(key).storedValueCards().stream()
        .filter(card -> card.isUsableAt(now))
        .map(card -> new Holding(card.id(), card.balance()))
        .toList();
  }

  @Override
  public List<OrderSummary> orders(AccessKey key) {
    List<Order> orders = new ArrayList<>(billing.orders(caller(key).uid()));
    Collections.reverse(orders);
    return orders.stream().map(o -> new OrderSummary(o.type(), o.status(), o.amount())).toList();
  }

  @Override
  public List<InstanceSummary> instances(AccessKey key, Product product) {
    return billing.instances(caller(key).uid()).stream()
        .filter(i -> i.product() == product)
        .map(i -> new InstanceSummary(i.id(), i.status(), i.expiresAt()))
        .toList();
  }

  @Override
  public Reply call(AccessKey key, Product product, String action, Map<String, String> parameters) {
    throw new UnsupportedOperationException(NO_GATEWAY);
  }

  @Override
  public List<Reply> burst(AccessKey key, int calls) {
    throw new UnsupportedOperationException(NO_GATEWAY);
  }

  @Override
  public void addFaultRule(Map<String, Object> rule) {
    throw new UnsupportedOperationException(NO_GATEWAY);
  }

  private Caller caller(AccessKey key) {
    return billing
        .credentials(key.id())
        .map(Credentials::caller)
        .orElseThrow(
            () -> new IllegalStateException("unknown access key " + key.id() + "; " + NO_GATEWAY));
  }

  private Account account(AccessKey key) {
    return billing.account(caller(key).uid()).orElseThrow();
  }

  private static <T> Reply reply(Api api, Result<T> result, Function<T, String> orderId) {
    return result.fold(
        value -> Reply.done(api, orderId.apply(value)),
        error -> Reply.refused(api, refusal(error)));
  }

  private static Refusal refusal(BillingError error) {
    return new Refusal(error.code(), error.httpStatus(), error.message());
  }
}
