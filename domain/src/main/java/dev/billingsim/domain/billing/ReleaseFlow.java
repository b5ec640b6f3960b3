package dev.billingsim.domain.billing;

import static dev.billingsim.domain.instance.InstanceCondition.NON_REFUNDABLE;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.money.Rounding;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.domain.order.ReleaseReceipt;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Releases an instance at its owner's request. A PrePaid instance with term left is refunded the
 * unused part, prorated by the second over 30-day months and rounded down; the refund first pays
 * back credit in use, then goes to cash. This is where the catalogue's Refund* codes live.
 */
final class ReleaseFlow {

  static final String ACTION = "ReleaseARMServerInstance";

  private final Ledger ledger;
  private final Checks checks;

  /**
   * Account exists, instance found, RAM action and resource, not released, no unpaid order; for a
   * PrePaid instance refundable, refunds allowed, term left; for a refund, the refund system and
   * (custody) the reseller.
   */
  private final List<Policy<Attempt<String>>> policies;

  ReleaseFlow(Ledger ledger, Checks checks) {
    this.ledger = ledger;
    this.checks = checks;
    this.policies =
        List.of(
            checks::accountExists,
            r -> refuseIf(instance(r) == null, "RefundRefundInstanceNotFound", r),
            checks::ramAction,
            r -> refuseIf(r.ram() != null && !r.ram().mayTouch(r.subject()), "NoPermission", r),
            r -> refuseIf(instance(r).isReleased(), "ProductInstanceReleased", r),
            r -> refuseIf(r.book().hasUnpaidOrderFor(r.subject()), "PayPartRefundNotSupport", r),
            r ->
                refuseIf(
                    prePaid(r) && instance(r).conditions().contains(NON_REFUNDABLE),
                    "SystemCanRefundCheckFailed",
                    r),
            r ->
                refuseIf(prePaid(r) && r.account().refundBanned(), "PayForbiddenNoReasonFefund", r),
            r -> refuseIf(prePaid(r) && !termLeft(r), "RefundRefundNoValidProd", r),
            r -> refunds(r) ? call(Subsystem.REFUND, r) : Optional.empty(),
            r ->
                refunds(r) && r.account().custody() != null
                    ? call(Subsystem.RESELLER, r)
                    : Optional.empty());
  }

  private static Instance instance(Attempt<String> r) {
    return r.book().instance(r.subject());
  }

  private static boolean prePaid(Attempt<String> r) {
    return instance(r).chargeType() == ChargeType.PrePaid;
  }

  private static boolean termLeft(Attempt<String> r) {
    return instance(r).status() != InstanceStatus.Expired
        && instance(r).expiresAt().isAfter(r.now());
  }

  /** What is refunded: the unused PrePaid term, or nothing. */
  private static Money refund(Attempt<String> r) {
    return prePaid(r)
        ? unusedValue(instance(r), r.now(), r.account())
        : Money.zero(r.account().currency());
  }

  private static boolean refunds(Attempt<String> r) {
    return prePaid(r) && refund(r).isPositive();
  }

  private Optional<BillingError> call(Subsystem subsystem, Attempt<String> r) {
    return checks.<String>call(subsystem).refusal(r);
  }

  private Optional<BillingError> refuseIf(boolean refused, String code, Attempt<String> r) {
    return refused ? checks.refuse(r.api(), code, r.subject()) : Optional.empty();
  }

  Result<ReleaseReceipt> release(AccountBook book, Caller caller, String instanceId, Instant now) {
    Attempt<String> release =
        new Attempt<>(book, caller, Api.ENS, ACTION, instanceId, instanceId, now);
    Optional<BillingError> refusal = Policy.firstRefusal(policies, release);
    if (refusal.isPresent()) {
      return Result.rejected(refusal.get());
    }
    Account account = book.account();
    Instance instance = instance(release);
    Money refund = refund(release);
    Instance released =
        instance.toBuilder().status(InstanceStatus.Released).autoRenew(false).build();
    List<Order> orders = new ArrayList<>();
    Account after = account;
    String refundOrderId = null;
    if (refund.isPositive()) {
      refundOrderId = ledger.newOrderId(book);
      Money toCredit = refund.min(account.creditUsed());
      Money toCash = refund.minus(toCredit);
      List<Payment> payments = new ArrayList<>();
      if (toCredit.isPositive()) {
        payments.add(new Payment(PaymentSource.CREDIT, "credit", toCredit));
      }
      if (toCash.isPositive()) {
        payments.add(new Payment(PaymentSource.CASH, "cash", toCash));
      }
      after =
          account.toBuilder()
              .creditUsed(account.creditUsed().minus(toCredit))
              .cash(account.cash().plus(toCash))
              .build();
      orders.add(
          new Order(
              refundOrderId,
              account.uid(),
              OrderType.REFUND,
              OrderStatus.PAID,
              now,
              null,
              "Release InstanceId=" + instanceId,
              refund,
              List.of(new OrderLine(instanceId, 0, refund)),
              payments,
              null,
              now,
              instance.regionId()));
    }
    ledger.commit(book, new Change(account.uid(), after, List.of(released), orders));
    return new Result.Ok<>(
        new ReleaseReceipt(instanceId, refundOrderId, refund),
        List.of(new InstanceReleased(now, instanceId, refundOrderId)));
  }

  /** The term left, valued at the monthly rate (a twelfth of the yearly one if it has none). */
  static Money unusedValue(Instance instance, Instant now, Account account) {
    Money monthly = instance.monthlyPrice();
    if (monthly == null && instance.yearlyPrice() != null) {
      monthly = instance.yearlyPrice().scaled(1, 12, Rounding.REFUND);
    }
    if (monthly == null || !monthly.currency().equals(account.currency())) {
      return Money.zero(account.currency());
    }
    long left = Duration.between(now, instance.expiresAt()).getSeconds();
    return monthly.scaled(left, BillingCalendar.PRORATION_MONTH.getSeconds(), Rounding.REFUND);
  }
}
