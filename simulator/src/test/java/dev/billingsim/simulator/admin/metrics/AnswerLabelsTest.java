package dev.billingsim.simulator.admin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerLabelsTest {

  private final AnswerLabels labels =
      new AnswerLabels(Set.of("RenewARMServerInstance", "QueryAccountBalance"));

  @Test
  void anActionTheSimulatorServesIsItsOwnLabel() {
    assertThat(labels.action("QueryAccountBalance")).isEqualTo("QueryAccountBalance");
    assertThat(labels.action("RenewARMServerInstance")).isEqualTo("RenewARMServerInstance");
  }

  @Test
  void anActionTheSimulatorDoesNotServeNeverBecomesALabel() {
    assertThat(labels.action("DropAllTables")).isEqualTo("other");
    assertThat(labels.action(null)).isEqualTo("none");
  }

  @Test
  void readsTheCodeOfAnAnswer() {
    assertThat(AnswerLabels.code(answer(200, "{\"RequestId\":\"r\"}"))).isEqualTo("OK");
    String refusal = "{\"RequestId\":\"r\",\"HostId\":\"h\",\"Code\":\"PayInsufficientBalance\"}";
    assertThat(AnswerLabels.code(answer(400, refusal))).isEqualTo("PayInsufficientBalance");
    assertThat(AnswerLabels.code(answer(502, "not json"))).isEqualTo("HTTP502");
    assertThat(
            AnswerLabels.code(
                ResponseDefinitionBuilder.responseDefinition()
                    .withFault(Fault.CONNECTION_RESET_BY_PEER)
                    .build()))
        .isEqualTo("CONNECTION_RESET_BY_PEER");
  }

  private static ResponseDefinition answer(int status, String body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(body).build();
  }
}
