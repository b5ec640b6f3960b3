package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out of the admin API, and its one refusal shape {@code {"error","problems"}}. The
 * error and each problem are one line each: what they echo of the request (an id from the path, a
 * field name, a value) has its line breaks and control characters escaped.
 */
final class AdminJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json;charset=utf-8";

  private AdminJson() {}

  static ResponseDefinition ok(Object body) {
    return respond(200, body);
  }

  static ResponseDefinition okJson(String json) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", JSON)
        .withBody(json)
        .build();
  }

  static ResponseDefinition refused(String error, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", oneLine(error));
    List<String> lines = new ArrayList<>(problems.size());
    for (String problem : problems) {
      lines.add(oneLine(problem));
    }
    body.put("problems", lines);
    return respond(400, body);
  }

  static ResponseDefinition notFound(String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", oneLine(error));
    body.put("problems", List.of());
    return respond(404, body);
  }

  static ResponseDefinition failed(String error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", oneLine(error));
    body.put("problems", List.of());
    return respond(500, body);
  }

  /** The request body as a JSON object, or null if it is not one. */
  static JsonNode object(String body) {
    try {
      JsonNode node = MAPPER.readTree(body == null ? "" : body);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** {@code text} with every control character, line and paragraph separator escaped. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static ResponseDefinition respond(int status, Object body) {
    try {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(status)
          .withHeader("Content-Type", JSON)
          .withBody(MAPPER.writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render admin answer", e);
    }
  }
}
