package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint of the billing admin API, driven over HTTP as a test in any language would. */
class AdminApiIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(42L));

  private static final Http admin = SIM.admin();

  private static Map<String, Object> renewDemo() throws Exception {
    return Sdk.renewDemo(SIM.sim(), false);
  }

  @Test
  void stateGetThenPutThenGetIsIdentical() {
    String first = admin.get("/state").body();

    Http.Reply put = admin.put("/state", first);

    assertThat(put.status()).isEqualTo(200);
    assertThat(admin.get("/state").body()).isEqualTo(first);
    assertThat(admin.get("/state").json().get("accounts").get(0).get("uid").asText())
        .isEqualTo("1000000000000001");
  }

  @Test
  void anInvalidStateIsRefusedWithEveryProblemAndChangesNothing() {
    String before = admin.get("/state").body();

    Http.Reply reply =
        admin.put(
            "/state",
            "{\"now\":\"yesterday\",\"accounts\":[{\"uid\":\"1\",\"cash\":\"lots\"}],\"instances\":[],\"orders\":[]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isNotBlank();
    assertThat(reply.json().get("problems")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(reply.body()).contains("now").contains("accounts[0].cash");
    assertThat(admin.get("/state").body()).isEqualTo(before);
  }

  @Test
  void resetGoesBackToTheStartingState() throws Exception {
    String start = admin.get("/state").body();
    renewDemo();
    assertThat(admin.get("/state").body()).isNotEqualTo(start);

    admin.post("/reset", "");

    assertThat(admin.get("/state").body()).isEqualTo(start);
  }

  @Test
  void theClockMovesOnlyWhenToldAndReportsWhatHappened() {
    assertThat(admin.get("/clock").json().get("now").asText()).isEqualTo("2026-11-22T00:00:00Z");

    Http.Reply moved = admin.post("/clock/advance", "{\"by\":\"P30D\"}");

    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.json().get("now").asText()).isEqualTo("2026-12-22T00:00:00Z");
    assertThat(moved.json().get("events"))
        .extracting(event -> event.get("type").asText())
        .contains("InstanceExpired");
    Http.Reply movedTo = admin.post("/clock/advance", "{\"to\":\"2027-01-01T00:00:00Z\"}");
    assertThat(movedTo.json().get("now").asText()).isEqualTo("2027-01-01T00:00:00Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"to\":\"2000-01-01T00:00:00Z\"}", "{\"by\":\"soon\"}", "not json"})
  void theClockRefusesToGoBackOrToReadNonsense(String move) {
    assertThat(admin.post("/clock/advance", move).status()).isEqualTo(400);
  }

  /** An error rule, or a subsystem fault where that subsystem is called, fails one renewal. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          anErrorRule     | {"action":"RenewARMServerInstance","error":"PayHsfTimeoutError","times":1} | PayHsfTimeoutError   | Call payment system timeout.
          aSubsystemFault | {"subsystem":"pricing","error":"PriceHsfTimeoutError","times":1}          | PriceHsfTimeoutError | Time out when calling the request for quotation interface.
          """)
  void aRuleAnswersTheCatalogueCodeOnceAndChangesNothing(
      String name, String rule, String code, String message) throws Exception {
    String before = admin.get("/state").body();
    Http.Reply added = admin.post("/faults", rule);
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().get("id").asText()).isNotBlank();

    TeaException error = catchThrowableOfType(TeaException.class, AdminApiIT::renewDemo);

    assertThat(error.getCode()).isEqualTo(code);
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getMessage()).contains(message);
    assertThat(admin.get("/state").body()).isEqualTo(before);
    assertThat(renewDemo()).containsKey("RequestId");
  }

  @Test
  void aNetworkFaultBreaksTheConnection() {
    admin.post("/faults", "{\"error\":null,\"fault\":\"CONNECTION_RESET_BY_PEER\",\"times\":1}");

    Throwable failure = catchThrowable(AdminApiIT::renewDemo);

    assertThat(failure).isNotNull().isNotInstanceOf(TeaException.class);
  }

  @Test
  void aDelayedAnswerArrivesLate() throws Exception {
    admin.post("/faults", "{\"action\":\"RenewARMServerInstance\",\"delayMs\":400,\"times\":1}");

    long start = System.nanoTime();
    renewDemo();
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(tookMs).isGreaterThanOrEqualTo(400);
  }

  @Test
  void aRuleWithAProbabilityFiresReproduciblyForAFixedSeed() throws Exception {
    List<Boolean> first = firingsOnAFreshSimulator();

    assertThat(firingsOnAFreshSimulator()).isEqualTo(first);
    assertThat(first).contains(true, false);
  }

  /** Which of 20 balance queries a 50% rule fails, on a new simulator seeded 42. */
  private static List<Boolean> firingsOnAFreshSimulator() throws Exception {
    try (Simulator fresh = Simulator.builder().port(0).seed(42L).flowControl(false).start()) {
      new Http(fresh.baseUrl())
          .post(
              "/faults",
              "{\"action\":\"QueryAccountBalance\",\"error\":\"PaySystemError\",\"probability\":0.5}");
      var bss = Sdk.bss(fresh, "demo-ak", "demo-secret");
      return Stream.generate(() -> catchThrowable(bss::queryAccountBalance) != null)
          .limit(20)
          .toList();
    }
  }

  @Test
  void faultsAreListedRemovedOneByOneAndAllAtOnce() {
    String id = admin.post("/faults", "{\"error\":\"PaySystemError\"}").json().get("id").asText();
    admin.post("/faults", "{\"subsystem\":\"tax\",\"error\":\"PayTaxCalcFailed\"}");

    assertThat(admin.get("/faults").json().get("faults")).hasSize(2);
    assertThat(admin.delete("/faults/" + id).status()).isEqualTo(200);
    assertThat(admin.delete("/faults/" + id).status()).isEqualTo(404);
    assertThat(admin.get("/faults").json().get("faults")).hasSize(1);
    assertThat(admin.delete("/faults").status()).isEqualTo(200);
    assertThat(admin.get("/faults").json().get("faults")).isEmpty();
  }

  /** A rule the API refuses (400), naming what is wrong with it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          aSubsystemRefusesACodeItCannotProduce | {"subsystem":"pricing","error":"PayHsfTimeoutError"}         | pricing
          anInvalidRuleListsEveryProblem        | {"error":"NoSuchCode","probability":2,"colour":"red"} | colour
          """)
  void refusesABadRule(String name, String rule, String named) {
    Http.Reply reply = admin.post("/faults", rule);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains(named);
  }

  @Test
  void theCatalogueListsEveryRowWithItsTrigger() {
    JsonNode entries = admin.get("/catalogue").json().get("entries");

    assertThat(entries).hasSize(118);
    assertThat(entries.get(0).get("api").asText()).isEqualTo("ens:RenewARMServerInstance");
    assertThat(entries.get(0).get("httpStatus").isInt()).isTrue();
    entries.forEach(entry -> assertThat(entry.get("trigger").asText()).isNotBlank());
  }

  @Test
  void ordersShowLinesAndPaymentsBySource() throws Exception {
    renewDemo();

    JsonNode order = admin.get("/orders").json().get("orders").get(0);

    assertThat(order.get("type").asText()).isEqualTo("RENEW");
    assertThat(order.get("status").asText()).isEqualTo("PAID");
    assertThat(order.get("lines").get(0).get("instanceId").asText()).isEqualTo("aic-demo-0001");
    assertThat(order.get("payments"))
        .extracting(payment -> payment.get("source").asText())
        .containsExactly("coupon", "storedValueCard");
  }

  @Test
  void aUserStubTakesPrecedenceOverTheSimulator() throws Exception {
    SIM.stubEveryRpcPost();

    assertThat(renewDemo().get("RequestId")).isEqualTo("STUBBED");
  }

  @Test
  void aWireMockResetKeepsTheSimulatorAnswering() throws Exception {
    SIM.sim().wireMock().resetAll();

    assertThat(renewDemo()).containsKey("RequestId");
  }
}
