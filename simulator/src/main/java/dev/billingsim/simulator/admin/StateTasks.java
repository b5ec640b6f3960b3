package dev.billingsim.simulator.admin;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.state.StateDocument;
import java.util.List;

/**
 * {@code GET /state}, {@code PUT /state} and {@code POST /reset}. A PUT is validated whole and
 * every problem is listed; an invalid document changes nothing. GET then PUT round-trips exactly.
 */
final class StateTasks {

  private StateTasks() {}

  static AdminTask get(SimulatorWorld world) {
    return (admin, event, params) ->
        AdminJson.okJson(StateDocument.toJson(world.billing().export()));
  }

  static AdminTask put(SimulatorWorld world) {
    return (admin, event, params) -> {
      StateDocument.Parsed parsed = StateDocument.parse(event.getRequest().getBodyAsString());
      if (!parsed.problems().isEmpty()) {
        return AdminJson.refused("invalid state document", parsed.problems());
      }
      List<String> problems = world.replace(parsed.state());
      if (!problems.isEmpty()) {
        return AdminJson.refused("invalid state document", problems);
      }
      return AdminJson.okJson(StateDocument.toJson(world.billing().export()));
    };
  }

  static AdminTask reset(SimulatorWorld world) {
    return (admin, event, params) -> {
      world.reset();
      return AdminJson.okJson(StateDocument.toJson(world.billing().export()));
    };
  }
}
