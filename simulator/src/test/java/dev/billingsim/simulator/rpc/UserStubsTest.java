package dev.billingsim.simulator.rpc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserStubsTest {

  private static final UUID CATCH_ALL = UUID.fromString("00000000-0000-0000-0000-00000000b111");

  private final UserStubs stubs = new UserStubs(CATCH_ALL);

  private static StubMapping stub(UUID id) {
    StubMapping mapping = any(anyUrl()).willReturn(aResponse().withStatus(200)).build();
    mapping.setId(id);
    return mapping;
  }

  @Test
  void theCatchAllAloneIsNoUserStub() {
    stubs.afterStubCreated(stub(CATCH_ALL));

    assertThat(stubs.none()).isTrue();
  }

  @Test
  void aUserStubCountsUntilItIsRemoved() {
    StubMapping mine = stub(UUID.randomUUID());
    StubMapping other = stub(UUID.randomUUID());
    stubs.afterStubCreated(mine);
    stubs.afterStubCreated(other);

    stubs.afterStubRemoved(mine);
    assertThat(stubs.none()).isFalse();

    stubs.afterStubRemoved(other);
    assertThat(stubs.none()).isTrue();
  }

  @Test
  void anEditedOrRemovedCatchAllCountsUntilTheSimulatorAddsItAgain() {
    stubs.afterStubEdited(stub(CATCH_ALL), stub(CATCH_ALL));
    assertThat(stubs.none()).isFalse();
    stubs.afterStubCreated(stub(CATCH_ALL));
    assertThat(stubs.none()).isTrue();

    stubs.afterStubRemoved(stub(CATCH_ALL));
    assertThat(stubs.none()).isFalse();
    stubs.afterStubCreated(stub(CATCH_ALL));
    assertThat(stubs.none()).isTrue();
  }

  @Test
  void aResetForgetsEveryUserStub() {
    stubs.afterStubCreated(stub(UUID.randomUUID()));

    stubs.afterStubsReset();

    assertThat(stubs.none()).isTrue();
  }
}
