package dev.billingsim.simulator.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.state.StateDocument;
import java.io.IOException;
import java.util.Map;

/**
 * Fuzz target "admin JSON": any body sent to the billing admin API's routes (fault rules, clock
 * moves, state replacement, fault removal, paying an order) is answered 200, 400 or 404 with a JSON
 * body, never 500; a refusal is {@code {"error": one line, "problems": [strings]}} and leaves the
 * world and the fault rules exactly as they were.
 */
final class AdminJsonTarget {

  private static final String[] ROUTES = {
    "POST /billing/faults", "POST /billing/faults", "POST /billing/faults",
    "POST /billing/clock/advance", "POST /billing/clock/advance", "PUT /billing/state",
    "DELETE /billing/faults/{id}", "POST /billing/orders/{id}/pay"
  };

  private final JsonNode demoTree = StateDocument.toTree(StateDocument.demo());
  private final AdminRoutes routes = new AdminRoutes();
  private final SimulatorWorld world = routes.world;

  /** Inputs that were accepted (200): the world was reset after each. */
  int accepted;

  void check(FuzzedDataProvider data) {
    String route = data.pickValue(ROUTES);
    int space = route.indexOf(' ');
    String method = route.substring(0, space);
    String template = route.substring(space + 1);
    String id = data.consumeBoolean() ? data.consumeString(20) : data.pickValue(JsonGen.STRINGS);
    String body = body(template, data);
    Object before = snapshot();

    ResponseDefinition answer =
        routes.call(
            method, template, template.contains("{id}") ? Map.of("id", id) : Map.of(), body);

    int status = answer.getStatus();
    String text = answer.getBody();
    String what =
        String.format(
            "%s %s -> %d %s",
            route,
            Http.abbreviate(String.valueOf(body)),
            status,
            Http.abbreviate(String.valueOf(text)));
    if (status != 200 && status != 400 && status != 404) {
      throw new AssertionError("admin answered " + what);
    }
    JsonNode json;
    try {
      json = Http.JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("admin answered with something not JSON: " + what);
    }
    if (json == null || !json.isObject()) {
      throw new AssertionError("admin answered with something not a JSON object: " + what);
    }
    if (status == 200) {
      accepted++;
      world.reset();
      return;
    }
    JsonNode error = json.get("error");
    JsonNode problems = json.get("problems");
    if (!isOneLine(error) || error.asText().isBlank() || problems == null || !problems.isArray()) {
      throw new AssertionError(
          "a refusal not shaped {\"error\": one line, \"problems\": [...]}: " + what);
    }
    problems.forEach(
        problem -> {
          if (!isOneLine(problem)) {
            throw new AssertionError("a problem that is not a one-line string: " + what);
          }
        });
    if (!snapshot().equals(before)) {
      throw new AssertionError("a refused admin request changed the world: " + what);
    }
  }

  private String body(String template, FuzzedDataProvider data) {
    int kind = data.consumeInt(0, 9);
    if (kind < 2) {
      return kind == 0 ? data.consumeString(60) : JsonGen.value(data, 3).toString();
    }
    if (template.equals("/billing/state")) {
      return JsonGen.text(JsonGen.mutate(demoTree, data), data);
    }
    ObjectNode object = data.consumeBoolean() ? plausible(template, data) : JsonGen.object(data, 2);
    if (data.consumeBoolean()) {
      return JsonGen.text(JsonGen.mutate(object, data), data);
    }
    return JsonGen.text(object, data);
  }

  /** A body a test would send: the right fields with values from their own pools. */
  private static ObjectNode plausible(String template, FuzzedDataProvider data) {
    ObjectNode object = JsonGen.NODES.objectNode();
    if (template.equals("/billing/clock/advance")) {
      if (data.consumeBoolean()) {
        object.put(
            "by",
            data.pickValue(
                new String[] {
                  "P1D", "PT6H", "P1M", "P30D", "P1Y", "PT0S", "P-1D", "P999999999Y", "PT1M"
                }));
      } else {
        object.put(
            "to",
            data.pickValue(
                new String[] {
                  "2026-11-22T00:00:00Z",
                  "2027-01-01T00:00:00Z",
                  "2026-11-21T00:00:00Z",
                  "+1000000000-12-31T23:59:59Z",
                  "2026-11-22T00:00:00.000000001Z"
                }));
      }
      return object;
    }
    if (data.consumeInt(0, 3) == 0) {
      object.put(
          "subsystem",
          data.pickValue(new String[] {"payment", "pricing", "coupon", "card", "trade", "moon"}));
      object.put(
          "error",
          data.pickValue(
              new String[] {"OrderCaptureFailed", "PayHsfTimeoutError", "InternalError", "Nope"}));
      if (data.consumeBoolean()) {
        object.put("times", data.consumeInt(-1, 5));
      }
      return object;
    }
    if (data.consumeBoolean()) {
      object.put(
          "action",
          data.pickValue(
              new String[] {
                "RenewARMServerInstance", "RenewElasticityAssurances", "QueryAccountBalance", "Nope"
              }));
    }
    if (data.consumeBoolean()) {
      object.put(
          "error",
          data.pickValue(
              new String[] {
                "PayHsfTimeoutError",
                "InternalError",
                "PaySystemError",
                "OrderCaptureFailed",
                "Nope"
              }));
    } else if (data.consumeBoolean()) {
      object.put(
          "fault",
          data.pickValue(
              new String[] {
                "CONNECTION_RESET_BY_PEER",
                "EMPTY_RESPONSE",
                "MALFORMED_RESPONSE_CHUNK",
                "RANDOM_DATA_THEN_CLOSE",
                "FIRE"
              }));
    } else {
      object.put("delayMs", data.consumeInt(-1, 5000));
    }
    if (data.consumeBoolean()) {
      object.put("times", data.consumeInt(-1, 5));
    }
    if (data.consumeBoolean()) {
      object.put("probability", data.consumeRegularDouble(-0.5, 1.5));
    }
    return object;
  }

  private static boolean isOneLine(JsonNode text) {
    return text != null
        && text.isTextual()
        && !text.asText().contains("\n")
        && !text.asText().contains("\r");
  }

  /** The world and both kinds of fault rule, compared as values (no JSON rendering needed). */
  private Object snapshot() {
    return java.util.List.of(
        world.billing().export(), world.faultRules().list(), world.billing().faults().list());
  }
}
