package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.simulator.faults.DelayDistribution;
import dev.billingsim.simulator.faults.NetworkFault;
import java.time.Duration;

/**
 * A fault the simulator holds, with the {@code id} it was given. In a listing, {@code times} is
 * what is left of it.
 */
public record InstalledFault(String id, FaultSpec spec) {

  static InstalledFault fromJson(JsonNode rule) {
    String id = rule.path("id").asText();
    if (rule.hasNonNull("subsystem")) {
      return new InstalledFault(
          id,
          new SubsystemFailure(
              Subsystem.fromCode(rule.get("subsystem").asText()),
              text(rule, "error"),
              text(rule, "message"),
              text(rule, "instanceId"),
              text(rule, "uid"),
              integer(rule, "times")));
    }
    long delayMs = rule.path("delayMs").asLong(0);
    return new InstalledFault(
        id,
        new GatewayFault(
            text(rule, "action"),
            text(rule, "accessKeyId"),
            text(rule, "instanceId"),
            text(rule, "error"),
            NetworkFault.named(text(rule, "fault")).orElse(null),
            delayMs == 0 ? null : Duration.ofMillis(delayMs),
            integer(rule, "times"),
            rule.hasNonNull("probability") && rule.get("probability").asDouble() != 1.0
                ? rule.get("probability").asDouble()
                : null,
            delayDistribution(rule.path("delay"))));
  }

  /** The delay's distribution, read by the simulator's own Jackson mapping of it. */
  private static DelayDistribution delayDistribution(JsonNode delay) {
    if (!delay.isObject()) {
      return null;
    }
    try {
      return AdminHttp.JSON.treeToValue(delay, DelayDistribution.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("GET /faults listed a delay this kit cannot read", e);
    }
  }

  private static String text(JsonNode rule, String field) {
    return rule.hasNonNull(field) ? rule.get(field).asText() : null;
  }

  private static Integer integer(JsonNode rule, String field) {
    return rule.hasNonNull(field) ? rule.get(field).asInt() : null;
  }
}
