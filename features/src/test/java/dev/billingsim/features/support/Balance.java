package dev.billingsim.features.support;

import dev.billingsim.domain.money.Money;

/** What BSS QueryAccountBalance reports: available (cash plus credit left), cash, credit left. */
public record Balance(Money available, Money cash, Money credit) {}
