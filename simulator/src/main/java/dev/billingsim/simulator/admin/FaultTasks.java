package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.faults.AddOutcome;
import dev.billingsim.simulator.faults.FaultRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST/GET/DELETE /faults}. Two kinds of rule share the endpoint:
 *
 * <ul>
 *   <li>a <b>gateway rule</b> ({@code error}, {@code fault}, {@code delayMs} or a {@code delay}
 *       distribution, with the selectors {@code action}, {@code accessKeyId}, {@code instanceId},
 *       and {@code times}, {@code probability}): the call is answered before it reaches billing;
 *   <li>a <b>subsystem fault</b> (with {@code subsystem}, e.g. {@code "pricing"}): injected into
 *       the domain, so the call fails exactly where that subsystem is called, with {@code error} (a
 *       code that subsystem can produce) and an optional detail {@code message}, narrowed by {@code
 *       instanceId} or {@code uid}, {@code times} times.
 * </ul>
 */
final class FaultTasks {

  private static final Set<String> RULE_FIELDS =
      Set.of(
          "id",
          "action",
          "accessKeyId",
          "instanceId",
          "error",
          "fault",
          "delayMs",
          "delay",
          "times",
          "probability");
  private static final Set<String> SUBSYSTEM_FIELDS =
      Set.of("id", "subsystem", "error", "message", "instanceId", "uid", "times");

  private FaultTasks() {}

  static AdminTask add(SimulatorWorld world) {
    return (admin, event, params) -> {
      JsonNode body = AdminJson.object(event.getRequest().getBodyAsString());
      if (body == null) {
        return AdminJson.refused(
            "a fault rule is a JSON object", List.of("body: not a JSON object"));
      }
      return body.has("subsystem") ? addSubsystemFault(world, body) : addRule(world, body);
    };
  }

  private static com.github.tomakehurst.wiremock.http.ResponseDefinition addRule(
      SimulatorWorld world, JsonNode body) {
    List<String> problems = new ArrayList<>();
    unknownFields(body, RULE_FIELDS, problems);
    FaultRule rule =
        new FaultRule(
            text(body, "id", problems),
            text(body, "action", problems),
            text(body, "accessKeyId", problems),
            text(body, "instanceId", problems),
            text(body, "error", problems),
            text(body, "fault", problems),
            whole(body, "delayMs", problems),
            integer(body, "times", problems),
            number(body, "probability", problems),
            DelayJson.read(body.get("delay"), problems));
    if (!problems.isEmpty()) {
      return AdminJson.refused("invalid fault rule", problems);
    }
    AddOutcome outcome = world.faultRules().add(rule);
    if (outcome instanceof AddOutcome.Refused refused) {
      return AdminJson.refused("invalid fault rule", refused.problems());
    }
    return AdminJson.ok(toJson(((AddOutcome.Stored) outcome).rule()));
  }

  private static com.github.tomakehurst.wiremock.http.ResponseDefinition addSubsystemFault(
      SimulatorWorld world, JsonNode body) {
    List<String> problems = new ArrayList<>();
    unknownFields(body, SUBSYSTEM_FIELDS, problems);
    String name = text(body, "subsystem", problems);
    String error = text(body, "error", problems);
    Integer times = integer(body, "times", problems);
    Subsystem subsystem = null;
    List<String> names = new ArrayList<>();
    for (Subsystem s : Subsystem.values()) {
      names.add(s.code());
    }
    try {
      subsystem = name == null ? null : Subsystem.fromCode(name);
    } catch (IllegalArgumentException e) {
      problems.add("subsystem: " + name + " is not one of " + names);
    }
    if (name == null && body.path("subsystem").isNull()) {
      // {"subsystem": null}: present, so this is a subsystem fault, but naming none (was a 500).
      problems.add("subsystem: must be one of " + names);
    }
    if (error == null) {
      problems.add("error: a subsystem fault needs the code it fails with");
    }
    if (!problems.isEmpty()) {
      return AdminJson.refused("invalid subsystem fault", problems);
    }
    String id = text(body, "id", problems);
    SubsystemFault fault =
        new SubsystemFault(
            id != null ? id : world.nextSubsystemFaultId(),
            subsystem,
            error,
            text(body, "message", problems),
            text(body, "instanceId", problems),
            text(body, "uid", problems),
            times);
    var refusal = world.billing().faults().inject(fault);
    if (refusal.isPresent()) {
      return AdminJson.refused("invalid subsystem fault", List.of("error: " + refusal.get()));
    }
    return AdminJson.ok(toJson(fault));
  }

  static AdminTask list(SimulatorWorld world) {
    return (admin, event, params) -> {
      List<Map<String, Object>> faults = new ArrayList<>();
      for (FaultRule rule : world.faultRules().list()) {
        faults.add(toJson(rule));
      }
      for (SubsystemFault fault : world.billing().faults().list()) {
        faults.add(toJson(fault));
      }
      return AdminJson.ok(Map.of("faults", faults));
    };
  }

  static AdminTask remove(SimulatorWorld world) {
    return (admin, event, params) -> {
      String id = params.get("id");
      boolean removed = world.faultRules().remove(id) || world.billing().faults().remove(id);
      return removed
          ? AdminJson.ok(Map.of("removed", id))
          : AdminJson.notFound("no fault rule " + id);
    };
  }

  static AdminTask clear(SimulatorWorld world) {
    return (admin, event, params) -> {
      world.faultRules().clear();
      world.billing().faults().clear();
      return AdminJson.ok(Map.of("faults", List.of()));
    };
  }

  static Map<String, Object> toJson(FaultRule rule) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", rule.id());
    json.put("action", rule.action());
    json.put("accessKeyId", rule.accessKeyId());
    json.put("instanceId", rule.instanceId());
    json.put("error", rule.error());
    json.put("fault", rule.fault());
    json.put("delayMs", rule.delayMs());
    json.put("times", rule.times());
    json.put("probability", rule.probability());
    if (rule.delay() != null) {
      json.put("delay", DelayJson.toJson(rule.delay()));
    }
    return json;
  }

  static Map<String, Object> toJson(SubsystemFault fault) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", fault.id());
    json.put("subsystem", fault.subsystem().code());
    json.put("error", fault.code());
    json.put("message", fault.message());
    json.put("instanceId", fault.instanceId());
    json.put("uid", fault.uid());
    json.put("times", fault.times());
    return json;
  }

  private static void unknownFields(JsonNode body, Set<String> allowed, List<String> problems) {
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(
            name
                + ": not a field of this rule (allowed: "
                + new java.util.TreeSet<>(allowed)
                + ")");
      }
    }
  }

  private static String text(JsonNode body, String field, List<String> problems) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add(field + ": must be a string");
      return null;
    }
    return node.asText();
  }

  private static Long whole(JsonNode body, String field, List<String> problems) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      problems.add(field + ": must be a whole number");
      return null;
    }
    return node.asLong();
  }

  private static Integer integer(JsonNode body, String field, List<String> problems) {
    Long value = whole(body, field, problems);
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      problems.add(field + ": out of range");
      return null;
    }
    return value == null ? null : value.intValue();
  }

  private static Double number(JsonNode body, String field, List<String> problems) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      problems.add(field + ": must be a number");
      return null;
    }
    return node.asDouble();
  }
}
