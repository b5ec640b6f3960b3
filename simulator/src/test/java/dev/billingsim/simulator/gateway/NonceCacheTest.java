package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

  private final MutableClock clock = MutableClock.at("2024-05-01T10:00:00Z");

  @Test
  void refusesANonceSeenBefore() {
    NonceCache nonces = new NonceCache(clock);

    assertThat(nonces.firstUse("AK", "n-1")).isTrue();
    assertThat(nonces.firstUse("AK", "n-1")).isFalse();
    assertThat(nonces.firstUse("AK", "n-2")).isTrue();
  }

  @Test
  void scopesNoncesPerAccessKey() {
    NonceCache nonces = new NonceCache(clock);

    assertThat(nonces.firstUse("AK-1", "n")).isTrue();
    assertThat(nonces.firstUse("AK-2", "n")).isTrue();
  }

  @Test
  void forgetsANonceAfterFifteenMinutes() {
    NonceCache nonces = new NonceCache(clock);
    nonces.firstUse("AK", "n");

    clock.advance(Duration.ofMinutes(15).minusMillis(1));
    assertThat(nonces.firstUse("AK", "n")).isFalse();

    clock.advance(Duration.ofMillis(1));
    assertThat(nonces.firstUse("AK", "n")).isTrue();
    assertThat(nonces.firstUse("AK", "n")).isFalse();
  }

  @Test
  void evictsOldNoncesSoMemoryFollowsTheWindow() {
    NonceCache nonces = new NonceCache(clock);
    for (int i = 0; i < 1_000; i++) {
      nonces.firstUse("AK", "old-" + i);
    }
    clock.advance(Duration.ofMinutes(16));

    nonces.firstUse("AK", "new");

    assertThat(nonces.size()).isEqualTo(1);
  }

  @Test
  void neverKeepsMoreThanItsCapDroppingTheOldestFirst() {
    NonceCache nonces = new NonceCache(clock, Duration.ofMinutes(15), 100);
    for (int i = 0; i < 1_000; i++) {
      nonces.firstUse("AK", "n-" + i);
    }

    assertThat(nonces.size()).isLessThanOrEqualTo(100);
    assertThat(nonces.firstUse("AK", "n-999")).isFalse();
    assertThat(nonces.firstUse("AK", "n-0")).isTrue();
  }

  @Test
  void acceptsAReusedNonceExactlyOnceUnderContention() throws Exception {
    NonceCache nonces = new NonceCache(clock);
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        tasks.add(
            () -> {
              for (int i = 0; i < 2_000; i++) {
                if (nonces.firstUse("AK", "shared-" + (i % 500))) {
                  accepted.incrementAndGet();
                }
                nonces.firstUse("AK", "own-" + thread + "-" + i);
              }
              return null;
            });
      }
      for (Future<Void> future : pool.invokeAll(tasks)) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(accepted.get()).isEqualTo(500);
    assertThat(nonces.size()).isEqualTo(500 + 8 * 2_000);
  }
}
