package dev.billingsim.domain.state;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import java.time.Instant;
import java.util.List;

/**
 * The whole billing world at one instant: what the state document of contract section 6 holds.
 * Exported and imported whole.
 */
public record BillingState(
    Instant now, List<Account> accounts, List<Instance> instances, List<Order> orders) {
  public BillingState {
    accounts = List.copyOf(accounts);
    instances = List.copyOf(instances);
    orders = List.copyOf(orders);
  }
}
