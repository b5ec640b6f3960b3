package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.simulator.admin.AdminRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The admin API's transport: JSON over HTTP/1.1 with an optional {@code Authorization: Token}
 * header (the simulator's {@code --admin-token}). Every answer other than 200 becomes an {@link
 * AdminRequestRefused}; a transport failure an {@link UncheckedIOException}.
 */
final class AdminHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final String baseUrl;
  private final String token;
  private final Duration timeout;

  AdminHttp(URI baseUrl, String token, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.baseUrl = baseUrl.toString();
    this.token = token;
    this.timeout = timeout;
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  JsonNode post(String path, JsonNode body) {
    return send("POST", path, body == null ? "" : write(body));
  }

  JsonNode put(String path, String body) {
    return send("PUT", path, body);
  }

  JsonNode delete(String path) {
    return send("DELETE", path, null);
  }

  private JsonNode send(String method, String path, String body) {
    HttpRequest.Builder request =
        AdminRequest.to(baseUrl, token, method, path, body).timeout(timeout);
    String what = method + " " + AdminRequest.PREFIX + path;
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          what + " failed: is a simulator listening at " + baseUrl + "?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted", e);
    }
    JsonNode answer = read(response.body());
    if (response.statusCode() != 200) {
      throw refusal(what, response.statusCode(), answer, response.body());
    }
    if (answer == null) {
      throw new IllegalStateException(
          what + " answered 200 without a JSON body: " + response.body());
    }
    return answer;
  }

  private static AdminRequestRefused refusal(String what, int status, JsonNode answer, String raw) {
    if (answer == null || !answer.has("error")) {
      String line = raw == null || raw.isBlank() ? "no body" : raw.strip().replace('\n', ' ');
      if (status == 401) {
        line = "not authorised: give the simulator's admin token (BillingAdmin.withToken)";
      }
      return new AdminRequestRefused(what, status, line, List.of());
    }
    List<String> problems = new ArrayList<>();
    answer.path("problems").forEach(problem -> problems.add(problem.asText()));
    return new AdminRequestRefused(what, status, answer.get("error").asText(), problems);
  }

  private static JsonNode read(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A field's text, or null if it is missing or null. */
  static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + node, e);
    }
  }
}
