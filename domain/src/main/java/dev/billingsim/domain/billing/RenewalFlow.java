package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.PricePlan;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.domain.payment.PaymentPlan;
import dev.billingsim.domain.payment.PaymentPlanner;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renews instances: every check, in the order Alibaba Cloud's billing makes them, then one atomic
 * change. Called with the account's book locked (or the whole world, by the clock).
 *
 * <p>Order of checks: system, account exists, account service, RAM action, ResourceOwnerAccount,
 * ClientToken replay, instances exist and belong to the caller, instance service, RAM resource,
 * account standing, instance state and conditions, unpaid orders, term limit, commodity, price,
 * currency, exchange rate, tax, risk, trade, unpaid-order limit, order store, then (AutoPay) the
 * payment plan, payment channel, coupon, card and reseller systems.
 */
final class RenewalFlow {

  private final Ledger ledger;
  private final Checks checks;

  RenewalFlow(Ledger ledger, Checks checks) {
    this.ledger = ledger;
    this.checks = checks;
  }

  /** A priced, checked renewal that has not happened yet. */
  private record Plan(
      List<Instance> instances, List<OrderLine> lines, Money total, boolean couponsForbidden) {}

  Result<RenewalReceipt> renew(AccountBook book, RenewInstances cmd, Instant now) {
    Api api = cmd.product().api();
    String firstId = cmd.instanceIds().get(0);
    String uid = cmd.caller().uid();
    BillingError refusal = checks.call(Subsystem.SYSTEM, api, uid, firstId);
    if (refusal == null) {
      refusal = checks.accountExistsPolicy(book, api, firstId);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    Account account = book.account();
    RamUser ram = Checks.ramUserOf(account, cmd.caller());
    // Each check runs only if all before it passed (a fault fires once).
    refusal = checks.call(Subsystem.ACCOUNT, api, uid, firstId);
    if (refusal == null) {
      refusal = checks.ramActionPolicy(ram, cmd.action(), api, firstId);
    }
    if (refusal == null) {
      refusal = resourceOwnerPolicy(account, cmd, api, firstId);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    if (cmd.clientToken() != null) {
      Order first = book.orderForClientToken(cmd.clientToken());
      if (first != null) {
        return first.requestParameters().equals(cmd.requestParameters())
            ? Result.ok(new RenewalReceipt(first.orderId(), cmd.instanceIds(), true))
            : Result.rejected(checks.error(api, "InvalidParameter.ClientToken", firstId));
      }
    }
    Result<Plan> planned = plan(book, cmd, ram, now);
    if (planned instanceof Result.Rejected<Plan> rejected) {
      return Result.rejected(rejected.error());
    }
    Plan plan = planned.value();
    refusal = checks.call(Subsystem.TRADE, api, uid, firstId);
    if (refusal == null && !cmd.autoPay() && book.unpaidOrders() >= account.unpaidOrderLimit()) {
      refusal = checks.error(api, "OrderGroupOrderSizeOverflow", firstId);
    }
    if (refusal == null) {
      refusal = checks.call(Subsystem.ORDER_STORE, api, uid, firstId);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    String orderId = ledger.newOrderId(book);
    if (!cmd.autoPay()) {
      Order unpaid = order(orderId, uid, OrderStatus.UNPAID, now, cmd, plan, List.of());
      ledger.commit(book, new Change(uid, null, List.of(), List.of(unpaid)));
      return Result.ok(new RenewalReceipt(orderId, cmd.instanceIds(), false));
    }
    Result<PaymentPlan> paid =
        pay(account, cmd.product(), plan.couponsForbidden(), plan.total(), now, firstId);
    if (paid instanceof Result.Rejected<PaymentPlan> rejected) {
      return Result.rejected(rejected.error());
    }
    PaymentPlan payment = paid.value();
    List<Instance> renewed = new ArrayList<>();
    List<DomainEvent> events = new ArrayList<>();
    for (Instance instance : plan.instances()) {
      Instance after =
          extended(instance, cmd.months(), now, cmd.autoRenew(), cmd.autoRenewPeriod());
      renewed.add(after);
      events.add(
          new InstanceRenewed(now, after.id(), orderId, cmd.months(), after.expiresAt(), false));
    }
    Order order = order(orderId, uid, OrderStatus.PAID, now, cmd, plan, payment.draws());
    ledger.commit(book, new Change(uid, payment.accountAfter(), renewed, List.of(order)));
    return new Result.Ok<>(new RenewalReceipt(orderId, cmd.instanceIds(), false), events);
  }

  /** Checks the instances and prices the renewal. */
  private Result<Plan> plan(AccountBook book, RenewInstances cmd, RamUser ram, Instant now) {
    Api api = cmd.product().api();
    Account account = book.account();
    String uid = account.uid();
    List<Instance> instances = new ArrayList<>();
    for (String id : cmd.instanceIds()) {
      Instance instance = book.instance(id);
      if (instance == null || instance.product() != cmd.product()) {
        // Another account's instance answers exactly as a missing one: never reveal it.
        return Result.rejected(checks.error(api, notFoundCode(cmd.product()), id));
      }
      BillingError refusal = checks.call(Subsystem.RESOURCE, api, uid, id);
      if (refusal != null) {
        return Result.rejected(refusal);
      }
      if (ram != null && !ram.mayTouch(id)) {
        return Result.rejected(checks.error(api, "NoPermission", id));
      }
      instances.add(instance);
    }
    String firstId = instances.get(0).id();
    BillingError refusal = checks.accountInGoodStandingPolicy(account, api, firstId);
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    for (Instance instance : instances) {
      refusal = renewableInstancePolicy(book, instance, instances.size(), cmd, now);
      if (refusal != null) {
        return Result.rejected(refusal);
      }
    }
    refusal = checks.call(Subsystem.COMMODITY, api, uid, firstId);
    if (refusal == null) {
      refusal = checks.call(Subsystem.PRICING, api, uid, firstId);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    List<OrderLine> lines = new ArrayList<>();
    Money total = Money.zero(account.currency());
    boolean couponsForbidden = false;
    for (Instance instance : instances) {
      String priceRefusal = PricePlan.refusal(instance, cmd.months());
      if (priceRefusal != null) {
        return Result.rejected(checks.error(api, priceRefusal, instance.id()));
      }
      refusal = checks.currencyPolicy(account, PricePlan.currencyOf(instance), api, instance.id());
      if (refusal != null) {
        return Result.rejected(refusal);
      }
      Money price = PricePlan.priceOf(instance, cmd.months());
      lines.add(new OrderLine(instance.id(), cmd.months(), price));
      total = total.plus(price);
      couponsForbidden |= instance.couponsForbidden();
    }
    refusal = checks.call(Subsystem.EXCHANGE_RATE, api, uid, firstId);
    if (refusal == null) {
      refusal = checks.call(Subsystem.TAX, api, uid, firstId);
    }
    if (refusal == null) {
      refusal = checks.riskPolicy(account, api, firstId);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    return Result.ok(new Plan(instances, lines, total, couponsForbidden));
  }

  /** Plans the payment and calls the payment systems. */
  Result<PaymentPlan> pay(
      Account account,
      Product product,
      boolean couponsForbidden,
      Money total,
      Instant now,
      String instanceId) {
    Api api = product.api();
    PaymentPlanner.Outcome outcome =
        PaymentPlanner.plan(account, product, couponsForbidden, total, now);
    if (outcome instanceof PaymentPlanner.Refused refused) {
      return Result.rejected(checks.error(api, refused.code(), instanceId));
    }
    PaymentPlan plan = ((PaymentPlanner.Planned) outcome).plan();
    String uid = account.uid();
    BillingError refusal =
        total.isPositive() ? checks.call(Subsystem.PAYMENT, api, uid, instanceId) : null;
    if (refusal == null && plan.draws(PaymentSource.COUPON)) {
      refusal = checks.call(Subsystem.COUPON, api, uid, instanceId);
    }
    if (refusal == null && plan.draws(PaymentSource.STORED_VALUE_CARD)) {
      refusal = checks.call(Subsystem.CARD, api, uid, instanceId);
    }
    if (refusal == null && account.custody() != null) {
      refusal = checks.call(Subsystem.RESELLER, api, uid, instanceId);
    }
    return refusal != null ? Result.rejected(refusal) : Result.ok(plan);
  }

  private BillingError renewableInstancePolicy(
      AccountBook book, Instance instance, int count, RenewInstances cmd, Instant now) {
    Api api = cmd.product().api();
    String id = instance.id();
    boolean releasedByNow =
        instance.isReleased()
            || (instance.status() == InstanceStatus.Expired
                && !now.isBefore(instance.releaseDueAt()));
    if (releasedByNow) {
      return checks.error(
          api, count > 1 ? "OrderExistsReleasedInstances" : "ProductInstanceReleased", id);
    }
    if (instance.status().isAbnormalForRenewal()) {
      return checks.error(
          api,
          api == Api.ECS ? "IncorrectPrivatePoolStatus" : "OrderAbnormalResourceStatusForRenew",
          id);
    }
    if (instance.chargeType() == ChargeType.PostPaid) {
      return checks.error(
          api, api == Api.ECS ? "ChargeTypeViolation" : "SystemUnSupportOperationType", id);
    }
    if (!instance.conditions().isEmpty()) { // most instances have none
      for (InstanceCondition condition : InstanceCondition.values()) {
        if (instance.conditions().contains(condition)
            && condition.renewalRefusal(cmd.product()) != null) {
          return checks.error(api, condition.renewalRefusal(cmd.product()), id);
        }
      }
    }
    if (book.hasUnpaidOrderFor(id)) {
      return checks.error(api, "OrderInstHasUnpaidOrder", id);
    }
    Instant newExpiry = BillingCalendar.plusMonths(renewFrom(instance, now), cmd.months());
    if (newExpiry.isAfter(BillingCalendar.latestAllowedExpiry(now))) {
      return checks.error(api, "OrderPeriodInvalid", id);
    }
    return null;
  }

  private BillingError resourceOwnerPolicy(
      Account account, RenewInstances cmd, Api api, String id) {
    String owner = cmd.resourceOwnerAccount();
    return owner != null && !owner.equals(account.uid())
        ? checks.error(api, "InvalidParameter.ResourceOwnerAccount", id)
        : null;
  }

  static String notFoundCode(Product product) {
    return product == Product.ECS ? "InvalidPrivatePoolId.NotFound" : "OrderQueryInstanceNotExists";
  }

  /** Renewal counts from the current expiry, or from now if the instance has already expired. */
  static Instant renewFrom(Instance instance, Instant now) {
    return instance.expiresAt().isAfter(now) ? instance.expiresAt() : now;
  }

  static Instance extended(
      Instance instance, int months, Instant now, Boolean autoRenew, Integer autoRenewPeriod) {
    Instance.Builder after =
        instance.toBuilder()
            .expiresAt(BillingCalendar.plusMonths(renewFrom(instance, now), months))
            .status(
                instance.status() == InstanceStatus.Expired
                    ? InstanceStatus.Running
                    : instance.status());
    if (autoRenew != null) {
      after.autoRenew(autoRenew);
      if (autoRenewPeriod != null) {
        after.autoRenewPeriod(autoRenewPeriod);
      }
    }
    return after.build();
  }

  private static Order order(
      String orderId,
      String uid,
      OrderStatus status,
      Instant now,
      RenewInstances cmd,
      Plan plan,
      List<dev.billingsim.domain.order.Payment> draws) {
    return new Order(
        orderId,
        uid,
        OrderType.RENEW,
        status,
        now,
        cmd.clientToken(),
        // Kept only to tell a ClientToken retry from a different request: without a token,
        // nothing ever compares it, and every order is kept for the life of the world.
        cmd.clientToken() == null ? null : cmd.requestParameters(),
        plan.total(),
        plan.lines(),
        draws,
        null);
  }
}
