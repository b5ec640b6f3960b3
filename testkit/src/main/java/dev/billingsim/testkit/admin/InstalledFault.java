package dev.billingsim.testkit.admin;

import static dev.billingsim.testkit.admin.AdminHttp.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.simulator.faults.FaultRule;

/**
 * A fault the simulator holds, with the {@code id} it was given. In a listing, {@code times} is
 * what is left of it.
 */
public record InstalledFault(String id, FaultSpec spec) {

  /**
   * Reads a gateway rule as the simulator writes it; a newer simulator's extra fields are skipped.
   */
  private static final ObjectReader RULES =
      AdminHttp.JSON.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
              rule.hasNonNull("times") ? rule.get("times").asInt() : null));
    }
    try {
      return new InstalledFault(
          id, new GatewayFault(RULES.treeToValue(rule, FaultRule.class).withId(null)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("GET /faults listed a rule this kit cannot read: " + rule, e);
    }
  }
}
