package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.PriceList;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.order.CreationReceipt;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.payment.PaymentPlan;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Buys new PrePaid instances: the account's checks, the instance quota, the price list, then the
 * same payment as a renewal, recorded as a NEW order.
 */
final class CreationFlow {

  static final int MAX_COUNT = 100;

  private final Ledger ledger;
  private final Checks checks;
  private final RenewalFlow renewals;

  CreationFlow(Ledger ledger, Checks checks, RenewalFlow renewals) {
    this.ledger = ledger;
    this.checks = checks;
    this.renewals = renewals;
  }

  Result<CreationReceipt> create(AccountBook book, CreateInstances cmd, Instant now) {
    Api api = cmd.product().api();
    String uid = cmd.caller().uid();
    BillingError refusal = checks.call(Subsystem.SYSTEM, api, uid, null);
    if (refusal == null) {
      refusal = checks.accountExistsPolicy(book, api, null);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    Account account = book.account();
    RamUser ram = Checks.ramUserOf(account, cmd.caller());
    refusal = checks.call(Subsystem.ACCOUNT, api, uid, null);
    if (refusal == null) {
      refusal = checks.ramActionPolicy(ram, cmd.action(), api, null);
    }
    if (refusal == null && (cmd.count() < 1 || cmd.count() > MAX_COUNT)) {
      refusal = checks.error(api, "OrderQuantityInvalid", null);
    }
    if (refusal == null && activeInstances(book) + cmd.count() > account.instanceQuota()) {
      refusal = checks.error(api, "OrderQuotaExceeded", null);
    }
    if (refusal == null) {
      refusal = checks.accountInGoodStandingPolicy(account, api, null);
    }
    if (refusal == null) {
      refusal = checks.call(Subsystem.COMMODITY, api, uid, null);
    }
    Money monthly = PriceList.monthlyPrice(cmd.product(), cmd.instanceType());
    if (refusal == null && monthly == null) {
      refusal = checks.error(api, "CommodityInvalidItemCode", cmd.instanceType());
    }
    if (refusal == null) {
      refusal = checks.call(Subsystem.PRICING, api, uid, null);
    }
    if (refusal == null) {
      refusal = checks.currencyPolicy(account, monthly.currency(), api, null);
    }
    for (Subsystem next : List.of(Subsystem.EXCHANGE_RATE, Subsystem.TAX)) {
      if (refusal == null) {
        refusal = checks.call(next, api, uid, null);
      }
    }
    if (refusal == null) {
      refusal = checks.riskPolicy(account, api, null);
    }
    if (refusal == null) {
      refusal = checks.call(Subsystem.TRADE, api, uid, null);
    }
    if (refusal == null) {
      refusal = checks.call(Subsystem.ORDER_STORE, api, uid, null);
    }
    if (refusal != null) {
      return Result.rejected(refusal);
    }
    Money each = monthly.times(cmd.months());
    Money total = each.times(cmd.count());
    Result<PaymentPlan> paid = renewals.pay(account, cmd.product(), false, total, now, null);
    if (paid instanceof Result.Rejected<PaymentPlan> rejected) {
      return Result.rejected(rejected.error());
    }
    List<Instance> created = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < cmd.count(); i++) {
      String id = newInstanceId(cmd);
      created.add(
          Instance.builder(id, cmd.product(), uid)
              .expiresAt(BillingCalendar.plusMonths(now, cmd.months()))
              .autoRenew(cmd.autoRenew())
              .autoRenewPeriod(cmd.autoRenew() ? cmd.months() : 1)
              .monthlyPrice(monthly)
              .instanceType(cmd.instanceType())
              .regionId(cmd.regionId())
              .createdAt(now)
              .build());
      lines.add(new OrderLine(id, cmd.months(), each));
    }
    String orderId = ledger.newOrderId(book);
    Order order =
        new Order(
            orderId,
            uid,
            OrderType.NEW,
            OrderStatus.PAID,
            now,
            null,
            "Create InstanceType="
                + cmd.instanceType()
                + ";Amount="
                + cmd.count()
                + ";months="
                + cmd.months(),
            total,
            lines,
            paid.value().draws(),
            null);
    ledger.commit(book, new Change(uid, paid.value().accountAfter(), created, List.of(order)));
    List<String> ids = new ArrayList<>();
    for (Instance instance : created) {
      ids.add(instance.id());
    }
    return Result.ok(new CreationReceipt(orderId, ids));
  }

  private static int activeInstances(AccountBook book) {
    int count = 0;
    for (Instance instance : book.instances()) {
      if (!instance.isReleased()) {
        count++;
      }
    }
    return count;
  }

  private String newInstanceId(CreateInstances cmd) {
    while (true) {
      String id =
          cmd.product().idPrefix()
              + String.format(Locale.ROOT, "sim%09d", ledger.newInstanceNumber());
      if (ledger.ownerOf(id) == null) {
        return id;
      }
    }
  }
}
