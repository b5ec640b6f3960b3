package dev.billingsim.features.support;

import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;

/** An order as BSS QueryOrders lists it (newest first). */
public record OrderSummary(OrderType type, OrderStatus status, Money amount) {}
