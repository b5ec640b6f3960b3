package dev.billingsim.simulator.gateway;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A monotonic time source that moves only when a test moves it. */
final class FakeNanoTime implements LongSupplier {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Override
  public long getAsLong() {
    return nanos.get();
  }
}
