package dev.billingsim.simulator.persist;

import static dev.billingsim.simulator.persist.Worlds.renew;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.instance.Product;
import dev.billingsim.simulator.gateway.Concurrently;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentCommitTest {

  private static final int THREADS = 8;
  private static final int RENEWALS = 50;

  @TempDir Path dir;

  @Test
  void reloadsExactlyWhatEightConcurrentCommittersAcknowledged() throws Exception {
    Path file = dir.resolve("billing.log");
    String live;
    try (Worlds.Live world = new Worlds.Live(file, Worlds.accounts(THREADS), 64 * 1024)) {
      Concurrently.run(
          THREADS,
          Duration.ofMinutes(2),
          account -> {
            for (int i = 0; i < RENEWALS; i++) {
              renew(world.billing, account, i % 2 == 0 ? Product.ENS : Product.ECS, 1);
            }
          });
      live = world.export();
      assertThat(world.billing.export().orders()).hasSize(THREADS * RENEWALS);
    }

    assertThat(Worlds.reopened(file).export()).isEqualTo(live);
  }
}
