package dev.billingsim.simulator.persist;

import static dev.billingsim.simulator.persist.Worlds.renew;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.instance.Product;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int account = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < RENEWALS; i++) {
                    renew(world.billing, account, i % 2 == 0 ? Product.ENS : Product.ECS, 1);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
      pool.shutdown();
      live = world.export();
      assertThat(world.billing.export().orders()).hasSize(THREADS * RENEWALS);
    }

    try (Worlds.Live again = new Worlds.Live(file, Worlds.accounts(1))) {
      assertThat(again.export()).isEqualTo(live);
    }
  }
}
