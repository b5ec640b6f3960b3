package dev.billingsim.domain.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's business clock: it stands still until told to move. It starts at the state's
 * {@code now} and never reads the wall clock.
 */
public final class MovableClock extends Clock {

  private final AtomicReference<Instant> now;

  public MovableClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return BillingCalendar.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException(
        "the billing clock has one zone: " + BillingCalendar.ZONE);
  }
}
