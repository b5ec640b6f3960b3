package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.world.AccountSpec;
import dev.billingsim.simulator.world.InstanceSpec;
import dev.billingsim.simulator.world.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /** The official SDK clients of one client thread for one endpoint, per key and signature. */
  static final class Clients {
    private final String endpoint;
    private final Map<String, com.aliyun.teaopenapi.Client> generic = new HashMap<>();
    private final Map<String, com.aliyun.ecs20140526.Client> ecs = new HashMap<>();

    Clients(String endpoint) {
      this.endpoint = endpoint;
    }

    com.aliyun.teaopenapi.Client generic(Tenant tenant, boolean v1) throws Exception {
      String key = tenant.ak() + v1;
      if (!generic.containsKey(key)) {
        generic.put(
            key,
            new com.aliyun.teaopenapi.Client(
                Sdk.config(endpoint, tenant.ak(), tenant.secret(), v1)));
      }
      return generic.get(key);
    }

    com.aliyun.ecs20140526.Client ecs(Tenant tenant, boolean v1) throws Exception {
      String key = tenant.ak() + v1;
      if (!ecs.containsKey(key)) {
        ecs.put(key, Sdk.ecs(endpoint, tenant.ak(), tenant.secret(), v1));
      }
      return ecs.get(key);
    }
  }

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

  /** An account with the tenant's key and the given money (coupon and card may be null). */
  static AccountSpec account(
      Tenant tenant, String cash, String credit, String coupon, String card) {
    AccountSpec account =
        World.account(tenant.uid())
            .accessKey(tenant.ak(), tenant.secret())
            .cash(cash)
            .creditLimit(credit);
    if (coupon != null) {
      account.coupon("cp-" + tenant.uid(), coupon, FAR);
    }
    if (card != null) {
      account.storedValueCard("svc-" + tenant.uid(), card, FAR);
    }
    return account;
  }

  /** A reseller-custody account: it pays from the partner's quota once its own money is gone. */
  static AccountSpec custodyAccount(Tenant tenant, String quota) {
    return account(tenant, "0.00", "0.00", "100.00", null)
        .custody(
            "1900000000000999", Money.of(quota), Money.of("1000000.00"), CustodyRelation.STABLE);
  }

  /**
   * Adds the tenant's instances, priced from {@link #PRICES}, half the ECS ones by the year too.
   */
  static World withInstances(World world, Tenant tenant) {
    for (int i = 0; i < tenant.ens().size(); i++) {
      world.with(
          World.ensInstance(tenant.ens().get(i))
              .ownedBy(tenant.uid())
              .expiresAt(EXPIRY)
              .monthlyPrice(PRICES[i % PRICES.length]));
    }
    for (int i = 0; i < tenant.ecs().size(); i++) {
      InstanceSpec ecs =
          World.ecsInstance(tenant.ecs().get(i))
              .ownedBy(tenant.uid())
              .expiresAt(EXPIRY)
              .monthlyPrice(PRICES[(i + 3) % PRICES.length]);
      if (i % 2 == 0) {
        ecs.with(b -> b.yearlyPrice(Money.of("99.99")));
      }
      world.with(ecs);
    }
    return world;
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
