package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.simulator.gateway.TimestampCheck.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampCheckTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2024-05-01T10:00:00Z"));
  private final TimestampCheck check = new TimestampCheck(clock);

  /**
   * Within fifteen minutes either way, in any ISO-8601 form of the instant, is ACCEPTED; further
   * off is EXPIRED; anything that does not parse is MALFORMED.
   */
  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "2024-05-01T10:00:00Z, ACCEPTED",
    "2024-05-01T09:45:00Z, ACCEPTED",
    "2024-05-01T10:15:00Z, ACCEPTED",
    "2024-05-01T10:00:00.123Z, ACCEPTED",
    "2024-05-01T18:00:00+08:00, ACCEPTED",
    "2024-05-01T09:44:59Z, EXPIRED",
    "2024-05-01T10:15:01Z, EXPIRED",
    "1970-01-01T00:00:00Z, EXPIRED",
    "'', MALFORMED",
    "yesterday, MALFORMED",
    "2024-05-01 10:00:00, MALFORMED",
    "2024-13-01T10:00:00Z, MALFORMED",
    "2024-02-30T10:00:00Z, MALFORMED",
    "2024-05-01T25:00:00Z, MALFORMED",
    "2024-05-0xT10:00:00Z, MALFORMED",
    "2024-05-01T10:00:00, MALFORMED",
    "1714557600, MALFORMED"
  })
  void judgesATimestamp(String timestamp, Verdict verdict) {
    assertThat(check.check(timestamp)).isEqualTo(verdict);
  }

  @Test
  void followsTheInjectedClock() {
    clock.set(clock.instant().plus(java.time.Duration.ofHours(1)));

    assertThat(check.check("2024-05-01T10:00:00Z")).isEqualTo(Verdict.EXPIRED);
    assertThat(check.check("2024-05-01T11:00:00Z")).isEqualTo(Verdict.ACCEPTED);
  }
}
