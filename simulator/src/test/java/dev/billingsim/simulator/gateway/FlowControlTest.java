package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    AtomicInteger granted = new AtomicInteger();
    Concurrently.run(
        16,
        Duration.ofMinutes(1),
        thread -> {
          for (int i = 0; i < 100; i++) {
            if (flow.tryAcquire("AK", "Renew")) {
              granted.incrementAndGet();
            }
          }
        });

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
