package dev.billingsim.domain.order;

import dev.billingsim.domain.money.Money;

/** A release: the instance, and the REFUND order of its unused term (null when nothing is due). */
public record ReleaseReceipt(String instanceId, String refundOrderId, Money refund) {}
