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
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

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
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply put(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  Reply delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  static Reply raw(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Sends a request line as given, byte for byte, over a plain socket: for URLs that {@link
   * java.net.URI} refuses to build (broken percent-encoding), as a hostile client could send.
   */
  static Reply rawLine(int port, String method, String target) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
      socket
          .getOutputStream()
          .write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String response =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int status = Integer.parseInt(response.substring(9, 12));
      int bodyAt = response.indexOf("\r\n\r\n");
      return new Reply(status, bodyAt < 0 ? "" : response.substring(bodyAt + 4));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    return raw(request.header("Content-Type", "application/json"));
  }
}
