package dev.billingsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

class NetworkFaultTest {

  @Test
  void eachFaultIsTheWireMockFaultOfTheSameName() {
    for (NetworkFault fault : NetworkFault.values()) {
      assertThat(fault.toWireMock()).isEqualTo(Fault.valueOf(fault.name()));
    }
  }

  @Test
  void findsAFaultOnlyByItsExactName() {
    assertThat(NetworkFault.named("EMPTY_RESPONSE")).contains(NetworkFault.EMPTY_RESPONSE);
    assertThat(NetworkFault.named("empty_response")).isEmpty();
    assertThat(NetworkFault.named(null)).isEmpty();
  }

  @Test
  void ruleNamesItsNetworkFault() {
    assertThat(FaultRule.failing(NetworkFault.CONNECTION_RESET_BY_PEER).networkFault())
        .contains(NetworkFault.CONNECTION_RESET_BY_PEER);
    assertThat(FaultRule.answering("OrderFailed").networkFault()).isEmpty();
  }
}
