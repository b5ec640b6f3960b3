package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * One simulator's business clock. It moves only when told; moving it runs everything due on the way
 * (auto-renewals, expiries, releases) before the call returns, so a test never sleeps. Each
 * simulator has its own: moving one moves no other.
 */
public final class AdminClock {

  private final AdminHttp http;

  AdminClock(AdminHttp http) {
    this.http = http;
  }

  public Instant now() {
    return Instant.parse(http.get("/clock").path("now").asText());
  }

  /** Forward by calendar days, months or years ({@code Period.ofMonths(1)}), in billing time. */
  public ClockMove advance(Period period) {
    return move("by", period.toString());
  }

  /** Forward by an exact duration ({@code Duration.ofHours(12)}). */
  public ClockMove advance(Duration duration) {
    return move("by", duration.toString());
  }

  /** Forward to an instant (the clock never goes back: an earlier one is refused). */
  public ClockMove advanceTo(Instant when) {
    return move("to", when.toString());
  }

  /**
   * A {@link Clock} reading this simulator's business time on every call, to hand to the code under
   * test so that it sees the same "now" as the simulator (each read is one admin call).
   */
  public Clock asJavaClock() {
    return new SimulatorClock(ZoneOffset.UTC);
  }

  private ClockMove move(String field, String value) {
    ObjectNode body = AdminHttp.JSON.createObjectNode().put(field, value);
    JsonNode answer = http.post("/clock/advance", body);
    return new ClockMove(
        Instant.parse(answer.path("now").asText()), EventReader.read(answer.path("events")));
  }

  /** The business clock as a {@link Clock}. */
  private final class SimulatorClock extends Clock {
    private final ZoneId zone;

    SimulatorClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new SimulatorClock(newZone);
    }

    @Override
    public Instant instant() {
      return now();
    }
  }
}
