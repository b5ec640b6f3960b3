package dev.billingsim.simulator.gateway;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Checks a request timestamp ({@code Timestamp} for V1, {@code x-acs-date} for V3) against the wall
 * clock: the signing clients use real time, not the simulated business clock. Thread-safe.
 */
public final class TimestampCheck {

  /** How far a timestamp may be from now, either way. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);

  /** The verdict on one timestamp. */
  public enum Verdict {
    ACCEPTED,
    EXPIRED,
    MALFORMED
  }

  private final Clock clock;
  private final long toleranceMillis;

  public TimestampCheck(Clock clock) {
    this.clock = clock;
    this.toleranceMillis = DEFAULT_TOLERANCE.toMillis();
  }

  /** Judges {@code timestamp}, which must not be null: ISO-8601 with an offset, as {@code Z}. */
  public Verdict check(String timestamp) {
    long millis;
    try {
      millis = OffsetDateTime.parse(timestamp).toInstant().toEpochMilli();
    } catch (DateTimeException | ArithmeticException e) {
      return Verdict.MALFORMED;
    }
    return Math.abs(clock.millis() - millis) > toleranceMillis ? Verdict.EXPIRED : Verdict.ACCEPTED;
  }
}
