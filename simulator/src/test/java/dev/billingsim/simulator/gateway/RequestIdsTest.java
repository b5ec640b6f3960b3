package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void writesTheLayoutOfAnUpperCaseUuid() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      long high = random.nextLong();
      long low = random.nextLong();
      assertThat(RequestIds.format(high, low))
          .isEqualTo(new UUID(high, low).toString().toUpperCase(Locale.ROOT));
    }
    assertThat(RequestIds.format(0, -1)).isEqualTo("00000000-0000-0000-FFFF-FFFFFFFFFFFF");
  }

  @Test
  void givesTheSameSequenceForTheSameSeedAndVersion4Ids() {
    RequestIds first = RequestIds.seeded(42);
    RequestIds second = RequestIds.seeded(42);
    for (int i = 0; i < 100; i++) {
      String id = first.next();
      assertThat(second.next()).isEqualTo(id);
      UUID uuid = UUID.fromString(id);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
    }
    assertThat(RequestIds.random().next()).isNotEqualTo(RequestIds.random().next());
  }
}
