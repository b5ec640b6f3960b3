package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.CouponExpired;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.event.StoredValueCardExpired;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.PricePlan;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Moves the clock and runs what falls due on the way, in time order: auto-renewals (charged like
 * any renewal; a refused one is recorded as a FAILED order with its code and the instance expires),
 * expiries, releases after the retention period, and coupon and card expiries.
 *
 * <p>Cost: one pass to find what is due, then a priority queue, so moving the clock over n due
 * items costs O(n log n), not O(n²). Runs with the world locked.
 */
final class Clockwork {

  private enum Kind {
    TERM_END,
    RELEASE,
    COUPON_END,
    CARD_END
  }

  private record Due(Instant at, long seq, Kind kind, String uid, String id) {}

  private final Ledger ledger;
  private final RenewalFlow renewals;
  private final MovableClock clock;
  private long seq;

  Clockwork(Ledger ledger, RenewalFlow renewals, MovableClock clock) {
    this.ledger = ledger;
    this.renewals = renewals;
    this.clock = clock;
  }

  /** Moves the clock to {@code target} (not before now), returning what happened on the way. */
  List<DomainEvent> advanceTo(Instant target) {
    Instant start = clock.instant();
    if (target.isBefore(start)) {
      throw new IllegalArgumentException(
          "the clock cannot go back from " + start + " to " + target);
    }
    PriorityQueue<Due> queue =
        new PriorityQueue<>(
            (a, b) -> a.at.equals(b.at) ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    for (AccountBook book : ledger.books()) {
      String uid = book.account().uid();
      for (Instance instance : book.instances()) {
        Due due = nextFor(instance, uid);
        if (due != null && !due.at.isAfter(target)) {
          queue.add(due);
        }
      }
      for (Coupon coupon : book.account().coupons()) {
        if (coupon.expiresAt().isAfter(start) && !coupon.expiresAt().isAfter(target)) {
          queue.add(new Due(coupon.expiresAt(), seq++, Kind.COUPON_END, uid, coupon.id()));
        }
      }
      for (StoredValueCard card : book.account().storedValueCards()) {
        if (card.expiresAt().isAfter(start) && !card.expiresAt().isAfter(target)) {
          queue.add(new Due(card.expiresAt(), seq++, Kind.CARD_END, uid, card.id()));
        }
      }
    }
    List<DomainEvent> events = new ArrayList<>();
    while (!queue.isEmpty()) {
      Due due = queue.poll();
      clock.set(due.at.isBefore(start) ? start : due.at);
      AccountBook book = ledger.book(due.uid);
      if (due.kind == Kind.COUPON_END || due.kind == Kind.CARD_END) {
        expireMoney(book, due, events);
        continue;
      }
      Instance instance = book.instance(due.id);
      Due expected = nextFor(instance, due.uid);
      if (expected == null || expected.kind != due.kind || !expected.at.equals(due.at)) {
        continue; // the instance changed since this was queued
      }
      Instance after =
          due.kind == Kind.RELEASE
              ? release(book, instance, events)
              : endOfTerm(book, instance, events);
      Due next = nextFor(after, due.uid);
      if (next != null && !next.at.isAfter(target)) {
        queue.add(next);
      }
    }
    clock.set(target);
    return events;
  }

  /** What is next due for an instance, or null: its term end, or its release once expired. */
  private Due nextFor(Instance instance, String uid) {
    if (instance == null || instance.isReleased() || instance.chargeType() != ChargeType.PrePaid) {
      return null;
    }
    if (instance.status() == InstanceStatus.Expired) {
      return new Due(instance.releaseDueAt(), seq++, Kind.RELEASE, uid, instance.id());
    }
    return new Due(instance.expiresAt(), seq++, Kind.TERM_END, uid, instance.id());
  }

  private Instance endOfTerm(AccountBook book, Instance instance, List<DomainEvent> events) {
    Instant now = clock.instant();
    String uid = book.account().uid();
    String id = instance.id();
    if (instance.autoRenew()) {
      int months = instance.autoRenewPeriod();
      RenewInstances cmd = RenewInstances.of(Caller.of(uid), instance.product(), id, months);
      Result<RenewalReceipt> result = renewals.renew(book, cmd, now);
      if (result instanceof Result.Ok<RenewalReceipt> ok) {
        Instance renewed = book.instance(id);
        String orderId = ok.value().orderId();
        events.add(new InstanceRenewed(now, id, orderId, months, renewed.expiresAt(), true));
        return renewed;
      }
      BillingError error = result.error();
      events.add(new AutoRenewalFailed(now, id, error.code(), error.message()));
      recordFailure(book, instance, error, now);
    }
    Instance expired = instance.toBuilder().status(InstanceStatus.Expired).build();
    ledger.commit(book, new Change(uid, null, List.of(expired), List.of()));
    events.add(new InstanceExpired(now, id));
    return expired;
  }

  private void recordFailure(AccountBook book, Instance instance, BillingError error, Instant now) {
    int months = instance.autoRenewPeriod();
    Money price = PricePlan.priceOf(instance, months);
    if (price == null || !price.currency().equals(book.account().currency())) {
      price = Money.zero(book.account().currency());
    }
    Order failed =
        new Order(
            ledger.newOrderId(book),
            book.account().uid(),
            OrderType.RENEW,
            OrderStatus.FAILED,
            now,
            null,
            "AutoRenew InstanceId=" + instance.id() + ";months=" + months,
            price,
            List.of(new OrderLine(instance.id(), months, price)),
            List.of(),
            error.code(),
            null,
            instance.regionId());
    ledger.commit(book, new Change(book.account().uid(), null, List.of(), List.of(failed)));
  }

  private Instance release(AccountBook book, Instance instance, List<DomainEvent> events) {
    Instance released =
        instance.toBuilder().status(InstanceStatus.Released).autoRenew(false).build();
    ledger.commit(book, new Change(book.account().uid(), null, List.of(released), List.of()));
    events.add(new InstanceReleased(clock.instant(), instance.id(), null));
    return released;
  }

  private void expireMoney(AccountBook book, Due due, List<DomainEvent> events) {
    Account account = book.account();
    Account.Builder after = account.toBuilder();
    if (due.kind == Kind.COUPON_END) {
      after.coupons(account.coupons().stream().filter(c -> !c.id().equals(due.id)).toList());
      events.add(new CouponExpired(due.at, account.uid(), due.id));
    } else {
      after.storedValueCards(
          account.storedValueCards().stream().filter(c -> !c.id().equals(due.id)).toList());
      events.add(new StoredValueCardExpired(due.at, account.uid(), due.id));
    }
    ledger.commit(book, new Change(account.uid(), after.build(), List.of(), List.of()));
  }
}
