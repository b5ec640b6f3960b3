package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Threads for concurrency tests, released together so that they contend. */
public final class Concurrently {

  /** What one thread does, given its number; an exception or assertion fails the test. */
  public interface Task {
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  /** Runs {@code threads} tasks at once and fails with the first thing that failed in one. */
  public static void run(int threads, Duration limit, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      running.add(
          pool.submit(
              () -> {
                start.await();
                task.run(thread);
                return null;
              }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS))
        .as("threads finished")
        .isTrue();
    for (Future<?> thread : running) {
      thread.get();
    }
  }
}
