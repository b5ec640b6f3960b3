package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.state.StateDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs the fuzz targets once failed on, replayed exactly (in process, as the targets call the
 * admin tasks and the state reader). Seeds are in {@link GeneratedInputsTest#REGRESSIONS}.
 */
class FoundByFuzzingTest {

  private final AdminRoutes admin = new AdminRoutes();

  @Test
  void anIdWithALineBreakIsEchoedOnOneLine() throws Exception {
    ResponseDefinition pay =
        admin.call("POST", "/billing/orders/{id}/pay", Map.of("id", "kR\u0000=\n\u202e"), "");
    assertThat(pay.getStatus()).isEqualTo(404);
    assertThat(Http.JSON.readTree(pay.getBody()).get("error").asText())
        .isEqualTo("no order kR\\u0000=\\n\u202e");
    ResponseDefinition remove =
        admin.call("DELETE", "/billing/faults/{id}", Map.of("id", "a\r\nb"), null);
    assertThat(remove.getStatus()).isEqualTo(404);
    assertThat(Http.JSON.readTree(remove.getBody()).get("error").asText())
        .doesNotContain("\n")
        .doesNotContain("\r");
  }

  @Test
  void aSubsystemFaultNamingNoSubsystemIsRefusedNotANullPointer() {
    ResponseDefinition added =
        admin.call(
            "POST",
            "/billing/faults",
            Map.of(),
            "{\"subsystem\":null,\"error\":\"OrderCaptureFailed\"}");
    assertThat(added.getStatus()).isEqualTo(400);
    assertThat(added.getBody()).contains("subsystem: must be one of");
  }

  @Test
  void aStateProblemEchoingALineBreakStaysOneLine() {
    String document =
        StateDocument.toJson(StateDocument.demo())
            .replace("\"riskFlags\": []", "\"riskFlags\": [\"z\\n\\u2028q\"]");
    StateDocument.Parsed parsed = StateDocument.parse(document);
    assertThat(parsed.problems())
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem).doesNotContain("\n").doesNotContain("\u2028"));
    assertThat(parsed.problems().toString()).contains("z\\n\\u2028q");
  }

  @Test
  void clockMovesPastTheLargestInstantAreRefused() {
    for (String body : new String[] {"{\"by\":\"P999999999Y\"}", "{\"by\":\"PT9999999999999H\"}"}) {
      assertThat(admin.call("POST", "/billing/clock/advance", Map.of(), body).getStatus())
          .as(body)
          .isEqualTo(400);
    }
  }
}
