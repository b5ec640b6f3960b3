package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aliyun.tea.TeaException;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the journal off, RPC calls skip WireMock's stub pipeline (DirectRpcFilter), and every
 * promise of that pipeline still holds: a user's stub wins, fault rules cut connections and delay
 * answers, and an edited or removed catch-all is WireMock's to serve. Which path answered shows in
 * WireMock's {@code Matched-Stub-Id} header, which only its pipeline adds.
 */
class DirectRpcPathIT {

  @RegisterExtension
  static final InProcessSimulator SIM =
      new InProcessSimulator(options -> options.seed(7L).journal(0));

  private static final Http admin = SIM.admin();

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static Map<String, Object> renewDemo() throws Exception {
    return Sdk.renewDemo(SIM.sim(), true);
  }

  /** An unsigned call: the simulator refuses it, whichever path answers. */
  private static HttpResponse<String> unsignedCall(Simulator target) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(target.baseUrl() + "/?Action=RenewARMServerInstance"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static boolean servedByWireMocksPipeline(HttpResponse<String> response) {
    return response.headers().firstValue("Matched-Stub-Id").isPresent();
  }

  @Test
  void anRpcCallIsAnsweredDirectlyWhileNothingCouldTell() throws Exception {
    HttpResponse<String> refused = unsignedCall(SIM.sim());

    assertThat(servedByWireMocksPipeline(refused)).isFalse();
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValue("application/json;charset=utf-8");
    assertThat(refused.body()).contains("\"Code\":\"MissingParameter\"").contains("\"HostId\"");
    assertThat(renewDemo()).containsKey("RequestId");
    assertThat(admin.get("/orders").json().get("orders")).hasSize(1);
  }

  @Test
  void aUserStubWinsAndTheDirectPathReturnsWhenItIsRemoved() throws Exception {
    StubMapping stub = SIM.stubEveryRpcPost();

    assertThat(renewDemo().get("RequestId")).isEqualTo("STUBBED");
    assertThat(admin.get("/orders").json().get("orders")).isEmpty();

    SIM.sim().wireMock().removeStub(stub);

    assertThat(renewDemo().get("RequestId")).isNotEqualTo("STUBBED");
    assertThat(servedByWireMocksPipeline(unsignedCall(SIM.sim()))).isFalse();
  }

  @Test
  void aRemovedCatchAllIsWireMocksToServeUntilAResetPutsItBack() throws Exception {
    SIM.sim()
        .wireMock()
        .removeStubMapping(SIM.sim().wireMock().getSingleStubMapping(Simulator.CATCH_ALL));

    assertThat(unsignedCall(SIM.sim()).statusCode()).isEqualTo(404);

    SIM.sim().wireMock().resetAll();

    assertThat(servedByWireMocksPipeline(unsignedCall(SIM.sim()))).isFalse();
    assertThat(renewDemo()).containsKey("RequestId");
  }

  @Test
  void aNetworkFaultRuleStillBreaksTheConnection() {
    admin.post("/faults", "{\"fault\":\"CONNECTION_RESET_BY_PEER\",\"times\":1}");

    Throwable failure = catchThrowable(DirectRpcPathIT::renewDemo);

    assertThat(failure).isNotNull().isNotInstanceOf(TeaException.class);
  }

  @Test
  void aDelayRuleStillDelaysTheAnswerAndTheDirectPathReturnsWhenItIsGone() throws Exception {
    admin.post("/faults", "{\"action\":\"RenewARMServerInstance\",\"delayMs\":400,\"times\":1}");

    long start = System.nanoTime();
    Map<String, Object> answer = renewDemo();
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(answer).containsKey("RequestId");
    assertThat(tookMs).isGreaterThanOrEqualTo(400);
    assertThat(admin.delete("/faults").status()).isEqualTo(200);
    assertThat(servedByWireMocksPipeline(unsignedCall(SIM.sim()))).isFalse();
  }

  @Test
  void withTheJournalOnEveryCallGoesThroughWireMockAndIsRecorded() throws Exception {
    try (Simulator journaled = Simulator.builder().port(0).flowControl(false).journal(5).start()) {
      HttpResponse<String> refused = unsignedCall(journaled);

      assertThat(servedByWireMocksPipeline(refused)).isTrue();
      assertThat(refused.body()).contains("\"Code\":\"MissingParameter\"");
      assertThat(journaled.wireMock().getAllServeEvents()).hasSize(1);
    }
  }
}
