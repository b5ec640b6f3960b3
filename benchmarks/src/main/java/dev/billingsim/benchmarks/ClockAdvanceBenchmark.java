package dev.billingsim.benchmarks;

import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.event.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Moving the clock: POST /__admin/billing/clock/advance over a world where 1k, 10k or 100k
 * instances fall due within the 30 days moved. Half of them auto-renew (a full renewal each, with
 * its order), the rest expire, and those that expire in the first half of the month are released
 * after the 15-day retention: about 1.25 events per instance.
 *
 * What it teaches:
 *  - advanceThirtyDays: the clock finds what is due in one pass and runs it from a priority queue,
 *    so the cost must grow as n (n log n for the queue), not n^2: score/due should stay roughly
 *    flat from 1k to 100k. An O(n) step per due item (rescanning the world, or an account's
 *    orders, for each one) shows up as a 10x jump per row.
 *  - baseline: moving the clock one hour, when nothing is due: the single scan of the world that
 *    every move pays.
 *
 * A move changes the world, so it cannot be repeated on the same world: this is single-shot
 * (Mode.SingleShotTime, as JMH's sample 26 does for operations without a steady state), with a
 * fresh world built before every iteration, each iteration one move; hence many iterations.
 *
 * A move allocates about 4 KB per instance (370 MB for 100k; -prof gc). The young generation is
 * sized (-Xmn2g) so that no collection falls inside a move, after the set-up's full collection:
 * otherwise whether a young collection happens to land in the move, and how much of the new world
 * it must copy, decides the 100k row more than the clock's own work does.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar ClockAdvanceBenchmark
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Xmn2g"})
public class ClockAdvanceBenchmark {

  @Param({"1000", "10000", "100000"})
  int due;

  Billing billing;
  Instant thirtyDaysOn;
  Instant anHourOn;

  @Setup(Level.Iteration)
  public void buildWorld() {
    billing = Billing.of(Worlds.falling(due));
    thirtyDaysOn = Worlds.START.plus(Duration.ofDays(30));
    anHourOn = Worlds.START.plus(Duration.ofHours(1));
    // Promote the new world now, so that a young collection during the move need not copy it.
    System.gc();
  }

  @Benchmark
  public List<DomainEvent> baseline() {
    return billing.advanceTo(anHourOn);
  }

  @Benchmark
  public List<DomainEvent> advanceThirtyDays() {
    return billing.advanceTo(thirtyDaysOn);
  }
}
