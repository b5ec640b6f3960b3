package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.simulator.SimulatorWorld;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /clock} and {@code POST /clock/advance}: the business clock, moved only on request
 * ({@code {"by":"P30D"}}, {@code {"by":"P1M"}}, {@code {"by":"PT12H"}} or {@code {"to":instant}}),
 * running everything due on the way before it answers, so no test ever sleeps.
 */
final class ClockTasks {

  private ClockTasks() {}

  static AdminTask now(SimulatorWorld world) {
    return (admin, event, params) -> AdminJson.ok(Map.of("now", world.billing().now().toString()));
  }

  static AdminTask advance(SimulatorWorld world) {
    return (admin, event, params) -> {
      JsonNode body = AdminJson.object(event.getRequest().getBodyAsString());
      if (body == null || body.has("by") == body.has("to")) {
        return AdminJson.refused(
            "give either \"by\" (an ISO-8601 period) or \"to\" (an instant)",
            List.of("body: expected {\"by\": \"P30D\"} or {\"to\": \"2027-01-01T00:00:00Z\"}"));
      }
      // Reading now and moving from it is one step: two concurrent {"by":"PT6H"} move the clock
      // twelve hours, where they used to race and the later one failed (500: cannot go back).
      synchronized (world) {
        return advance(world, body);
      }
    };
  }

  private static ResponseDefinition advance(SimulatorWorld world, JsonNode body) {
    Instant now = world.billing().now();
    Instant target;
    try {
      target =
          body.has("to")
              ? Instant.parse(body.get("to").asText())
              : plus(now, body.get("by").asText());
    } catch (DateTimeException | ArithmeticException e) {
      // DateTimeException, not only its parse subclass: P999999999Y parses but runs past the
      // largest instant, and that is bad input (400), not a failure of the simulator (500).
      String field = body.has("to") ? "to" : "by";
      return AdminJson.refused("cannot read " + field, List.of(field + ": " + e.getMessage()));
    }
    if (target.isBefore(now)) {
      return AdminJson.refused(
          "the clock only moves forward", List.of("to: " + target + " is before now " + now));
    }
    List<DomainEvent> events = world.advanceClock(target);
    return AdminJson.ok(
        Map.of("now", world.billing().now().toString(), "events", Events.toJson(events)));
  }

  /** A period with days or more ({@code P1M}, {@code P30D}) or a duration ({@code PT12H}). */
  static Instant plus(Instant now, String amount) {
    return amount.contains("T")
        ? now.plus(Duration.parse(amount))
        : now.atZone(BillingCalendar.ZONE).plus(Period.parse(amount)).toInstant();
  }
}
