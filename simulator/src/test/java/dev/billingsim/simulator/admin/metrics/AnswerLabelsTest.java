package dev.billingsim.simulator.admin.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerLabelsTest {

  private final AnswerLabels labels =
      new AnswerLabels(Set.of("RenewARMServerInstance", "QueryAccountBalance"));

  @Test
  void readsTheActionFromTheV3HeaderTheQueryOrTheFormBody() {
    assertThat(labels.action(request("/", "x-acs-action", "QueryAccountBalance", "")))
        .isEqualTo("QueryAccountBalance");
    assertThat(
            labels.action(request("/?Version=1&Action=RenewARMServerInstance&x=1", null, null, "")))
        .isEqualTo("RenewARMServerInstance");
    assertThat(labels.action(request("/", null, null, "AccessKeyId=a&Action=QueryAccountBalance")))
        .isEqualTo("QueryAccountBalance");
  }

  @Test
  void anActionTheSimulatorDoesNotServeNeverBecomesALabel() {
    assertThat(labels.action(request("/?Action=DropAllTables", null, null, ""))).isEqualTo("other");
    assertThat(labels.action(request("/?NoAction=RenewARMServerInstance", null, null, "")))
        .isEqualTo("none");
    assertThat(labels.action(request("/favicon.ico", null, null, ""))).isEqualTo("none");
  }

  @Test
  void readsTheCodeOfAnAnswer() {
    assertThat(AnswerLabels.code(answer(200, "{\"RequestId\":\"r\"}"))).isEqualTo("OK");
    assertThat(
            AnswerLabels.code(
                answer(
                    400,
                    "{\"RequestId\":\"r\",\"HostId\":\"h\",\"Code\":\"PayInsufficientBalance\"}")))
        .isEqualTo("PayInsufficientBalance");
    assertThat(AnswerLabels.code(answer(502, "not json"))).isEqualTo("HTTP502");
    assertThat(
            AnswerLabels.code(
                ResponseDefinitionBuilder.responseDefinition()
                    .withFault(Fault.CONNECTION_RESET_BY_PEER)
                    .build()))
        .isEqualTo("CONNECTION_RESET_BY_PEER");
  }

  private static Request request(String url, String header, String value, String body) {
    ImmutableRequest.Builder request =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://127.0.0.1:8080" + url)
            .withMethod(RequestMethod.POST)
            .withBody(body.getBytes(StandardCharsets.UTF_8));
    if (header != null) {
      request.withHeader(header, value);
    }
    return request.build();
  }

  private static com.github.tomakehurst.wiremock.http.ResponseDefinition answer(
      int status, String body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withBody(body).build();
  }
}
