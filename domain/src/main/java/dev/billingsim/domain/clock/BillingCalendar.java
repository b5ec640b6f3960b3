package dev.billingsim.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Period arithmetic of billing. Pure functions: the caller says what time it is. */
public final class BillingCalendar {

  /**
   * Terms are added in UTC so that the state document's instants ({@code ...Z}) stay on the same
   * time of day after any number of months.
   */
  public static final ZoneOffset ZONE = ZoneOffset.UTC;

  /** An expired subscription stays renewable this long, then the clock releases it. */
  public static final Duration RETENTION = Duration.ofDays(15);

  /** The most years of term a renewal may leave ahead of now (else OrderPeriodInvalid). */
  public static final int MAX_YEARS_AHEAD = 5;

  /** The length of a month when unused term is prorated for a refund. */
  public static final Duration PRORATION_MONTH = Duration.ofDays(30);

  private BillingCalendar() {}

  public static Instant plusMonths(Instant from, int months) {
    return inUtc(from).plusMonths(months).toInstant(ZONE);
  }

  public static Instant latestAllowedExpiry(Instant now) {
    return inUtc(now).plusYears(MAX_YEARS_AHEAD).toInstant(ZONE);
  }

  /**
   * The instant as a date-time in {@link #ZONE}. Not {@code instant.atZone(ZONE)}: on JDK 17 that
   * asks the offset for its rules, and {@code ZoneOffset.getRules()} builds new ZoneRules (with a
   * ConcurrentHashMap) on every call, about a sixth of what a renewal allocated.
   */
  private static LocalDateTime inUtc(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZONE);
  }
}
