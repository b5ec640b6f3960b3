package dev.billingsim.simulator.state;

import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/** Reads one order of the state document; its amounts are in its account's currency. */
final class OrderReader {

  static final List<String> FIELDS = JsonFields.fieldsOf(Order.class);
  static final List<String> LINE_FIELDS = JsonFields.fieldsOf(OrderLine.class);
  static final List<String> PAYMENT_FIELDS = JsonFields.fieldsOf(Payment.class);

  /** Payment sources by their codes ({@code storedValueCard}), in the order they are drawn. */
  static final Map<String, PaymentSource> SOURCES =
      JsonFields.byName(PaymentSource.values(), PaymentSource::code);

  private OrderReader() {}

  /** The order, or null (reported) if it cannot be built at all. */
  static Order read(JsonFields f, Function<String, Currency> accountCurrency) {
    String orderId = f.string("orderId", true);
    String uid = f.string("uid", true);
    Currency owners = uid == null ? null : accountCurrency.apply(uid);
    Currency currency = owners == null ? Money.CNY : owners;
    OrderType type = f.choice("type", JsonFields.names(OrderType.class), true, null);
    OrderStatus status = f.choice("status", JsonFields.names(OrderStatus.class), true, null);
    Instant createdAt = f.instant("createdAt", true);
    String clientToken = f.string("clientToken", false);
    String requestParameters = f.string("requestParameters", false);
    Money amount = f.money("amount", currency, true, null);
    List<OrderLine> lines = lines(f, currency);
    List<Payment> payments = payments(f, currency);
    String errorCode = f.string("errorCode", false);
    Instant paidAt = f.instant("paidAt", false);
    if (paidAt == null && status == OrderStatus.PAID) {
      paidAt = createdAt; // an older document: paid when it was made
    }
    String region = f.string("region", false);
    if (Stream.of(orderId, uid, type, status, createdAt, amount, lines, payments)
        .anyMatch(Objects::isNull)) {
      return f.incomplete();
    }
    return new Order(
        orderId,
        uid,
        type,
        status,
        createdAt,
        clientToken,
        requestParameters,
        amount,
        lines,
        payments,
        errorCode,
        paidAt,
        region);
  }

  /** The lines, or null if one cannot be built or there are none (every order has a line). */
  private static List<OrderLine> lines(JsonFields order, Currency currency) {
    if (!order.has("lines")) {
      order.problems().add(order.at("lines"), "missing (an order has at least one line)");
      return null;
    }
    List<OrderLine> lines = new ArrayList<>();
    boolean whole = true;
    for (JsonFields f : order.objects("lines", LINE_FIELDS)) {
      String instanceId = f.string("instanceId", true);
      Integer months = f.integer("months", true, null);
      Money amount = f.money("amount", currency, true, null);
      if (months != null && months < 0) {
        f.problems().add(f.at("months"), "must not be negative");
      }
      if (instanceId == null || months == null || amount == null) {
        whole = false;
      } else {
        lines.add(new OrderLine(instanceId, months, amount));
      }
    }
    if (whole && lines.isEmpty()) {
      order.problems().add(order.at("lines"), "an order has at least one line");
      return null;
    }
    return whole ? lines : null;
  }

  private static List<Payment> payments(JsonFields order, Currency currency) {
    List<Payment> payments = new ArrayList<>();
    boolean whole = true;
    for (JsonFields f : order.objects("payments", PAYMENT_FIELDS)) {
      PaymentSource source = f.choice("source", SOURCES, true, null);
      String id = f.string("id", false);
      Money amount = f.money("amount", currency, true, null);
      if (source == null || amount == null) {
        whole = false;
      } else {
        payments.add(new Payment(source, id, amount));
      }
    }
    return whole ? payments : null;
  }
}
