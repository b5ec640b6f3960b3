package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerifiedRequestTest {

  private final VerifiedRequest caller =
      new VerifiedRequest(
          "AK",
          "RenewARMServerInstance",
          "2017-11-10",
          RpcParameters.of(
              "Action", "RenewARMServerInstance",
              "InstanceId", "aic-1",
              "Signature", "abc=",
              "Period", "",
              "InstanceId", "aic-2",
              "PrivatePoolOptions.Id.1", "eap-1"),
          SignatureScheme.V1);

  @Test
  void givesTheFirstValueOfEachBusinessParameterAndHidesTheCommonOnes() {
    Map<String, String> values = caller.firstValues();

    assertThat(values.get("InstanceId")).isEqualTo("aic-1");
    assertThat(values.get("Period")).isEmpty();
    assertThat(values.get("Action")).isNull();
    assertThat(values.get("Signature")).isNull();
    assertThat(values.get("Missing")).isNull();
    assertThat(values.containsKey("Period")).isTrue();
    assertThat(values.containsKey("Version")).isFalse();
  }

  @Test
  void iteratesAsTheMapOfFirstValuesInArrivalOrder() {
    assertThat(caller.firstValues())
        .containsExactly(
            Map.entry("InstanceId", "aic-1"),
            Map.entry("Period", ""),
            Map.entry("PrivatePoolOptions.Id.1", "eap-1"))
        .isEqualTo(Map.of("InstanceId", "aic-1", "Period", "", "PrivatePoolOptions.Id.1", "eap-1"));
  }

  @Test
  void cannotBeChanged() {
    Map<String, String> values = caller.firstValues();

    assertThatThrownBy(() -> values.put("InstanceId", "other"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> values.entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
