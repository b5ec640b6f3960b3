package dev.billingsim.features.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.simulator.state.StateDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's admin API (contract section 5) as the HTTP back end uses it: the state document
 * through the simulator's own {@link StateDocument} serializer, fault rules, the clock.
 */
final class AdminClient {

  /** An admin answer: its status and JSON body. */
  record Answer(int status, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  AdminClient(String baseUrl) {
    this.base = baseUrl + "/__admin/billing";
  }

  /** Back to a clean slate (no faults, no rules), then exactly {@code state}. */
  void load(BillingState state) {
    expectOk("POST /reset", send("POST", "/reset", ""));
    expectOk("PUT /state", send("PUT", "/state", StateDocument.toJson(state)));
  }

  BillingState state() {
    Answer answer = expectOk("GET /state", send("GET", "/state", null));
    StateDocument.Parsed parsed = StateDocument.parse(answer.body().toString());
    if (!parsed.problems().isEmpty()) {
      throw new IllegalStateException(
          "GET /state answered a document PUT would refuse: " + parsed.problems());
    }
    return parsed.state();
  }

  void inject(SubsystemFault fault) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subsystem", fault.subsystem().code());
    body.put("error", fault.code());
    putIfSet(body, "message", fault.message());
    putIfSet(body, "instanceId", fault.instanceId());
    putIfSet(body, "uid", fault.uid());
    putIfSet(body, "times", fault.times());
    addFault(body);
  }

  void addFault(Map<String, Object> rule) {
    expectOk("POST /faults " + rule, send("POST", "/faults", json(rule)));
  }

  void advanceTo(Instant when) {
    expectOk(
        "POST /clock/advance", send("POST", "/clock/advance", json(Map.of("to", when.toString()))));
  }

  Answer payOrder(String orderId) {
    return send("POST", "/orders/" + orderId + "/pay", "");
  }

  private Answer send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      return new Answer(
          response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  private static Answer expectOk(String what, Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
    }
    return answer;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putIfSet(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
