package dev.billingsim.simulator.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * ENS sends list parameters as one JSON-array string ({@code ServerIds=["aic-1","aic-2"]}); a plain
 * value counts as a one-item list. Unparsable text yields null so the action can refuse it.
 */
final class JsonLists {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLists() {}

  static List<String> parse(String text) {
    if (text == null) {
      return List.of();
    }
    String trimmed = text.trim();
    if (!trimmed.startsWith("[")) {
      return List.of(trimmed);
    }
    try {
      JsonNode node = MAPPER.readTree(trimmed);
      List<String> values = new ArrayList<>();
      for (JsonNode item : node) {
        if (!item.isValueNode()) {
          return null;
        }
        values.add(item.asText());
      }
      return values;
    } catch (Exception e) {
      return null;
    }
  }
}
