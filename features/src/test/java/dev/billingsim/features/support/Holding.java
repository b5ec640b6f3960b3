package dev.billingsim.features.support;

import dev.billingsim.domain.money.Money;

/** A usable coupon or stored-value card as BSS lists it: its id and what is left on it. */
public record Holding(String id, Money balance) {}
