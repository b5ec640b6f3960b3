package dev.billingsim.domain.order;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;

/** Buy {@code count} new PrePaid instances of {@code instanceType} for {@code months}. */
public record CreateInstances(
    Caller caller,
    Product product,
    String action,
    String instanceType,
    int count,
    int months,
    boolean autoRenew,
    String regionId) {}
