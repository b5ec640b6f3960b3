package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fault rules whose delay is drawn from a distribution, through the admin API. */
class DelayDistributionIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(42L));

  private static final Http admin = SIM.admin();

  @Test
  void aLogNormalRuleIsListedWithItsDistribution() {
    Http.Reply added =
        admin.post(
            "/faults",
            "{\"action\":\"RenewARMServerInstance\",\"delay\":{\"distribution\":\"lognormal\","
                + "\"medianMs\":80,\"sigma\":0.4}}");

    assertThat(added.status()).isEqualTo(200);
    JsonNode listed = admin.get("/faults").json().get("faults").get(0);
    assertThat(listed.get("delay").toString())
        .isEqualTo("{\"distribution\":\"lognormal\",\"medianMs\":80.0,\"sigma\":0.4}");
    assertThat(listed.get("delayMs").asLong()).isZero();
  }

  @Test
  void aUniformRuleDelaysEachAnswerWithinItsRange() throws Exception {
    admin.post(
        "/faults",
        "{\"action\":\"RenewARMServerInstance\",\"delay\":{\"distribution\":\"uniform\","
            + "\"lowerMs\":300,\"upperMs\":400},\"times\":2}");

    for (int i = 0; i < 2; i++) {
      long start = System.nanoTime();
      Sdk.renewDemo(SIM.sim(), false);
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }
  }

  /** A bad rule and the problems the refusal lists, {@code ;}-separated. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          {"delay":{"distribution":"pareto"}}                                            | delay.distribution: must be one of [lognormal, uniform]
          {"delay":"80ms"}                                                               | delay: must be a JSON object
          {"delay":{"distribution":"lognormal","medianMs":"80","sigma":0.4,"mean":3}}    | delay.mean: unknown field (allowed: distribution, medianMs, sigma);delay.medianMs: must be a number
          {"delay":{"distribution":"uniform","lowerMs":50,"upperMs":10}}                 | delay.upperMs: must not be less than lowerMs (50)
          {"delay":{"distribution":"uniform","lowerMs":1.5,"upperMs":10}}                | delay.lowerMs: must be a whole number
          {"delayMs":20,"delay":{"distribution":"uniform","lowerMs":1,"upperMs":2}}      | delay: cannot be combined with delayMs (give one or the other)
          {"delay":{"distribution":"lognormal","medianMs":80,"sigma":9}}                 | delay.sigma: must be between 0 and 4.0
          """)
  void badDistributionsAreRefusedWithEveryProblemAndNothingIsAdded(String body, String problems) {
    Http.Reply reply = admin.post("/faults", body);

    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isEqualTo("invalid fault rule");
    assertThat(reply.json().get("problems"))
        .as(body)
        .extracting(JsonNode::asText)
        .containsExactly(problems.split(";"));
    assertThat(admin.get("/faults").json().get("faults")).isEmpty();
  }

  @Test
  void theFixedDelayFormStillWorks() {
    Http.Reply added = admin.post("/faults", "{\"delayMs\":250}");

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().get("delayMs").asLong()).isEqualTo(250);
    assertThat(added.json().has("delay")).isFalse();
  }
}
