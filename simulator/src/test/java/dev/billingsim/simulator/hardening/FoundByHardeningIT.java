package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.InProcessSimulator;
import dev.billingsim.simulator.gateway.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every input that once made the admin API fail, found by the load test and the fuzzers, kept as a
 * regression case over HTTP (the request-size and gzip findings are in {@link GatewaySecurityIT},
 * the seeds in {@link GeneratedInputsTest#REGRESSIONS}).
 */
class FoundByHardeningIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(9L));

  private static final Http admin = SIM.admin();

  /** Found by the load test: the later of two concurrent moves failed with a 500. */
  @Test
  void concurrentClockMovesAddUpInsteadOfFailing() throws Exception {
    Instant start = Instant.parse(admin.get("/clock").json().get("now").asText());
    Concurrently.run(
        8,
        Duration.ofSeconds(30),
        thread -> {
          for (int i = 0; i < 5; i++) {
            assertThat(admin.post("/clock/advance", "{\"by\":\"PT1H\"}").status()).isEqualTo(200);
          }
        });
    assertThat(Instant.parse(admin.get("/clock").json().get("now").asText()))
        .isEqualTo(start.plus(Duration.ofHours(40)));
  }

  /** Found by fuzzing: a period that parses but runs past the largest instant was a 500. */
  @Test
  void aClockMovePastTheLargestInstantIsA400() {
    for (String body : List.of("{\"by\":\"P999999999Y\"}", "{\"by\":\"PT9999999999999H\"}")) {
      Http.Reply reply = admin.post("/clock/advance", body);
      assertThat(reply.status()).as(body + " -> " + reply.body()).isEqualTo(400);
      assertThat(reply.json().get("problems").get(0).asText()).startsWith("by: ");
    }
  }

  /** Found by fuzzing: a subsystem fault naming no subsystem was a NullPointerException (500). */
  @Test
  void aSubsystemFaultWithANullSubsystemIsA400() {
    Http.Reply reply =
        admin.post("/faults", "{\"subsystem\":null,\"error\":\"OrderCaptureFailed\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().get("problems").toString()).contains("subsystem: must be one of");
    assertThat(admin.get("/faults").json().get("faults")).isEmpty();
  }

  /** Found by fuzzing: an id or a value with a line break made a refusal span several lines. */
  @Test
  void refusalsStayOneLineWhateverTheyEcho() {
    // (A line break in a path id, found in process, cannot come over HTTP: see AdminJsonTarget.)
    String state =
        admin.get("/state").body().replace("\"riskFlags\": []", "\"riskFlags\": [\"z\\nq\"]");
    Http.Reply badFlag = admin.put("/state", state);
    assertThat(badFlag.status()).isEqualTo(400);
    for (JsonNode problem : badFlag.json().get("problems")) {
      assertThat(problem.asText()).doesNotContain("\n").doesNotContain("\r");
    }
    assertThat(badFlag.json().get("problems").toString()).contains("z\\\\nq");
  }
}
