package dev.billingsim.domain.event;

import java.time.Instant;

/** An auto-renewal was due and refused with a catalogue error; the instance then expired. */
public record AutoRenewalFailed(Instant at, String instanceId, String code, String message)
    implements DomainEvent {}
