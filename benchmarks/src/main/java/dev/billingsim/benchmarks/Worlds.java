package dev.billingsim.benchmarks;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.SimulatorBuilder;
import dev.billingsim.simulator.world.AccountSpec;
import dev.billingsim.simulator.world.InstanceSpec;
import dev.billingsim.simulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

/**
 * Billing worlds the benchmarks start from, built with the simulator's {@link World}: plain
 * accounts with money and many instances; and the simulator the HTTP benchmarks run them in.
 */
final class Worlds {

  /** Business time of every benchmark world. */
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * One-month renewals an instance takes before it would hold more than five years of term
   * (OrderPeriodInvalid), when its term ends a day after {@link #START}: 59.
   */
  static final int RENEWALS_PER_INSTANCE = 59;

  /** Cash of a paying account: ten million renewals at 100.00. */
  static final Money PLENTY = Money.of("1000000000.00");

  private Worlds() {}

  static String uid(int account) {
    return "10000000" + String.format("%08d", account);
  }

  static String accessKeyId(int account) {
    return "bench-ak-" + account;
  }

  static String secret(int account) {
    return "bench-secret-" + account;
  }

  static String instanceId(Product product, int account, int index) {
    return product.idPrefix() + "bench-" + account + "-" + index;
  }

  /** The ids of account {@code account}'s ENS instances {@code from} to {@code to - 1}. */
  static String[] ensIds(int account, int from, int to) {
    return IntStream.range(from, to)
        .mapToObj(i -> instanceId(Product.ENS, account, i))
        .toArray(String[]::new);
  }

  /** A paying account with one access key ({@link #accessKeyId}, {@link #secret}). */
  static AccountSpec payingAccount(int account) {
    return World.account(uid(account))
        .accessKey(accessKeyId(account), secret(account))
        .with(paying -> paying.cash(PLENTY));
  }

  /**
   * An ENS or ECS instance at the world's default price, its term ending a day after {@link
   * #START}.
   */
  static InstanceSpec renewable(Product product, int account, int index) {
    return World.instance(instanceId(product, account, index), product)
        .ownedBy(uid(account))
        .expiresAt(START.plus(Duration.ofDays(1)));
  }

  /**
   * The simulator as the benchmarks run it, on {@code state}: a free port, no flow control (it
   * would refuse their load), the journal at {@code journal} entries, RequestIds from seed 1.
   */
  static SimulatorBuilder simulator(BillingState state, int journal) {
    return Simulator.builder().port(0).flowControl(false).journal(journal).seed(1L).state(state);
  }

  /**
   * {@code accounts} paying accounts, each with {@code instancesPerAccount} renewable ENS
   * instances: room for {@code accounts * instancesPerAccount * 59} one-month renewals.
   */
  static BillingState renewable(int accounts, int instancesPerAccount) {
    World world = World.startingAt(START);
    for (int a = 0; a < accounts; a++) {
      world.with(payingAccount(a));
      for (int i = 0; i < instancesPerAccount; i++) {
        world.with(renewable(Product.ENS, a, i));
      }
    }
    return world.toState();
  }

  /**
   * {@code instances} ENS instances in accounts of 100, with terms ending over days 1 to 29 after
   * {@link #START}; every other one auto-renews for a month. Moving the clock 30 days runs, for
   * each, an auto-renewal or an expiry, and for about half of the expired ones a release.
   */
  static BillingState falling(int instances) {
    World world = World.startingAt(START);
    for (int i = 0; i < instances; i++) {
      int account = i / 100;
      if (i % 100 == 0) {
        world.with(payingAccount(account));
      }
      // Spread over the month, and not in id order, so the clock has real sorting to do.
      long minutes = Duration.ofDays(1).toMinutes() + (i * 7919L) % Duration.ofDays(28).toMinutes();
      world.with(
          renewable(Product.ENS, account, i % 100)
              .expiresAt(START.plus(Duration.ofMinutes(minutes)))
              .autoRenew(i % 2 == 0));
    }
    return world.toState();
  }
}
