package dev.billingsim.domain.billing;

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
import dev.billingsim.domain.renewal.AutoRenewal;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.subsystem.Subsystem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Buys new PrePaid instances: the account's checks, the instance quota, the price list, then the
 * same payment as a renewal, recorded as a NEW order.
 */
final class CreationFlow {

  static final int MAX_COUNT = 100;

  private final Ledger ledger;
  private final Checks checks;
  private final RenewalFlow renewals;

  /**
   * System, account exists, account service, RAM action, quantity, instance quota, account
   * standing, commodity, item code, pricing, currency, exchange rate, tax, risk, trade, order
   * store.
   */
  private final List<Policy<Attempt<CreateInstances>>> policies;

  CreationFlow(Ledger ledger, Checks checks, RenewalFlow renewals) {
    this.ledger = ledger;
    this.checks = checks;
    this.renewals = renewals;
    this.policies =
        List.of(
            checks.call(Subsystem.SYSTEM),
            checks::accountExists,
            checks.call(Subsystem.ACCOUNT),
            checks::ramAction,
            this::orderQuantity,
            this::instanceQuota,
            checks::accountInGoodStanding,
            checks.call(Subsystem.COMMODITY),
            this::knownItemCode,
            checks.call(Subsystem.PRICING),
            p -> checks.currency(p.account(), monthly(p).currency(), p.api(), null),
            checks.call(Subsystem.EXCHANGE_RATE),
            checks.call(Subsystem.TAX),
            checks::risk,
            checks.call(Subsystem.TRADE),
            checks.call(Subsystem.ORDER_STORE));
  }

  Result<CreationReceipt> create(AccountBook book, CreateInstances cmd, Instant now) {
    Attempt<CreateInstances> attempt =
        new Attempt<>(
            book, cmd.caller(), cmd.product().api(), cmd.product().createAction(), null, cmd, now);
    Optional<BillingError> refusal = Policy.firstRefusal(policies, attempt);
    if (refusal.isPresent()) {
      return Result.rejected(refusal.get());
    }
    String uid = cmd.caller().uid();
    int months = cmd.term().months();
    Money monthly = monthly(attempt);
    Money each = monthly.times(months);
    Money total = each.times(cmd.count());
    Result<PaymentPlan> paid = renewals.pay(book.account(), cmd.product(), false, total, now, null);
    if (paid instanceof Result.Rejected<PaymentPlan> rejected) {
      return Result.rejected(rejected.error());
    }
    AutoRenewal autoRenewal = cmd.autoRenewal();
    List<Instance> created = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < cmd.count(); i++) {
      String id = newInstanceId(cmd);
      created.add(
          Instance.builder(id, cmd.product(), uid)
              .expiresAt(BillingCalendar.plusMonths(now, months))
              .autoRenew(autoRenewal != null)
              .autoRenewPeriod(autoRenewal != null ? autoRenewal.months() : 1)
              .monthlyPrice(monthly)
              .instanceType(cmd.instanceType())
              .regionId(cmd.regionId())
              .createdAt(now)
              .build());
      lines.add(new OrderLine(id, months, each));
      ids.add(id);
    }
    String orderId = ledger.newOrderId(book);
    String request =
        "Create InstanceType=%s;Amount=%d;months=%d"
            .formatted(cmd.instanceType(), cmd.count(), months);
    Order order =
        new Order(
            orderId,
            uid,
            OrderType.NEW,
            OrderStatus.PAID,
            now,
            null,
            request,
            total,
            lines,
            paid.value().draws(),
            null,
            now,
            cmd.regionId());
    ledger.commit(book, new Change(uid, paid.value().accountAfter(), created, List.of(order)));
    return Result.ok(new CreationReceipt(orderId, ids));
  }

  private Optional<BillingError> orderQuantity(Attempt<CreateInstances> p) {
    return p.command().count() < 1 || p.command().count() > MAX_COUNT
        ? checks.refuse(p.api(), "OrderQuantityInvalid", null)
        : Optional.empty();
  }

  /** The account's instances that are not released, with those bought, within its quota. */
  private Optional<BillingError> instanceQuota(Attempt<CreateInstances> p) {
    long active = p.book().instances().stream().filter(i -> !i.isReleased()).count();
    return active + p.command().count() > p.account().instanceQuota()
        ? checks.refuse(p.api(), "OrderQuotaExceeded", null)
        : Optional.empty();
  }

  private Optional<BillingError> knownItemCode(Attempt<CreateInstances> p) {
    return monthly(p) == null
        ? checks.refuse(p.api(), "CommodityInvalidItemCode", p.command().instanceType())
        : Optional.empty();
  }

  /** The price list's monthly price of what is bought, or null if it has none. */
  private static Money monthly(Attempt<CreateInstances> p) {
    return PriceList.monthlyPrice(p.command().product(), p.command().instanceType());
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
