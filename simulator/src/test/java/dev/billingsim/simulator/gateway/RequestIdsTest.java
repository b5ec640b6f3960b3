package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void givesTheSameSequenceForTheSameSeedAndVersion4Ids() {
    RequestIds first = RequestIds.seeded(42);
    RequestIds second = RequestIds.seeded(42);
    for (int i = 0; i < 100; i++) {
      String id = first.next();
      assertThat(second.next()).isEqualTo(id);
      assertThat(id).isUpperCase();
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
    }
    assertThat(RequestIds.random().next()).isNotEqualTo(RequestIds.random().next());
  }
}
