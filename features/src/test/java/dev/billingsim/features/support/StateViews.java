package dev.billingsim.features.support;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.state.BillingState;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;

/** Finding things in a {@link BillingState} by the names scenarios use. */
public final class StateViews {

  private static final Comparator<Order> OLDEST_FIRST =
      Comparator.comparing((Order order) -> order.orderId().length()).thenComparing(Order::orderId);

  private StateViews() {}

  public static Account account(BillingState state, String uid) {
    return first(state.accounts(), a -> a.uid().equals(uid), "no account " + uid);
  }

  public static Instance instance(BillingState state, String id) {
    return first(state.instances(), i -> i.id().equals(id), "no instance " + id);
  }

  public static Coupon coupon(BillingState state, String uid, String id) {
    return first(
        account(state, uid).coupons(), c -> c.id().equals(id), uid + " holds no coupon " + id);
  }

  public static StoredValueCard card(BillingState state, String uid, String id) {
    return first(
        account(state, uid).storedValueCards(),
        c -> c.id().equals(id),
        uid + " holds no stored-value card " + id);
  }

  public static List<Order> orders(BillingState state, String uid) {
    return state.orders().stream().filter(o -> o.uid().equals(uid)).sorted(OLDEST_FIRST).toList();
  }

  public static Order latestOrder(BillingState state, String uid) {
    return state.orders().stream()
        .filter(o -> o.uid().equals(uid))
        .max(OLDEST_FIRST)
        .orElseThrow(() -> new NoSuchElementException(uid + " has no order"));
  }

  /** The latest order of {@code status} covering {@code instanceId}. */
  public static Optional<Order> order(BillingState state, String instanceId, OrderStatus status) {
    return state.orders().stream()
        .filter(o -> o.status() == status && o.covers(instanceId))
        .max(OLDEST_FIRST);
  }

  private static <T> T first(List<T> items, Predicate<T> wanted, String otherwise) {
    return items.stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException(otherwise));
  }
}
