package dev.billingsim.domain.event;

import java.time.Instant;

/** Something that happened in the billing world, reported to whoever moved the clock or called. */
public sealed interface DomainEvent
    permits InstanceRenewed,
        AutoRenewalFailed,
        InstanceExpired,
        InstanceReleased,
        CouponExpired,
        StoredValueCardExpired {

  Instant at();

  /** The event's name as the admin API shows it, e.g. {@code InstanceRenewed}. */
  default String type() {
    return getClass().getSimpleName();
  }
}
