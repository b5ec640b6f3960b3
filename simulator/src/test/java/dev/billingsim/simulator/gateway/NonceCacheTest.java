package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.clock.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2024-05-01T10:00:00Z"));
  private final NonceCache nonces = new NonceCache(clock);

  @Test
  void refusesANonceSeenBefore() {
    assertThat(nonces.firstUse("AK", "n-1")).isTrue();
    assertThat(nonces.firstUse("AK", "n-1")).isFalse();
    assertThat(nonces.firstUse("AK", "n-2")).isTrue();
  }

  @Test
  void scopesNoncesPerAccessKey() {
    assertThat(nonces.firstUse("AK-1", "n")).isTrue();
    assertThat(nonces.firstUse("AK-2", "n")).isTrue();
  }

  @Test
  void forgetsANonceAfterFifteenMinutes() {
    nonces.firstUse("AK", "n");

    clock.set(clock.instant().plus(Duration.ofMinutes(15).minusMillis(1)));
    assertThat(nonces.firstUse("AK", "n")).isFalse();

    clock.set(clock.instant().plus(Duration.ofMillis(1)));
    assertThat(nonces.firstUse("AK", "n")).isTrue();
    assertThat(nonces.firstUse("AK", "n")).isFalse();
  }

  @Test
  void evictsOldNoncesSoMemoryFollowsTheWindow() {
    for (int i = 0; i < 1_000; i++) {
      nonces.firstUse("AK", "old-" + i);
    }
    clock.set(clock.instant().plus(Duration.ofMinutes(16)));

    nonces.firstUse("AK", "new");

    assertThat(nonces.size()).isEqualTo(1);
  }

  @Test
  void neverKeepsMoreThanItsCapDroppingTheOldestFirst() {
    NonceCache capped = new NonceCache(clock, Duration.ofMinutes(15), 100);
    for (int i = 0; i < 1_000; i++) {
      capped.firstUse("AK", "n-" + i);
    }

    assertThat(capped.size()).isLessThanOrEqualTo(100);
    assertThat(capped.firstUse("AK", "n-999")).isFalse();
    assertThat(capped.firstUse("AK", "n-0")).isTrue();
  }

  @Test
  void acceptsAReusedNonceExactlyOnceUnderContention() throws Exception {
    AtomicInteger accepted = new AtomicInteger();
    Concurrently.run(
        8,
        Duration.ofMinutes(1),
        thread -> {
          for (int i = 0; i < 2_000; i++) {
            if (nonces.firstUse("AK", "shared-" + (i % 500))) {
              accepted.incrementAndGet();
            }
            nonces.firstUse("AK", "own-" + thread + "-" + i);
          }
        });

    assertThat(accepted.get()).isEqualTo(500);
    assertThat(nonces.size()).isEqualTo(500 + 8 * 2_000);
  }
}
