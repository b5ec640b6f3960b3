package dev.billingsim.domain.billing;

import static dev.billingsim.domain.instance.InstanceStatus.Expired;
import static dev.billingsim.domain.instance.InstanceStatus.Running;

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
import dev.billingsim.domain.instance.PricePlan;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.domain.payment.PaymentPlan;
import dev.billingsim.domain.payment.PaymentPlanner;
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.renewal.ClientToken;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Renews instances: every check, in the order Alibaba Cloud's billing makes them, then one atomic
 * change. Called with the account's book locked (or the whole world, by the clock).
 *
 * <p>The checks are two lists of policies with the ClientToken replay between them ({@link
 * #callerPolicies}, {@link #orderPolicies}), then (AutoPay) the payment plan and the payment
 * systems ({@link #paymentSystems}).
 */
final class RenewalFlow {

  private final Ledger ledger;
  private final Checks checks;

  /** Who may ask: system, account exists, account service, RAM action, ResourceOwnerAccount. */
  private final List<Policy<Attempt<RenewInstances>>> callerPolicies;

  /**
   * What may be renewed: instances exist and belong to the caller (instance service, RAM resource),
   * account standing, instance state and conditions, unpaid orders, term limit, commodity, pricing,
   * price and currency, exchange rate, tax, risk, trade, unpaid-order limit, order store.
   */
  private final List<Policy<Attempt<RenewInstances>>> orderPolicies;

  /** Payment channel, then the coupon, card and reseller systems when the plan draws on them. */
  private final List<Policy<Paying>> paymentSystems;

  RenewalFlow(Ledger ledger, Checks checks) {
    this.ledger = ledger;
    this.checks = checks;
    this.callerPolicies =
        List.of(
            checks.call(Subsystem.SYSTEM),
            checks::accountExists,
            checks.call(Subsystem.ACCOUNT),
            checks::ramAction,
            this::resourceOwner);
    this.orderPolicies =
        List.of(
            this::instancesOfTheCaller,
            checks::accountInGoodStanding,
            this::renewableInstances,
            checks.call(Subsystem.COMMODITY),
            checks.call(Subsystem.PRICING),
            this::pricedInTheAccountsCurrency,
            checks.call(Subsystem.EXCHANGE_RATE),
            checks.call(Subsystem.TAX),
            checks::risk,
            checks.call(Subsystem.TRADE),
            this::unpaidOrderLimit,
            checks.call(Subsystem.ORDER_STORE));
    this.paymentSystems =
        List.of(
            when(p -> p.total().isPositive(), Subsystem.PAYMENT),
            when(p -> p.plan().draws(PaymentSource.COUPON), Subsystem.COUPON),
            when(p -> p.plan().draws(PaymentSource.STORED_VALUE_CARD), Subsystem.CARD),
            when(p -> p.account().custody() != null, Subsystem.RESELLER));
  }

  /** A payment under check: the plan made, the payment systems not yet called. */
  private record Paying(Account account, Api api, PaymentPlan plan, Money total, String subject) {}

  Result<RenewalReceipt> renew(AccountBook book, RenewInstances cmd, Instant now) {
    Product product = cmd.product();
    String subject = cmd.instanceIds().get(0);
    Attempt<RenewInstances> renewal =
        new Attempt<>(book, cmd.caller(), product.api(), product.renewAction(), subject, cmd, now);
    Optional<BillingError> refusal = Policy.firstRefusal(callerPolicies, renewal);
    if (refusal.isPresent()) {
      return Result.rejected(refusal.get());
    }
    ClientToken token = cmd.clientToken();
    Order first = token == null ? null : book.orderForClientToken(token.value());
    if (first != null) {
      return first.requestParameters().equals(token.request())
          ? Result.ok(new RenewalReceipt(first.orderId(), cmd.instanceIds(), true))
          : Result.rejected(
              checks.catalogue.error(product.api(), "InvalidParameter.ClientToken", subject));
    }
    refusal = Policy.firstRefusal(orderPolicies, renewal);
    if (refusal.isPresent()) {
      return Result.rejected(refusal.get());
    }
    List<Instance> instances = instances(renewal);
    int months = cmd.term().months();
    List<OrderLine> lines = new ArrayList<>();
    Money total = Money.zero(book.account().currency());
    boolean couponsForbidden = false;
    for (Instance instance : instances) {
      Money price = PricePlan.priceOf(instance, months);
      lines.add(new OrderLine(instance.id(), months, price));
      total = total.plus(price);
      couponsForbidden |= instance.couponsForbidden();
    }
    String uid = cmd.caller().uid();
    String orderId = ledger.newOrderId(book);
    String region = instances.get(0).regionId();
    if (!cmd.autoPay()) {
      Order unpaid = order(orderId, OrderStatus.UNPAID, now, cmd, total, lines, List.of(), region);
      ledger.commit(book, new Change(uid, null, List.of(), List.of(unpaid)));
      return Result.ok(new RenewalReceipt(orderId, cmd.instanceIds(), false));
    }
    Result<PaymentPlan> paid = pay(book.account(), product, couponsForbidden, total, now, subject);
    if (paid instanceof Result.Rejected<PaymentPlan> rejected) {
      return Result.rejected(rejected.error());
    }
    PaymentPlan payment = paid.value();
    List<Instance> renewed = new ArrayList<>();
    List<DomainEvent> events = new ArrayList<>();
    for (Instance instance : instances) {
      Instance after = extended(instance, months, now, cmd.autoRenewal());
      renewed.add(after);
      events.add(new InstanceRenewed(now, after.id(), orderId, months, after.expiresAt(), false));
    }
    Order order = order(orderId, OrderStatus.PAID, now, cmd, total, lines, payment.draws(), region);
    ledger.commit(book, new Change(uid, payment.accountAfter(), renewed, List.of(order)));
    return new Result.Ok<>(new RenewalReceipt(orderId, cmd.instanceIds(), false), events);
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
      return Result.rejected(checks.catalogue.error(api, refused.code(), instanceId));
    }
    PaymentPlan plan = ((PaymentPlanner.Planned) outcome).plan();
    Optional<BillingError> refusal =
        Policy.firstRefusal(paymentSystems, new Paying(account, api, plan, total, instanceId));
    return refusal.isPresent() ? Result.rejected(refusal.get()) : Result.ok(plan);
  }

  private Policy<Paying> when(Predicate<Paying> drawn, Subsystem subsystem) {
    return p ->
        drawn.test(p)
            ? checks.faults.call(subsystem, p.api(), p.account().uid(), p.subject())
            : Optional.empty();
  }

  /** The instances renewed: only once {@link #instancesOfTheCaller} has passed. */
  private static List<Instance> instances(Attempt<RenewInstances> r) {
    List<Instance> instances = new ArrayList<>(r.command().instanceIds().size());
    for (String id : r.command().instanceIds()) {
      instances.add(r.book().instance(id));
    }
    return instances;
  }

  /** ECS ResourceOwnerAccount, if given, must be the caller's own uid. */
  private Optional<BillingError> resourceOwner(Attempt<RenewInstances> r) {
    String owner = r.command().resourceOwnerAccount();
    return owner != null && !owner.equals(r.account().uid())
        ? checks.refuse(r.api(), "InvalidParameter.ResourceOwnerAccount", r.subject())
        : Optional.empty();
  }

  /** Each instance exists, is the caller's (another's answers as missing) and the RAM user's. */
  private Optional<BillingError> instancesOfTheCaller(Attempt<RenewInstances> r) {
    RamUser ram = r.ram();
    Product product = r.command().product();
    for (String id : r.command().instanceIds()) {
      Instance instance = r.book().instance(id);
      if (instance == null || instance.product() != product) {
        return checks.refuse(r.api(), notFoundCode(product), id);
      }
      Optional<BillingError> fault =
          checks.faults.call(Subsystem.RESOURCE, r.api(), r.caller().uid(), id);
      if (fault.isPresent()) {
        return fault;
      }
      if (ram != null && !ram.mayTouch(id)) {
        return checks.refuse(r.api(), "NoPermission", id);
      }
    }
    return Optional.empty();
  }

  /** Not released, a normal status, PrePaid, no blocking condition, unpaid order or term limit. */
  private Optional<BillingError> renewableInstances(Attempt<RenewInstances> r) {
    Api api = r.api();
    Instant now = r.now();
    List<Instance> instances = instances(r);
    String released =
        instances.size() > 1 ? "OrderExistsReleasedInstances" : "ProductInstanceReleased";
    for (Instance instance : instances) {
      String id = instance.id();
      boolean releasedByNow =
          instance.isReleased()
              || (instance.status() == Expired && !now.isBefore(instance.releaseDueAt()));
      if (releasedByNow) {
        return checks.refuse(api, released, id);
      }
      if (instance.status().isAbnormalForRenewal()) {
        return checks.refuse(
            api,
            api == Api.ECS ? "IncorrectPrivatePoolStatus" : "OrderAbnormalResourceStatusForRenew",
            id);
      }
      if (instance.chargeType() == ChargeType.PostPaid) {
        return checks.refuse(
            api, api == Api.ECS ? "ChargeTypeViolation" : "SystemUnSupportOperationType", id);
      }
      if (!instance.conditions().isEmpty()) { // most instances have none
        Product product = r.command().product();
        for (InstanceCondition condition : InstanceCondition.values()) {
          if (instance.conditions().contains(condition)
              && condition.renewalRefusal(product) != null) {
            return checks.refuse(api, condition.renewalRefusal(product), id);
          }
        }
      }
      if (r.book().hasUnpaidOrderFor(id)) {
        return checks.refuse(api, "OrderInstHasUnpaidOrder", id);
      }
      Instant newExpiry =
          BillingCalendar.plusMonths(renewFrom(instance, now), r.command().term().months());
      if (newExpiry.isAfter(BillingCalendar.latestAllowedExpiry(now))) {
        return checks.refuse(api, "OrderPeriodInvalid", id);
      }
    }
    return Optional.empty();
  }

  /** Each instance has a price for the term, in the account's (settleable) currency. */
  private Optional<BillingError> pricedInTheAccountsCurrency(Attempt<RenewInstances> r) {
    for (Instance instance : instances(r)) {
      String priceRefusal = PricePlan.refusal(instance, r.command().term().months());
      if (priceRefusal != null) {
        return checks.refuse(r.api(), priceRefusal, instance.id());
      }
      Optional<BillingError> refusal =
          checks.currency(r.account(), PricePlan.currencyOf(instance), r.api(), instance.id());
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  /** An UNPAID order counts against the account's limit of them. */
  private Optional<BillingError> unpaidOrderLimit(Attempt<RenewInstances> r) {
    return !r.command().autoPay() && r.book().unpaidOrders() >= r.account().unpaidOrderLimit()
        ? checks.refuse(r.api(), "OrderGroupOrderSizeOverflow", r.subject())
        : Optional.empty();
  }

  static String notFoundCode(Product product) {
    return product == Product.ECS ? "InvalidPrivatePoolId.NotFound" : "OrderQueryInstanceNotExists";
  }

  /** Renewal counts from the current expiry, or from now if the instance has already expired. */
  static Instant renewFrom(Instance instance, Instant now) {
    return instance.expiresAt().isAfter(now) ? instance.expiresAt() : now;
  }

  static Instance extended(Instance instance, int months, Instant now, AutoRenewal autoRenewal) {
    Instance.Builder after =
        instance.toBuilder()
            .expiresAt(BillingCalendar.plusMonths(renewFrom(instance, now), months))
            .status(instance.status() == Expired ? Running : instance.status());
    if (autoRenewal != null) {
      after.autoRenew(true).autoRenewPeriod(autoRenewal.months());
    }
    return after.build();
  }

  private static Order order(
      String orderId,
      OrderStatus status,
      Instant now,
      RenewInstances cmd,
      Money total,
      List<OrderLine> lines,
      List<Payment> draws,
      String region) {
    ClientToken token = cmd.clientToken();
    return new Order(
        orderId,
        cmd.caller().uid(),
        OrderType.RENEW,
        status,
        now,
        token == null ? null : token.value(),
        // Kept only to tell a ClientToken retry from a different request: without a token,
        // nothing ever compares it, and every order is kept for the life of the world.
        token == null ? null : token.request(),
        total,
        lines,
        draws,
        null,
        status == OrderStatus.PAID ? now : null,
        region);
  }
}
