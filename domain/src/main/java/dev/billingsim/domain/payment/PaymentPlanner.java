package dev.billingsim.domain.payment;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Plans the payment of an order without changing anything (contract section 3).
 *
 * <p>Draw order: eligible coupons (soonest expiry first), stored-value cards (soonest expiry
 * first), cash, then the credit line, or for a reseller-custody account the partner's quota. If all
 * together cannot cover the order nothing is drawn and the shortfall is explained by the most
 * specific code: a coupon the order forbids, a coupon its rules leave out, an expired coupon, the
 * reseller's quota, or plain insufficient balance.
 */
public final class PaymentPlanner {

  /** The plan, or the catalogue code refusing the payment. */
  public sealed interface Outcome permits Planned, Refused {}

  public record Planned(PaymentPlan plan) implements Outcome {}

  public record Refused(String code) implements Outcome {}

  private PaymentPlanner() {}

  public static Outcome plan(
      Account account, Product product, boolean couponsForbidden, Money amount, Instant now) {
    if (amount.isPositive()) {
      String refusal = refusalBeforeDrawing(account, amount);
      if (refusal != null) {
        return new Refused(refusal);
      }
    }
    List<Payment> draws = new ArrayList<>();
    Money left = amount;

    // Most accounts hold neither coupons nor cards: then no draw order is built at all.
    List<Coupon> coupons = new ArrayList<>(account.coupons());
    if (!couponsForbidden && !coupons.isEmpty()) {
      Predicate<Coupon> usable = c -> c.isUsableAt(now) && c.meetsConsumptionRules(product, amount);
      DrawOrder<Coupon> eligible = new DrawOrder<>(coupons, usable, Coupon::expiresAt, Coupon::id);
      while (left.isPositive() && eligible.hasNext()) {
        int at = eligible.next();
        Coupon coupon = coupons.get(at);
        Money take = coupon.amount().min(left);
        draws.add(new Payment(PaymentSource.COUPON, coupon.id(), take));
        coupons.set(at, coupon.withAmount(coupon.amount().minus(take)));
        left = left.minus(take);
      }
    }

    List<StoredValueCard> cards = new ArrayList<>(account.storedValueCards());
    if (!cards.isEmpty()) {
      DrawOrder<StoredValueCard> usable =
          new DrawOrder<>(
              cards, card -> card.isUsableAt(now), StoredValueCard::expiresAt, StoredValueCard::id);
      while (left.isPositive() && usable.hasNext()) {
        int at = usable.next();
        StoredValueCard card = cards.get(at);
        Money take = card.balance().min(left);
        draws.add(new Payment(PaymentSource.STORED_VALUE_CARD, card.id(), take));
        cards.set(at, card.withBalance(card.balance().minus(take)));
        left = left.minus(take);
      }
    }

    Money cash = account.cash();
    if (left.isPositive() && cash.isPositive()) {
      Money take = cash.min(left);
      draws.add(new Payment(PaymentSource.CASH, "cash", take));
      cash = cash.minus(take);
      left = left.minus(take);
    }

    Money creditUsed = account.creditUsed();
    ResellerCustody custody = account.custody();
    if (left.isPositive() && custody == null && account.creditAvailable().isPositive()) {
      Money take = account.creditAvailable().min(left);
      draws.add(new Payment(PaymentSource.CREDIT, "credit", take));
      creditUsed = creditUsed.plus(take);
      left = left.minus(take);
    }
    if (left.isPositive() && custody != null && custody.quotaAvailable().isPositive()) {
      Money take = custody.quotaAvailable().min(left);
      if (custody.partnerBalance().isLessThan(take)) {
        return new Refused("PayforAccountMoneyValidateError");
      }
      draws.add(new Payment(PaymentSource.RESELLER_QUOTA, custody.partnerUid(), take));
      custody = custody.draw(take);
      left = left.minus(take);
    }

    if (left.isPositive()) {
      return new Refused(shortfallCode(account, product, couponsForbidden, amount, now));
    }
    Account after =
        account.toBuilder()
            .coupons(coupons)
            .storedValueCards(cards)
            .cash(cash)
            .creditUsed(creditUsed)
            .custody(custody)
            .build();
    return new Planned(new PaymentPlan(draws, after));
  }

  /**
   * The positions in {@code items} of those {@code usable}, soonest expiry first (then by id),
   * taken one at a time from a heap built in one O(n) pass: an order the first few cover costs
   * O(n), one that drains all n costs O(n log n). Positions rather than items, so that a drawn item
   * is replaced in O(1): looking it up again ({@code indexOf}, a record comparison per element)
   * made paying from n coupons O(n^2).
   */
  private static final class DrawOrder<T> {
    private final PriorityQueue<Position> heap;

    private record Position(int at, Instant expiresAt, String id) implements Comparable<Position> {
      @Override
      public int compareTo(Position other) {
        int byExpiry = expiresAt.compareTo(other.expiresAt);
        return byExpiry != 0 ? byExpiry : id.compareTo(other.id);
      }
    }

    DrawOrder(
        List<T> items,
        Predicate<T> usable,
        Function<T, Instant> expiresAt,
        Function<T, String> id) {
      List<Position> positions = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        T item = items.get(i);
        if (usable.test(item)) {
          positions.add(new Position(i, expiresAt.apply(item), id.apply(item)));
        }
      }
      // heapify: O(n); most accounts hold no coupons or cards, and then there is nothing to build.
      heap = positions.isEmpty() ? null : new PriorityQueue<>(positions);
    }

    boolean hasNext() {
      return heap != null && !heap.isEmpty();
    }

    int next() {
      return heap.poll().at();
    }
  }

  private static String refusalBeforeDrawing(Account account, Money amount) {
    if (account.paymentMethod().refusal() != null) {
      return account.paymentMethod().refusal();
    }
    if (account.paymentLimit() != null && account.paymentLimit().isLessThan(amount)) {
      return "PayAmountLimitExceeded";
    }
    if (account.custody() != null && account.custody().relation().refusal() != null) {
      return account.custody().relation().refusal();
    }
    return null;
  }

  private static String shortfallCode(
      Account account, Product product, boolean couponsForbidden, Money amount, Instant now) {
    boolean usableCouponForbidden = false;
    boolean ruledOut = false;
    boolean expired = false;
    for (Coupon coupon : account.coupons()) {
      if (!coupon.amount().isPositive()) {
        continue;
      }
      if (coupon.isExpiredAt(now)) {
        expired = true;
      } else if (!coupon.meetsConsumptionRules(product, amount)) {
        ruledOut = true;
      } else if (couponsForbidden) {
        usableCouponForbidden = true;
      }
    }
    if (usableCouponForbidden) {
      return "PayPayForbidUserCoupon";
    }
    if (ruledOut) {
      return "PayCouponNotMeetConsumptionRule";
    }
    if (expired) {
      return "PayCouponAmountNotEnough";
    }
    return account.custody() != null
        ? "PayforCreditPayInsufficientBalance"
        : "PayInsufficientBalance";
  }
}
