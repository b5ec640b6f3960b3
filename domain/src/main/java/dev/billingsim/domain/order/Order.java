package dev.billingsim.domain.order;

import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order: a RENEW, NEW or REFUND of one or more instances, and how it was paid.
 *
 * <p>Lifecycle: PAID orders are final. UNPAID orders (AutoPay=false) block further renewals of
 * their instances until paid (nothing cancels them); {@code paidAt} is set when an order is paid.
 * FAILED orders record a refused auto-renewal with its {@code errorCode}. {@code requestParameters}
 * is the canonical form of the request that made it, so a ClientToken retry can be told apart from
 * a different request under the same token; null when the order has no ClientToken. {@code region}
 * is its instances' region (null when they have none).
 */
public record Order(
    String orderId,
    String uid,
    OrderType type,
    OrderStatus status,
    Instant createdAt,
    String clientToken,
    String requestParameters,
    Money amount,
    List<OrderLine> lines,
    List<Payment> payments,
    String errorCode,
    Instant paidAt,
    String region) {

  public Order {
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
  }

  public boolean covers(String instanceId) {
    for (OrderLine line : lines) {
      if (line.instanceId().equals(instanceId)) {
        return true;
      }
    }
    return false;
  }

  public Order paid(List<Payment> draws, Instant at) {
    return new Order(
        orderId,
        uid,
        type,
        OrderStatus.PAID,
        createdAt,
        clientToken,
        requestParameters,
        amount,
        lines,
        draws,
        errorCode,
        at,
        region);
  }
}
