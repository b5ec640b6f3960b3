package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FlowControlTest {

  private final FakeNanoTime time = new FakeNanoTime();
  private final FlowControl flow = new FlowControl(time);

  @Test
  void allowsTenCallsAndThrottlesTheEleventhWithinASecond() {
    for (int i = 0; i < 10; i++) {
      assertThat(flow.tryAcquire("AK", "Renew")).as("call %d", i + 1).isTrue();
    }

    assertThat(flow.tryAcquire("AK", "Renew")).isFalse();
  }

  @Test
  void refillsOneTokenEveryTenthOfASecond() {
    drain("AK", "Renew");

    time.advance(Duration.ofMillis(99));
    assertThat(flow.tryAcquire("AK", "Renew")).isFalse();
    time.advance(Duration.ofMillis(1));
    assertThat(flow.tryAcquire("AK", "Renew")).isTrue();
    assertThat(flow.tryAcquire("AK", "Renew")).isFalse();
  }

  @Test
  void isFullAgainAfterASecondButNeverHoldsMoreThanTen() {
    drain("AK", "Renew");
    time.advance(Duration.ofMinutes(5));

    assertThat(drain("AK", "Renew")).isEqualTo(10);
  }

  @Test
  void keepsOneBucketPerAccessKeyAndAction() {
    drain("AK", "Renew");

    assertThat(flow.tryAcquire("AK", "Describe")).isTrue();
    assertThat(flow.tryAcquire("OTHER", "Renew")).isTrue();
    assertThat(flow.tryAcquire("AK", "Renew")).isFalse();
  }

  @Test
  void letsEverythingThroughWhenOff() {
    FlowControl off = FlowControl.off();
    for (int i = 0; i < 1_000; i++) {
      assertThat(off.tryAcquire("AK", "Renew")).isTrue();
    }
    assertThat(off.isEnabled()).isFalse();
    assertThat(off.bucketCount()).isZero();
  }

  @Test
  void dropsIdleBucketsOnceItReachesItsCap() {
    FlowControl bounded = new FlowControl(true, time, 10, 10, 100);
    for (int i = 0; i < 100; i++) {
      bounded.tryAcquire("AK-" + i, "Renew");
    }
    assertThat(bounded.bucketCount()).isEqualTo(100);
    time.advance(Duration.ofSeconds(1));

    assertThat(bounded.tryAcquire("AK-new", "Renew")).isTrue();

    assertThat(bounded.bucketCount()).isEqualTo(1);
  }

  @Test
  void neverGrowsPastItsCapWhenEveryBucketIsBusy() {
    FlowControl bounded = new FlowControl(true, time, 10, 10, 100);
    for (int i = 0; i < 1_000; i++) {
      bounded.tryAcquire("AK-" + i, "Renew");
    }

    assertThat(bounded.bucketCount()).isEqualTo(100);
  }

  @Test
  void grantsExactlyTheCapacityToConcurrentCallers() throws Exception {
    int threads = 16;
    AtomicInteger granted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            () -> {
              start.await();
              for (int i = 0; i < 100; i++) {
                if (flow.tryAcquire("AK", "Renew")) {
                  granted.incrementAndGet();
                }
              }
              return null;
            });
      }
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(granted.get()).isEqualTo(10);
  }

  private int drain(String accessKeyId, String action) {
    int granted = 0;
    while (flow.tryAcquire(accessKeyId, action)) {
      granted++;
      assertThat(granted).isLessThanOrEqualTo(10);
    }
    return granted;
  }
}
