package dev.billingsim.domain.order;

import dev.billingsim.domain.money.Money;

/** One instance in an order: how many months it buys (or refunds) and what they cost. */
public record OrderLine(String instanceId, int months, Money amount) {}
