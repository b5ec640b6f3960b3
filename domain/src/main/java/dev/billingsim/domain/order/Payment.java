package dev.billingsim.domain.order;

import dev.billingsim.domain.money.Money;

/** One draw of an order's money from one source (a coupon, a card, cash, credit or quota). */
public record Payment(PaymentSource source, String id, Money amount) {}
