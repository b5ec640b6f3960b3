package dev.billingsim.domain.event;

import java.time.Instant;

/** A subscription reached its expiry unrenewed; it stays renewable for the retention period. */
public record InstanceExpired(Instant at, String instanceId) implements DomainEvent {}
