package dev.billingsim.simulator.gateway;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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
    this(clock, DEFAULT_TOLERANCE);
  }

  public TimestampCheck(Clock clock, Duration tolerance) {
    this.clock = clock;
    this.toleranceMillis = tolerance.toMillis();
  }

  /** Judges {@code timestamp}, which must not be null. */
  public Verdict check(String timestamp) {
    long millis;
    try {
      millis = parseMillis(timestamp);
    } catch (DateTimeException | ArithmeticException e) {
      return Verdict.MALFORMED;
    }
    return Math.abs(clock.millis() - millis) > toleranceMillis ? Verdict.EXPIRED : Verdict.ACCEPTED;
  }

  /** Epoch millis of a {@code yyyy-MM-dd'T'HH:mm:ss'Z'} or other ISO-8601 UTC/offset timestamp. */
  static long parseMillis(String text) {
    if (text.length() == 20
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(10) == 'T'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && text.charAt(19) == 'Z') {
      // The format every client sends; parsed by hand because DateTimeFormatter is slow here.
      LocalDateTime time =
          LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 2),
              digits(text, 8, 2),
              digits(text, 11, 2),
              digits(text, 14, 2),
              digits(text, 17, 2));
      return time.toEpochSecond(ZoneOffset.UTC) * 1000;
    }
    return OffsetDateTime.parse(text).toInstant().toEpochMilli();
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new DateTimeException("not a digit at " + i);
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
