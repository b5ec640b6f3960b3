package dev.billingsim.simulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.simulator.gateway.JsonResponses;
import dev.billingsim.simulator.state.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in and out of the admin API, and its one refusal shape {@code {"error","problems"}}. The
 * error and each problem are one line each: what they echo of the request (an id from the path, a
 * field name, a value) has its line breaks and control characters escaped.
 */
public final class AdminJson {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private AdminJson() {}

  public static ResponseDefinition ok(Object body) {
    return respond(200, body);
  }

  static ResponseDefinition okJson(String json) {
    return JsonResponses.of(200, json);
  }

  static ResponseDefinition refused(String error, List<String> problems) {
    return refused(400, error, problems);
  }

  static ResponseDefinition notFound(String error) {
    return refused(404, error, List.of());
  }

  public static ResponseDefinition failed(String error) {
    return refused(500, error, List.of());
  }

  /** A refusal with this status, in the admin API's shape ({@code {"error","problems"}}). */
  public static ResponseDefinition refused(int status, String error, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", Problems.oneLine(error));
    body.put("problems", problems.stream().map(Problems::oneLine).toList());
    return respond(status, body);
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

  private static ResponseDefinition respond(int status, Object body) {
    try {
      return JsonResponses.of(status, MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render admin answer", e);
    }
  }
}
