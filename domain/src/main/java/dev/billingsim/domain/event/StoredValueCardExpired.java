package dev.billingsim.domain.event;

import java.time.Instant;

/** A stored-value card reached its expiry and left the account. */
public record StoredValueCardExpired(Instant at, String uid, String cardId)
    implements DomainEvent {}
