package dev.billingsim.domain.event;

import java.time.Instant;

/** An instance's term was extended by a paid order (by a caller, or by auto-renewal). */
public record InstanceRenewed(
    Instant at, String instanceId, String orderId, int months, Instant newExpiry, boolean automatic)
    implements DomainEvent {}
