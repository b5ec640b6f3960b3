package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.simulator.gateway.TimestampCheck.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampCheckTest {

  private final TimestampCheck check =
      new TimestampCheck(new MovableClock(Instant.parse("2024-05-01T10:00:00Z")));

  @Test
  void acceptsATimestampWithinFifteenMinutesEitherWay() {
    assertThat(check.check("2024-05-01T10:00:00Z")).isEqualTo(Verdict.ACCEPTED);
    assertThat(check.check("2024-05-01T09:45:00Z")).isEqualTo(Verdict.ACCEPTED);
    assertThat(check.check("2024-05-01T10:15:00Z")).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void refusesATimestampMoreThanFifteenMinutesOffAsExpired() {
    assertThat(check.check("2024-05-01T09:44:59Z")).isEqualTo(Verdict.EXPIRED);
    assertThat(check.check("2024-05-01T10:15:01Z")).isEqualTo(Verdict.EXPIRED);
    assertThat(check.check("1970-01-01T00:00:00Z")).isEqualTo(Verdict.EXPIRED);
  }

  @Test
  void acceptsOtherIso8601FormsOfTheSameInstant() {
    assertThat(check.check("2024-05-01T10:00:00.123Z")).isEqualTo(Verdict.ACCEPTED);
    assertThat(check.check("2024-05-01T18:00:00+08:00")).isEqualTo(Verdict.ACCEPTED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2024-05-01 10:00:00",
        "2024-13-01T10:00:00Z",
        "2024-02-30T10:00:00Z",
        "2024-05-01T25:00:00Z",
        "2024-05-0xT10:00:00Z",
        "2024-05-01T10:00:00",
        "1714557600"
      })
  void refusesAnUnparsableTimestampAsMalformed(String timestamp) {
    assertThat(check.check(timestamp)).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void followsTheInjectedClock() {
    MovableClock clock = new MovableClock(Instant.parse("2024-05-01T10:00:00Z"));
    TimestampCheck moving = new TimestampCheck(clock);
    clock.set(clock.instant().plus(java.time.Duration.ofHours(1)));

    assertThat(moving.check("2024-05-01T10:00:00Z")).isEqualTo(Verdict.EXPIRED);
    assertThat(moving.check("2024-05-01T11:00:00Z")).isEqualTo(Verdict.ACCEPTED);
  }
}
