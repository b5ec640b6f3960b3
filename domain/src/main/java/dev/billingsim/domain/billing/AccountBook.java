package dev.billingsim.domain.billing;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything one account owns: the account, its instances and its orders, behind one lock.
 *
 * <p>Every business command locks exactly one book, so commands on different accounts run in
 * parallel and commands on one account are serialised. Reads and writes happen only while the lock
 * is held; a change is applied whole by {@link #apply} after every check has passed.
 */
final class AccountBook {

  final ReentrantLock lock = new ReentrantLock();
  private Account account;
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final List<Order> orders = new ArrayList<>();
  // By id, to the order itself: a boxed position per order was one more object for every order
  // kept, and orders are kept for the life of the world.
  private final Map<String, Order> ordersById = new HashMap<>();
  private final Map<String, String> clientTokens = new HashMap<>();
  private int unpaidOrders;
  // The order ids this book may still hand out: [nextOrderId, nextOrderId + orderIdsLeft).
  private long nextOrderId;
  private int orderIdsLeft;

  AccountBook(Account account) {
    this.account = account;
  }

  Account account() {
    return account;
  }

  Instance instance(String id) {
    return instances.get(id);
  }

  Collection<Instance> instances() {
    return instances.values();
  }

  List<Order> orders() {
    return orders;
  }

  Order order(String orderId) {
    return ordersById.get(orderId);
  }

  Order orderForClientToken(String clientToken) {
    String orderId = clientTokens.get(clientToken);
    return orderId == null ? null : order(orderId);
  }

  boolean hasOrderIds() {
    return orderIdsLeft > 0;
  }

  void takeOrderIds(long first, int count) {
    nextOrderId = first;
    orderIdsLeft = count;
  }

  long nextOrderId() {
    orderIdsLeft--;
    return nextOrderId++;
  }

  int unpaidOrders() {
    return unpaidOrders;
  }

  boolean hasUnpaidOrderFor(String instanceId) {
    if (unpaidOrders == 0) {
      return false;
    }
    for (int i = orders.size() - 1; i >= 0; i--) {
      Order order = orders.get(i);
      if (order.status() == OrderStatus.UNPAID && order.covers(instanceId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies a change that has passed every check. Nothing here can fail half-way.
   *
   * @return the instances this book did not hold before (none, for a renewal)
   */
  List<Instance> apply(Change change) {
    if (change.account() != null) {
      account = change.account();
    }
    List<Instance> added = List.of();
    for (Instance instance : change.instances()) {
      if (instances.put(instance.id(), instance) == null) {
        if (added.isEmpty()) {
          added = new ArrayList<>();
        }
        added.add(instance);
      }
    }
    for (Order order : change.orders()) {
      // One lookup for a new order, the usual case: the index grows by an order a renewal.
      Order previous = ordersById.put(order.orderId(), order);
      if (previous == null) {
        orders.add(order);
        if (order.status() == OrderStatus.UNPAID) {
          unpaidOrders++;
        }
      } else {
        if (previous.status() == OrderStatus.UNPAID && order.status() != OrderStatus.UNPAID) {
          unpaidOrders--;
        }
        orders.set(positionOf(previous), order);
      }
      if (order.clientToken() != null) {
        clientTokens.putIfAbsent(order.clientToken(), order.orderId());
      }
    }
    return added;
  }

  /** Where an order sits; only an order's change of status (paying it) asks, so a scan will do. */
  private int positionOf(Order order) {
    for (int i = orders.size() - 1; i >= 0; i--) {
      if (orders.get(i) == order) {
        return i;
      }
    }
    throw new IllegalStateException("order " + order.orderId() + " is indexed but not listed");
  }
}
