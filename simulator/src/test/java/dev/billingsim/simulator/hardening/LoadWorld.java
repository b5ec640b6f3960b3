package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Worlds for load, crash and scale-out tests, and the money invariants every state of them must
 * keep, whatever ran concurrently before it was taken:
 *
 * <ul>
 *   <li>conservation: for every account, its net worth at the start equals its net worth now plus
 *       everything its PAID orders took, less what its PAID refunds gave back;
 *   <li>bounds: no cash, coupon or card below zero, no credit past its line, no reseller quota past
 *       its limit;
 *   <li>every PAID order's payments add up to its amount, no UNPAID or FAILED order drew money;
 *   <li>order ids are unique.
 * </ul>
 */
final class LoadWorld {

  static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  /** Every instance's expiry: the 15th, so adding months never clips a day. */
  static final Instant EXPIRY = Instant.parse("2027-01-15T00:00:00Z");

  static final Instant FAR = Instant.parse("2029-01-01T00:00:00Z");
  static final String[] PRICES = {"9.90", "12.34", "25.00", "33.33", "7.77", "18.18"};

  private LoadWorld() {}

  /** One account's key and instances. */
  record Tenant(String uid, String ak, String secret, List<String> ens, List<String> ecs) {}

  static Tenant tenant(String prefix, int n, int instancesPerProduct) {
    String uid = prefix + String.format("%03d", n);
    List<String> ens = new ArrayList<>();
    List<String> ecs = new ArrayList<>();
    for (int i = 0; i < instancesPerProduct; i++) {
      ens.add("aic-" + uid + "-" + i);
      ecs.add("eap-" + uid + "-" + i);
    }
    return new Tenant(uid, "ak-" + uid, "secret-" + uid, ens, ecs);
  }

  /** An account with the tenant's key and the given money. */
  static Account account(Tenant tenant, String cash, String credit, String coupon, String card) {
    Account.Builder builder =
        Account.builder(tenant.uid())
            .accessKey(tenant.ak(), tenant.secret())
            .cash(Money.of(cash))
            .creditLimit(Money.of(credit));
    if (coupon != null) {
      builder.coupon(Coupon.of("cp-" + tenant.uid(), Money.of(coupon), FAR));
    }
    if (card != null) {
      builder.storedValueCard(new StoredValueCard("svc-" + tenant.uid(), Money.of(card), FAR));
    }
    return builder.build();
  }

  /** A reseller-custody account: it pays from the partner's quota once its own money is gone. */
  static Account custodyAccount(Tenant tenant, String quota) {
    return Account.builder(tenant.uid())
        .accessKey(tenant.ak(), tenant.secret())
        .cash(Money.of("0.00"))
        .coupon(Coupon.of("cp-" + tenant.uid(), Money.of("100.00"), FAR))
        .custody(
            new ResellerCustody(
                "1900000000000999",
                Money.of(quota),
                Money.of("0.00"),
                Money.of("1000000.00"),
                CustodyRelation.STABLE))
        .build();
  }

  static List<Instance> instances(Tenant tenant) {
    List<Instance> list = new ArrayList<>();
    for (int i = 0; i < tenant.ens().size(); i++) {
      list.add(
          Instance.builder(tenant.ens().get(i), Product.ENS, tenant.uid())
              .expiresAt(EXPIRY)
              .monthlyPrice(Money.of(PRICES[i % PRICES.length]))
              .build());
    }
    for (int i = 0; i < tenant.ecs().size(); i++) {
      Instance.Builder ecs =
          Instance.builder(tenant.ecs().get(i), Product.ECS, tenant.uid())
              .expiresAt(EXPIRY)
              .monthlyPrice(Money.of(PRICES[(i + 3) % PRICES.length]));
      if (i % 2 == 0) {
        ecs.yearlyPrice(Money.of("99.99"));
      }
      list.add(ecs.build());
    }
    return list;
  }

  static Account find(BillingState state, String uid) {
    return state.accounts().stream()
        .filter(a -> a.uid().equals(uid))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no account " + uid));
  }

  /**
   * Asserts every invariant of the class comment for {@code now}, against the world {@code start}.
   */
  static void assertMoneyKept(BillingState start, BillingState now) {
    Set<String> ids = new HashSet<>();
    for (Order order : now.orders()) {
      assertThat(ids.add(order.orderId())).as("order id %s is unique", order.orderId()).isTrue();
      Money drawn = Money.zero(order.amount().currency());
      for (Payment payment : order.payments()) {
        assertThat(payment.amount().isNegative()).as("payment of %s", order.orderId()).isFalse();
        drawn = drawn.plus(payment.amount());
      }
      if (order.status() == OrderStatus.PAID) {
        assertThat(drawn)
            .as("payments of PAID order %s", order.orderId())
            .isEqualTo(order.amount());
      } else {
        assertThat(order.payments())
            .as("payments of %s order %s", order.status(), order.orderId())
            .isEmpty();
      }
    }
    for (Account before : start.accounts()) {
      Account after = find(now, before.uid());
      Money paid = Money.zero(before.currency());
      Money refunded = Money.zero(before.currency());
      for (Order order : now.orders()) {
        if (order.uid().equals(before.uid()) && order.status() == OrderStatus.PAID) {
          if (order.type() == OrderType.REFUND) {
            refunded = refunded.plus(order.amount());
          } else {
            paid = paid.plus(order.amount());
          }
        }
      }
      assertThat(after.netWorth().plus(paid).minus(refunded))
          .as("account %s: net worth now + paid - refunded = net worth at the start", before.uid())
          .isEqualTo(before.netWorth());
      assertThat(after.cash().isNegative()).as("cash of %s", before.uid()).isFalse();
      assertThat(after.creditUsed().isNegative()).as("credit used by %s", before.uid()).isFalse();
      assertThat(after.creditUsed().compareTo(after.creditLimit()))
          .as("credit used by %s within its line", before.uid())
          .isLessThanOrEqualTo(0);
      after
          .coupons()
          .forEach(c -> assertThat(c.amount().isNegative()).as("coupon %s", c.id()).isFalse());
      after
          .storedValueCards()
          .forEach(c -> assertThat(c.balance().isNegative()).as("card %s", c.id()).isFalse());
      if (after.custody() != null) {
        assertThat(after.custody().quotaUsed().compareTo(after.custody().quota()))
            .as("reseller quota used by %s", before.uid())
            .isLessThanOrEqualTo(0);
      }
    }
  }
}
