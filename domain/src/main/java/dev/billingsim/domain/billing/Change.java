package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import java.util.List;

/**
 * One committed change to one account's book: its new account value (or null if unchanged), the
 * instances it changed or created, and the orders it created or updated. A change listener (the
 * simulator's persistence) sees each one before it is applied.
 */
public record Change(String uid, Account account, List<Instance> instances, List<Order> orders) {
  public Change {
    instances = List.copyOf(instances);
    orders = List.copyOf(orders);
  }
}
