package dev.billingsim.domain.state;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import java.time.Instant;
import java.util.List;

/**
 * The whole billing world at one instant: what the state document of contract section 6 holds.
 * Exported and imported whole. A coupon or card whose grant is not recorded was granted at {@code
 * now}.
 */
public record BillingState(
    Instant now, List<Account> accounts, List<Instance> instances, List<Order> orders) {
  public BillingState {
    accounts = List.copyOf(accounts);
    if (now != null) {
      accounts = accounts.stream().map(account -> account.grantsRecordedAt(now)).toList();
    }
    instances = List.copyOf(instances);
    orders = List.copyOf(orders);
  }
}
