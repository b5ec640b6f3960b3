package dev.billingsim.simulator.admin.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON answers of the watch routes, in the admin API's shape ({@code {"error","problems"}}). */
final class WatchJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private WatchJson() {}

  static ResponseDefinition ok(Object body) {
    return respond(200, body);
  }

  static ResponseDefinition refused(int status, String error, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("problems", problems);
    return respond(status, body);
  }

  static ResponseDefinition failed(String error) {
    return refused(500, error, List.of());
  }

  private static ResponseDefinition respond(int status, Object body) {
    try {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(status)
          .withHeader("Content-Type", "application/json;charset=utf-8")
          .withBody(MAPPER.writeValueAsString(body))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render admin answer", e);
    }
  }
}
