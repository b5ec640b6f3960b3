package dev.billingsim.domain.event;

import java.time.Instant;

/** A coupon reached its expiry and left the account. */
public record CouponExpired(Instant at, String uid, String couponId) implements DomainEvent {}
