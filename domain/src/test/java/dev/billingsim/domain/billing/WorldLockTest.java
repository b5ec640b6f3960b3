package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * World-wide operations see and change a still world while commands run on every account: each
 * export is a consistent snapshot, and a command that raced an import runs wholly in the old world
 * or wholly in the new one.
 */
class WorldLockTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  private static final Money PRICE = Money.of("10.00");
  private static final Money CASH = Money.of("100000.00");

  @Test
  void exportsAndImportsRacingRenewalsAlwaysSeeAWholeWorld() throws Exception {
    BillingState initial = world();
    Billing billing = Billing.of(initial);
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<?>> renewers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String uid = "u" + (t % 2); // two threads per account: contended and parallel at once
        int thread = t;
        renewers.add(
            pool.submit(
                () -> {
                  for (int i = 0; running.get(); i++) {
                    String id = "aic-" + uid + "-" + ((thread / 2) * 10 + i % 10);
                    billing.renew(RenewInstances.of(Caller.of(uid), Product.ENS, id, 1));
                  }
                }));
      }
      Future<List<String>> worldOperations =
          pool.submit(
              () -> {
                List<String> broken = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                  broken.addAll(unbalanced(billing.export()));
                  if (i % 10 == 9) {
                    assertThat(billing.replace(initial)).isEmpty();
                  }
                }
                return broken;
              });

      assertThat(worldOperations.get(60, TimeUnit.SECONDS)).isEmpty();
      running.set(false);
      for (Future<?> renewer : renewers) {
        renewer.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(unbalanced(billing.export())).isEmpty();
  }

  @Test
  void aCommandOnAnAccountAnImportRemovedAnswersAsForAnUnknownAccount() {
    Billing billing = Billing.of(world());
    billing.replace(new BillingState(NOW, List.of(), List.of(), List.of()));

    assertThat(billing.renew(RenewInstances.of(Caller.of("u0"), Product.ENS, "aic-u0-0", 1)).isOk())
        .isFalse();
    assertThat(billing.account("u0")).isEmpty();
  }

  /** Two accounts of 20 instances; every renewal costs 10.00 from 100000.00 of cash. */
  private static BillingState world() {
    List<Account> accounts = new ArrayList<>();
    List<Instance> instances = new ArrayList<>();
    for (String uid : List.of("u0", "u1")) {
      accounts.add(Account.builder(uid).cash(CASH).build());
      for (int i = 0; i < 20; i++) {
        instances.add(
            Instance.builder("aic-" + uid + "-" + i, Product.ENS, uid)
                .expiresAt(NOW.plus(Duration.ofDays(1)))
                .monthlyPrice(PRICE)
                .build());
      }
    }
    return new BillingState(NOW, accounts, instances, List.of());
  }

  /** Accounts whose cash and orders do not add up: a snapshot taken half-way through a change. */
  private static List<String> unbalanced(BillingState state) {
    List<String> broken = new ArrayList<>();
    for (Account account : state.accounts()) {
      Money paid =
          state.orders().stream()
              .filter(order -> order.uid().equals(account.uid()))
              .map(Order::amount)
              .reduce(Money.zero(account.currency()), Money::plus);
      if (!account.cash().plus(paid).equals(CASH)) {
        broken.add(account.uid() + ": cash " + account.cash() + " + paid " + paid);
      }
    }
    return broken;
  }
}
