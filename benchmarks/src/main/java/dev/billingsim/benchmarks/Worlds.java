package dev.billingsim.benchmarks;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.state.BillingState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Billing worlds the benchmarks start from: plain accounts with money and many instances. */
final class Worlds {

  /** Business time of every benchmark world. */
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** Every instance costs this a month. */
  static final Money MONTHLY_PRICE = Money.of("100.00");

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

  /** A paying account with one access key ({@link #accessKeyId}, {@link #secret}). */
  static Account payingAccount(int account) {
    return Account.builder(uid(account))
        .accessKey(accessKeyId(account), secret(account))
        .cash(PLENTY)
        .build();
  }

  /** An ENS or ECS instance whose term ends a day after {@link #START}. */
  static Instance renewable(Product product, int account, int index) {
    return Instance.builder(instanceId(product, account, index), product, uid(account))
        .expiresAt(START.plus(Duration.ofDays(1)))
        .monthlyPrice(MONTHLY_PRICE)
        .build();
  }

  /**
   * {@code accounts} paying accounts, each with {@code instancesPerAccount} renewable ENS
   * instances: room for {@code accounts * instancesPerAccount * 59} one-month renewals.
   */
  static BillingState renewable(int accounts, int instancesPerAccount) {
    List<Account> list = new ArrayList<>();
    List<Instance> instances = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      list.add(payingAccount(a));
      for (int i = 0; i < instancesPerAccount; i++) {
        instances.add(renewable(Product.ENS, a, i));
      }
    }
    return new BillingState(START, list, instances, List.of());
  }

  /**
   * {@code instances} ENS instances in accounts of 100, with terms ending over days 1 to 29 after
   * {@link #START}; every other one auto-renews for a month. Moving the clock 30 days runs, for
   * each, an auto-renewal or an expiry, and for about half of the expired ones a release.
   */
  static BillingState falling(int instances) {
    List<Account> accounts = new ArrayList<>();
    List<Instance> list = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      int account = i / 100;
      if (i % 100 == 0) {
        accounts.add(payingAccount(account));
      }
      // Spread over the month, and not in id order, so the clock has real sorting to do.
      long minutes = Duration.ofDays(1).toMinutes() + (i * 7919L) % Duration.ofDays(28).toMinutes();
      list.add(
          Instance.builder(instanceId(Product.ENS, account, i % 100), Product.ENS, uid(account))
              .expiresAt(START.plus(Duration.ofMinutes(minutes)))
              .monthlyPrice(MONTHLY_PRICE)
              .autoRenew(i % 2 == 0)
              .autoRenewPeriod(1)
              .build());
    }
    return new BillingState(START, accounts, list, List.of());
  }
}
