package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.simulator.action.Bodies;
import java.util.LinkedHashMap;
import java.util.Map;

/** How BSS shows an order: its names for types and statuses, and the product of its instances. */
final class OrderViews {

  private OrderViews() {}

  static String orderType(OrderType type) {
    return switch (type) {
      case NEW -> "New";
      case RENEW -> "Renew";
      default -> "Refund";
    };
  }

  static String paymentStatus(OrderStatus status) {
    return switch (status) {
      case PAID -> "Paid";
      case UNPAID -> "Unpaid";
      default -> "Cancelled";
    };
  }

  static String productCode(Order order) {
    String first = order.lines().isEmpty() ? "" : order.lines().get(0).instanceId();
    return first.startsWith("eap-") ? "ecs" : "ens";
  }

  static Map<String, Object> summary(Order order) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("OrderId", order.orderId());
    view.put("OrderType", orderType(order.type()));
    view.put("PaymentStatus", paymentStatus(order.status()));
    view.put("CreateTime", Bodies.time(order.createdAt()));
    view.put("PaymentTime", Bodies.time(order.paidAt()));
    view.put("ProductCode", productCode(order));
    view.put("ProductType", "");
    view.put("SubscriptionType", "Subscription");
    view.put("Currency", order.amount().currency().getCurrencyCode());
    view.put("PaymentCurrency", order.amount().currency().getCurrencyCode());
    view.put("PretaxGrossAmount", Bodies.amount(order.amount()));
    view.put("PretaxAmount", Bodies.amount(order.amount()));
    view.put("PretaxAmountLocal", Bodies.amount(order.amount()));
    view.put("Tax", "0.00");
    view.put("AfterTaxAmount", Bodies.amount(order.amount()));
    view.put("CommodityCode", productCode(order));
    return view;
  }

  static Map<String, Object> line(Order order, OrderLine line) {
    Map<String, Object> view = summary(order);
    view.put("SubOrderId", order.orderId() + "-" + line.instanceId());
    view.put("InstanceIDs", line.instanceId());
    view.put("Quantity", "1");
    view.put("PretaxAmount", Bodies.amount(line.amount()));
    view.put("AfterTaxAmount", Bodies.amount(line.amount()));
    view.put("Config", "Months:" + line.months());
    view.put("Operator", order.uid());
    view.put("Region", order.region());
    return view;
  }
}
