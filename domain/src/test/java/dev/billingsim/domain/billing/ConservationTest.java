package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Money is neither made nor lost: across many concurrent renewals and releases, every account's net
 * worth plus what its paid orders took, less what refunds gave back, stays what it was; no cash
 * goes negative and no credit goes past its line.
 */
class ConservationTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void eightThreadsRenewingSharedAndSeparateAccountsNeverLoseOrMakeMoney() throws Exception {
    List<Account> accounts = new ArrayList<>();
    List<Instance> instances = new ArrayList<>();
    Instant later = NOW.plus(Duration.ofDays(90));
    for (int a = 0; a < 4; a++) {
      String uid = "u" + a;
      accounts.add(
          Account.builder(uid)
              .cash(Money.of("3000.00"))
              .creditLimit(Money.of("500.00"))
              .coupon(Coupon.of("cp-" + a, Money.of("250.00"), later))
              .storedValueCard(new StoredValueCard("svc-" + a, Money.of("400.00"), later))
              .build());
      for (int i = 0; i < 5; i++) {
        instances.add(
            Instance.builder("aic-" + a + "-" + i, Product.ENS, uid)
                .expiresAt(NOW.plus(Duration.ofDays(5)))
                .monthlyPrice(Money.of("37.53"))
                .build());
      }
    }
    Billing billing = Billing.of(new BillingState(NOW, accounts, instances, List.of()));
    BillingState before = billing.export();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch done = new CountDownLatch(8);
    for (int t = 0; t < 8; t++) {
      long seed = t;
      pool.execute(
          () -> {
            SplittableRandom random = new SplittableRandom(seed);
            for (int call = 0; call < 400; call++) {
              int a = random.nextInt(4);
              String id = "aic-" + a + "-" + random.nextInt(5);
              if (random.nextInt(40) == 0) {
                billing.release(Caller.of("u" + a), id);
              } else {
                billing.renew(
                    RenewInstances.of(Caller.of("u" + a), Product.ENS, id, 1 + random.nextInt(3)));
              }
            }
            done.countDown();
          });
    }
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    pool.shutdown();

    BillingState after = billing.export();
    for (Account start : before.accounts()) {
      Account end =
          after.accounts().stream()
              .filter(x -> x.uid().equals(start.uid()))
              .findFirst()
              .orElseThrow();
      Money taken = Money.zero(start.currency()); // by paid orders, less what refunds gave back
      for (Order order : after.orders()) {
        if (order.uid().equals(start.uid()) && order.status() == OrderStatus.PAID) {
          Money amount = order.amount();
          taken = order.type() == OrderType.REFUND ? taken.minus(amount) : taken.plus(amount);
        }
      }
      assertThat(end.netWorth().plus(taken)).as(start.uid()).isEqualTo(start.netWorth());
      assertThat(end.cash().isNegative()).isFalse();
      assertThat(end.creditUsed()).isLessThanOrEqualTo(end.creditLimit());
    }
    assertThat(after.orders()).extracting(Order::orderId).doesNotHaveDuplicates();
  }
}
