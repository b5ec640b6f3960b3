package dev.billingsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FaultRuleJsonTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void ruleReadFromJsonWithFieldsLeftOutTakesTheContractDefaults() throws Exception {
    FaultRule rule = json.readValue("{\"error\": \"PayHsfTimeoutError\"}", FaultRule.class);

    assertThat(rule).isEqualTo(FaultRule.answering("PayHsfTimeoutError"));
    assertThat(rule.delayMs()).isZero();
    assertThat(rule.probability()).isEqualTo(1.0);
    assertThat(rule.times()).isNull();
  }

  @Test
  void ruleWrittenAsJsonHasExactlyTheContractFields() throws Exception {
    FaultRule rule = FaultRule.answering("PayHsfTimeoutError").withId("f-1").withTimes(1);

    JsonNode written = json.valueToTree(rule);

    assertThat(written.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "action",
            "accessKeyId",
            "instanceId",
            "error",
            "fault",
            "delayMs",
            "times",
            "probability");
    assertThat(json.treeToValue(written, FaultRule.class)).isEqualTo(rule);
  }

  @Test
  void aDrawnDelayIsWrittenWithItsDistributionNameAndReadBack() throws Exception {
    FaultRule rule =
        new FaultRule(null, null, null, null, null, null, null, null, null)
            .withId("f-2")
            .withDelay(new DelayDistribution.LogNormal(80, 0.4));

    JsonNode written = json.valueToTree(rule);

    assertThat(written.get("delay").toString())
        .isEqualTo("{\"distribution\":\"lognormal\",\"medianMs\":80.0,\"sigma\":0.4}");
    assertThat(json.treeToValue(written, FaultRule.class)).isEqualTo(rule);
  }
}
