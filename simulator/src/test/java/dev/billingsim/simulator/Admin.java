package dev.billingsim.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A bare HTTP client for the admin API, as a test in another language would use it. */
final class Admin {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final String base;

  Admin(Simulator sim) {
    this.base = sim.baseUrl() + "/__admin/billing";
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply put(String path, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  static Reply raw(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    return raw(request.header("Content-Type", "application/json"));
  }
}
