package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceCondition;
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

/**
 * Releases an instance at its owner's request. A PrePaid instance with term left is refunded the
 * unused part, prorated by the second over 30-day months and rounded down; the refund first pays
 * back credit in use, then goes to cash. This is where the catalogue's Refund* codes live.
 */
final class ReleaseFlow {

  static final String ACTION = "ReleaseARMServerInstance";

  private final Ledger ledger;
  private final Checks checks;

  ReleaseFlow(Ledger ledger, Checks checks) {
    this.ledger = ledger;
    this.checks = checks;
  }

  Result<ReleaseReceipt> release(AccountBook book, Caller caller, String instanceId, Instant now) {
    Api api = Api.ENS;
    BillingError refusal = checks.accountExistsPolicy(book, api, instanceId);
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    Account account = book.account();
    RamUser ram = Checks.ramUserOf(account, caller);
    Instance instance = book.instance(instanceId);
    if (instance == null) {
      return reject(api, "RefundRefundInstanceNotFound", instanceId);
    }
    refusal = checks.ramActionPolicy(ram, ACTION, api, instanceId);
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    if (ram != null && !ram.mayTouch(instanceId)) {
      return reject(api, "NoPermission", instanceId);
    }
    if (instance.isReleased()) {
      return reject(api, "ProductInstanceReleased", instanceId);
    }
    if (book.hasUnpaidOrderFor(instanceId)) {
      return reject(api, "PayPartRefundNotSupport", instanceId);
    }
    Money refund = Money.zero(account.currency());
    if (instance.chargeType() == ChargeType.PrePaid) {
      if (instance.conditions().contains(InstanceCondition.NON_REFUNDABLE)) {
        return reject(api, "SystemCanRefundCheckFailed", instanceId);
      }
      if (account.refundBanned()) {
        return reject(api, "PayForbiddenNoReasonFefund", instanceId);
      }
      if (instance.status() == InstanceStatus.Expired || !instance.expiresAt().isAfter(now)) {
        return reject(api, "RefundRefundNoValidProd", instanceId);
      }
      refund = unusedValue(instance, now, account);
      if (refund.isPositive()) {
        refusal = checks.call(Subsystem.REFUND, api, account.uid(), instanceId);
        if (refusal == null && account.custody() != null) {
          refusal = checks.call(Subsystem.RESELLER, api, account.uid(), instanceId);
        }
        if (refusal != null) {
          return Result.rejected(refusal);
        }
      }
    }
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
              null));
    }
    ledger.commit(book, new Change(account.uid(), after, List.of(released), orders));
    return new Result.Ok<>(
        new ReleaseReceipt(instanceId, refundOrderId, refund),
        List.of(new InstanceReleased(now, instanceId, refundOrderId)));
  }

  /**
   * The value of the term left, at the monthly rate (a twelfth of the yearly price if only that).
   */
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

  private <T> Result<T> reject(Api api, String code, String instanceId) {
    return Result.rejected(checks.error(api, code, instanceId));
  }
}
