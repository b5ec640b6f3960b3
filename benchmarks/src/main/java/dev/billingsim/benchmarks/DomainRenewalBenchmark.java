package dev.billingsim.benchmarks;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.RenewalReceipt;
import dev.billingsim.domain.result.Result;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/*
 * Domain renewal: one successful one-month RenewARMServerInstance inside the domain (every check,
 * pricing, the payment plan, one atomic change and its order), with no HTTP, JSON or signature.
 *
 * What it teaches:
 *  - renewOneThread: the cost of the business rules alone, the floor under every HTTP renewal.
 *  - renewDistinctAccounts, @Threads(2): each thread renews its own account's instances. A command
 *    locks only its account's book, so this should scale with cores: the goal is at least 1.7x
 *    renewOneThread on two cores.
 *  - renewOneAccount, @Threads(2): both threads renew instances of the same account, so the
 *    account's lock serialises them. Expect less than renewOneThread: the work does not overlap and
 *    the lock and the account's data move between cores on every hand-over. The contended case,
 *    what a client hammering one account gets.
 *  - baseline: picking the next instance and building the command, without renewing.
 *
 * Steady state: a renewal moves its instance's term a month ahead and records an order, and no
 * term may reach more than five years ahead (OrderPeriodInvalid), so one instance takes only 59
 * renewals. The world is therefore rebuilt before every iteration (@Setup(Level.Iteration)), and
 * each thread walks round its own slice of SLICE instances, which holds 59 * SLICE renewals, more
 * than an iteration makes. @TearDown(Level.Iteration) fails the run if a single renewal was
 * refused, so every score counts successful renewals only.
 *
 * Garbage collection: every renewal keeps about 250 bytes (its order and the order's index entry)
 * and discards about 2 KB. At a million
 * renewals a second, copying what is kept is most of a young collection's work, and on two cores
 * the collector takes both cores from the two benchmark threads (-prof gc: about half the time in
 * 1-second iterations). So iterations are short (200 ms) and the young generation large
 * (-Xmn3g): no collection falls inside an iteration; the set-up's full collection (System.gc(),
 * which also promotes the new world) clears each iteration's garbage. The score is the renewal
 * work; its garbage is reported by -prof gc (gc.alloc.rate.norm). To include collections in the
 * score: -r 1s -jvmArgsAppend "-Xms3g -Xmx3g".
 *
 * Run: java -jar benchmarks/target/benchmarks.jar DomainRenewalBenchmark
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Xmn3g"})
public class DomainRenewalBenchmark {

  /** Instances each thread walks round: room for 59 * SLICE renewals per thread per iteration. */
  static final int SLICE = 20_000;

  Billing billing;

  @Setup(Level.Iteration)
  public void buildWorld() {
    // Account 0 has two slices (the contended case splits it), account 1 one.
    billing = Billing.of(Worlds.renewable(2, 2 * SLICE));
    // Promote the new world and clear the last iteration's garbage now, outside the measurement.
    System.gc();
  }

  /** A thread's own walk round a slice of one account's instances. */
  public abstract static class Walk {
    Caller caller;
    String[] ids;
    int next;
    long refused;

    void walk(int account, int slice) {
      caller = Caller.of(Worlds.uid(account));
      ids = Worlds.ensIds(account, slice * SLICE, (slice + 1) * SLICE);
    }

    RenewInstances nextRenewal() {
      String id = ids[next];
      next = next + 1 == ids.length ? 0 : next + 1;
      return RenewInstances.of(caller, Product.ENS, id, 1);
    }

    <T> Result<T> counted(Result<T> result) {
      if (!result.isOk()) {
        refused++;
      }
      return result;
    }

    @Setup(Level.Iteration)
    public void restart() {
      next = 0;
      refused = 0;
    }

    @TearDown(Level.Iteration)
    public void everyRenewalSucceeded() {
      if (refused > 0) {
        throw new IllegalStateException(
            refused + " renewals were refused: the score is not of renewals");
      }
    }
  }

  /** Thread i renews account i. */
  @State(Scope.Thread)
  public static class OwnAccount extends Walk {
    @Setup(Level.Trial)
    public void pick(ThreadParams thread) {
      walk(thread.getThreadIndex() % 2, 0);
    }
  }

  /** Every thread renews account 0, thread i its slice i. */
  @State(Scope.Thread)
  public static class SharedAccount extends Walk {
    @Setup(Level.Trial)
    public void pick(ThreadParams thread) {
      walk(0, thread.getThreadIndex() % 2);
    }
  }

  @Benchmark
  @Threads(1)
  public RenewInstances baseline(OwnAccount walk) {
    return walk.nextRenewal();
  }

  @Benchmark
  @Threads(2)
  public RenewInstances baselineTwoThreads(OwnAccount walk) {
    return walk.nextRenewal();
  }

  @Benchmark
  @Threads(1)
  public Result<RenewalReceipt> renewOneThread(OwnAccount walk) {
    return walk.counted(billing.renew(walk.nextRenewal()));
  }

  @Benchmark
  @Threads(2)
  public Result<RenewalReceipt> renewDistinctAccounts(OwnAccount walk) {
    return walk.counted(billing.renew(walk.nextRenewal()));
  }

  @Benchmark
  @Threads(2)
  public Result<RenewalReceipt> renewOneAccount(SharedAccount walk) {
    return walk.counted(billing.renew(walk.nextRenewal()));
  }
}
