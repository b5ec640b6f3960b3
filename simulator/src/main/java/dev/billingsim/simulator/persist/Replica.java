package dev.billingsim.simulator.persist;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.billing.Change;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The billing world as the log describes it, rebuilt by applying its records in order exactly as
 * the domain applies changes: a snapshot replaces everything; a change replaces its account,
 * replaces or adds its instances (owned by the change's account) and its orders by id. Kept up to
 * date while running so the log can be compacted at any time. Not thread-safe: its writer locks.
 */
final class Replica {

  private Instant now;
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final Map<String, Order> orders = new LinkedHashMap<>();

  void reset(BillingState state) {
    now = state.now();
    accounts.clear();
    instances.clear();
    orders.clear();
    state.accounts().forEach(account -> accounts.put(account.uid(), account));
    state.instances().forEach(instance -> instances.put(instance.id(), instance));
    state.orders().forEach(order -> orders.put(order.orderId(), order));
  }

  void apply(Change change) {
    if (change.account() != null) {
      accounts.put(change.uid(), change.account());
    }
    change.instances().forEach(i -> instances.put(i.id(), ownedBy(change.uid(), i)));
    change.orders().forEach(order -> orders.put(order.orderId(), order));
  }

  /** The currency of an account, or null if there is no such account. */
  Currency currencyOf(String uid) {
    Account account = accounts.get(uid);
    return account == null ? null : account.currency();
  }

  /** The world, in the order {@code Billing.export} gives it. */
  BillingState state() {
    return new BillingState(
        now,
        accounts.values().stream().sorted(Comparator.comparing(Account::uid)).toList(),
        instances.values().stream().sorted(Comparator.comparing(Instance::id)).toList(),
        orders.values().stream()
            .sorted(Comparator.comparing(Order::createdAt).thenComparing(Order::orderId))
            .toList());
  }

  private static Instance ownedBy(String uid, Instance i) {
    if (uid.equals(i.ownerUid())) {
      return i;
    }
    return new Instance(
        i.id(),
        i.product(),
        uid,
        i.chargeType(),
        i.status(),
        i.expiresAt(),
        i.autoRenew(),
        i.autoRenewPeriod(),
        i.monthlyPrice(),
        i.yearlyPrice(),
        i.conditions(),
        i.couponsForbidden(),
        i.instanceType(),
        i.regionId(),
        i.createdAt());
  }
}
