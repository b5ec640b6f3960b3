package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.simulator.faults.DelayDistribution;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fault rule's {@code "delay"} object: {@code {"distribution": "lognormal", "medianMs": 80,
 * "sigma": 0.4}} or {@code {"distribution": "uniform", "lowerMs": 20, "upperMs": 200}}. Reading
 * checks the shape (types, names, fields present); the ranges are the rule policy's.
 */
final class DelayJson {

  private static final Set<String> LOGNORMAL_FIELDS = Set.of("distribution", "medianMs", "sigma");
  private static final Set<String> UNIFORM_FIELDS = Set.of("distribution", "lowerMs", "upperMs");

  private DelayJson() {}

  /** The distribution in {@code node}, or null with the problems added when it cannot be read. */
  static DelayDistribution read(JsonNode node, List<String> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      problems.add(
          "delay: must be an object such as {\"distribution\": \"lognormal\", \"medianMs\": 80,"
              + " \"sigma\": 0.4}");
      return null;
    }
    JsonNode name = node.get("distribution");
    if (name == null || !name.isTextual() || !DelayDistribution.NAMES.contains(name.asText())) {
      problems.add("delay.distribution: must be one of " + DelayDistribution.NAMES);
      return null;
    }
    int before = problems.size();
    if (name.asText().equals("lognormal")) {
      unknownFields(node, LOGNORMAL_FIELDS, problems);
      Double median = number(node, "medianMs", problems);
      Double sigma = number(node, "sigma", problems);
      return problems.size() > before ? null : new DelayDistribution.LogNormal(median, sigma);
    }
    unknownFields(node, UNIFORM_FIELDS, problems);
    Long lower = whole(node, "lowerMs", problems);
    Long upper = whole(node, "upperMs", problems);
    return problems.size() > before ? null : new DelayDistribution.Uniform(lower, upper);
  }

  /** The distribution as the admin API lists it. */
  static Map<String, Object> toJson(DelayDistribution delay) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("distribution", delay.name());
    if (delay instanceof DelayDistribution.LogNormal logNormal) {
      json.put("medianMs", logNormal.medianMs());
      json.put("sigma", logNormal.sigma());
    } else if (delay instanceof DelayDistribution.Uniform uniform) {
      json.put("lowerMs", uniform.lowerMs());
      json.put("upperMs", uniform.upperMs());
    }
    return json;
  }

  private static void unknownFields(JsonNode node, Set<String> allowed, List<String> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!allowed.contains(field)) {
        problems.add(
            "delay."
                + field
                + ": not a field of this distribution (allowed: "
                + new java.util.TreeSet<>(allowed)
                + ")");
      }
    }
  }

  private static Double number(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      problems.add("delay." + field + ": a number is required");
      return null;
    }
    return value.asDouble();
  }

  private static Long whole(JsonNode node, String field, List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      problems.add("delay." + field + ": a whole number of milliseconds is required");
      return null;
    }
    return value.asLong();
  }
}
