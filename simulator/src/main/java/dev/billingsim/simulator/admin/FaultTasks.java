package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.faults.AddOutcome;
import dev.billingsim.simulator.faults.DelayDistribution;
import dev.billingsim.simulator.faults.FaultRule;
import dev.billingsim.simulator.state.JsonFields;
import dev.billingsim.simulator.state.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

  private static final List<String> RULE_FIELDS =
      List.of(
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
  private static final List<String> LOGNORMAL_FIELDS = List.of("distribution", "medianMs", "sigma");
  private static final List<String> UNIFORM_FIELDS = List.of("distribution", "lowerMs", "upperMs");
  private static final List<String> SUBSYSTEM_FIELDS =
      List.of("id", "subsystem", "error", "message", "instanceId", "uid", "times");

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

  private static ResponseDefinition addRule(SimulatorWorld world, JsonNode body) {
    Problems problems = new Problems();
    JsonFields f = JsonFields.of(body, "", problems, RULE_FIELDS);
    FaultRule rule =
        new FaultRule(
            f.string("id", false),
            f.string("action", false),
            f.string("accessKeyId", false),
            f.string("instanceId", false),
            f.string("error", false),
            f.string("fault", false),
            f.whole("delayMs"),
            f.integer("times", false, null),
            f.number("probability"),
            delay(body.get("delay"), problems));
    if (!problems.isEmpty()) {
      return AdminJson.refused("invalid fault rule", problems.list());
    }
    AddOutcome outcome = world.faultRules().add(rule);
    if (outcome instanceof AddOutcome.Refused refused) {
      return AdminJson.refused("invalid fault rule", refused.problems());
    }
    return AdminJson.ok(((AddOutcome.Stored) outcome).rule());
  }

  /**
   * A rule's {@code "delay"}: {@code {"distribution": "lognormal", "medianMs": 80, "sigma": 0.4}}
   * or {@code {"distribution": "uniform", "lowerMs": 20, "upperMs": 200}}; null when absent or
   * unreadable (with its problems). The ranges are the rule policy's.
   */
  private static DelayDistribution delay(JsonNode node, Problems problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    String name = node.path("distribution").asText("");
    if (node.isObject() && !DelayDistribution.NAMES.contains(name)) {
      problems.add("delay.distribution", "must be one of " + DelayDistribution.NAMES);
      return null;
    }
    boolean uniform = name.equals("uniform");
    JsonFields f =
        JsonFields.of(node, "delay", problems, uniform ? UNIFORM_FIELDS : LOGNORMAL_FIELDS);
    if (f == null) {
      return null;
    }
    int before = problems.list().size();
    if (uniform) {
      Long lower = f.whole("lowerMs");
      Long upper = f.whole("upperMs");
      f.require("lowerMs", lower);
      f.require("upperMs", upper);
      return problems.list().size() > before ? null : new DelayDistribution.Uniform(lower, upper);
    }
    Double median = f.number("medianMs");
    Double sigma = f.number("sigma");
    f.require("medianMs", median);
    f.require("sigma", sigma);
    return problems.list().size() > before ? null : new DelayDistribution.LogNormal(median, sigma);
  }

  private static ResponseDefinition addSubsystemFault(SimulatorWorld world, JsonNode body) {
    Problems problems = new Problems();
    JsonFields f = JsonFields.of(body, "", problems, SUBSYSTEM_FIELDS);
    String name = f.string("subsystem", false);
    String error = f.string("error", false);
    String id = f.string("id", false);
    String message = f.string("message", false);
    String instanceId = f.string("instanceId", false);
    String uid = f.string("uid", false);
    Integer times = f.integer("times", false, null);
    Subsystem subsystem = null;
    List<String> names = Stream.of(Subsystem.values()).map(Subsystem::code).toList();
    try {
      subsystem = name == null ? null : Subsystem.fromCode(name);
    } catch (IllegalArgumentException e) {
      problems.add("subsystem", name + " is not one of " + names);
    }
    if (name == null && body.path("subsystem").isNull()) {
      // {"subsystem": null}: present, so this is a subsystem fault, but naming none (was a 500).
      problems.add("subsystem", "must be one of " + names);
    }
    if (error == null) {
      problems.add("error", "a subsystem fault needs the code it fails with");
    }
    if (!problems.isEmpty()) {
      return AdminJson.refused("invalid subsystem fault", problems.list());
    }
    SubsystemFault fault =
        new SubsystemFault(
            id != null ? id : world.nextSubsystemFaultId(),
            subsystem,
            error,
            message,
            instanceId,
            uid,
            times);
    var refusal = world.billing().faults().inject(fault);
    return refusal.isPresent()
        ? AdminJson.refused("invalid subsystem fault", List.of("error: " + refusal.get()))
        : AdminJson.ok(toJson(fault));
  }

  static AdminTask list(SimulatorWorld world) {
    return (admin, event, params) -> {
      List<Object> faults = new ArrayList<>(world.faultRules().list());
      world.billing().faults().list().forEach(fault -> faults.add(toJson(fault)));
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
}
