package dev.billingsim.domain.event;

import java.time.Instant;

/** An instance was released: by its owner, or by the clock after the retention period. */
public record InstanceReleased(Instant at, String instanceId, String refundOrderId)
    implements DomainEvent {}
