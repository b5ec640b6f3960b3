package dev.billingsim.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.billingsim.simulator.Simulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/*
 * HttpRenewalBenchmark's comparison made robust to a shared machine: the simulator and the plain
 * WireMock stub run side by side in one JVM, with the same settings, and the same 16 clients load
 * them in turn, one whole iteration each: simulator, stub, simulator, stub...
 *
 * What it teaches: the throughput ratio simulator/stub when the machine's load drifts. Run one
 * server after the other (HttpRenewalBenchmark) and a neighbour's build that starts in between
 * moves the ratio by 15-25% here; alternating every 10 seconds, a drift slower than that hits both
 * alike, and each pair of iterations gives its own ratio.
 *
 * Warm-up and measured iterations should both be even, so that pairs do not straddle them. 15
 * measured pairs, because one pair's ratio varies by 15-25% here even between two servers doing the
 * same work: the median of 5 pairs moved by about 0.05 from run to run, of 15 by about 0.03.
 *
 * How to read it: the score of renew is both servers together (not a figure to quote); the
 * secondary results renew:simulator and renew:wiremock are each server's renewals, averaged over
 * all iterations, half of which went to the other server. So each is half of that server's
 * throughput, and their quotient is the ratio. After the last iteration the benchmark prints each
 * pair's ratio and their median ("alternating: ...").
 *
 * Same request, same clients, same checks as HttpRenewalBenchmark (every simulator answer must be
 * 200; the world is reset before each of its iterations). Throughput only: latency percentiles of
 * two servers mixed would mean nothing.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar HttpAlternatingBenchmark
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Threads(HttpRenewalBenchmark.CLIENTS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 30, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HttpAlternatingBenchmark extends HttpLoadSettings {

  Simulator simulator;
  WireMockServer wireMock;

  /** Which server this iteration loads; flipped before each iteration, read by every client. */
  volatile boolean onSimulator;

  private int iterations;
  private final LongAdder requests = new LongAdder();
  private long iterationStartNanos;
  private CpuTime iterationStart;
  private final List<Double> simulatorRates = new ArrayList<>();
  private final List<Double> wireMockRates = new ArrayList<>();

  @Setup(Level.Trial)
  public void start() {
    simulator = HttpRenewalBenchmark.startSimulator(containerThreads, accounts);
    wireMock = HttpRenewalBenchmark.startStub(containerThreads);
  }

  @Setup(Level.Iteration)
  public void nextServer() {
    onSimulator = iterations++ % 2 == 0;
    // Every iteration starts from a clean heap: the orders of a simulator iteration would
    // otherwise still be in the survivor spaces, copied at the stub's expense in the next one.
    simulator.world().reset();
    System.gc();
    requests.reset();
    iterationStartNanos = System.nanoTime();
    iterationStart = CpuTime.now(0);
  }

  @TearDown(Level.Iteration)
  public void recordRate() {
    double perMs = requests.sum() / ((System.nanoTime() - iterationStartNanos) / 1e6);
    (onSimulator ? simulatorRates : wireMockRates).add(perMs);
    // CPU per request as well: what the ratio would be on an idle machine, whatever the load now.
    System.out.println(
        (onSimulator ? "simulator: " : "wiremock: ")
            + CpuTime.now(requests.sum()).perRequestSince(iterationStart));
  }

  /** Each pair's ratio, warm-up pairs included, and the median of the measured pairs. */
  @TearDown(Level.Trial)
  public void printRatios(BenchmarkParams params) {
    int pairs = Math.min(simulatorRates.size(), wireMockRates.size());
    int warmupPairs = Math.min(pairs, params.getWarmup().getCount() / 2);
    List<Double> ratios = new ArrayList<>();
    StringBuilder line = new StringBuilder("alternating: simulator/stub per pair:");
    for (int i = 0; i < pairs; i++) {
      double ratio = simulatorRates.get(i) / wireMockRates.get(i);
      ratios.add(ratio);
      line.append(
          String.format(
              Locale.ROOT,
              " %.2f (%.1f/%.1f)",
              ratio,
              simulatorRates.get(i),
              wireMockRates.get(i)));
    }
    List<Double> measured = new ArrayList<>(ratios.subList(warmupPairs, pairs));
    measured.sort(null);
    if (!measured.isEmpty()) {
      line.append(
          String.format(
              Locale.ROOT,
              "; median of the %d measured pairs %.3f",
              measured.size(),
              measured.get(measured.size() / 2)));
    }
    System.out.println(line);
  }

  @TearDown(Level.Trial)
  public void stop() {
    simulator.close();
    wireMock.stop();
  }

  /** Counts each server's renewals: JMH reports them as renew:simulator and renew:wiremock. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Served {
    public long simulator;
    public long wiremock;

    @Setup(Level.Iteration)
    public void clear() {
      simulator = 0;
      wiremock = 0;
    }
  }

  /** One client thread: a connection to each server, the same walk on both. */
  @State(Scope.Thread)
  public static class Clients {
    RenewingClient toSimulator;
    RenewingClient toWireMock;

    @Setup(Level.Trial)
    public void connect(HttpAlternatingBenchmark bench, ThreadParams thread) {
      int index = thread.getThreadIndex();
      int account = index % bench.accounts;
      toSimulator = new RenewingClient(bench.client, bench.simulator.port(), account, index);
      toWireMock = new RenewingClient(bench.client, bench.wireMock.port(), account, index);
    }

    @Setup(Level.Iteration)
    public void restart() {
      toSimulator.restart();
      toWireMock.restart();
    }

    @TearDown(Level.Iteration)
    public void everyRenewalSucceeded() {
      toSimulator.everyRenewalSucceeded();
      toWireMock.everyRenewalSucceeded();
    }

    @TearDown(Level.Trial)
    public void disconnect() {
      toSimulator.close();
      toWireMock.close();
    }
  }

  @Benchmark
  public int renew(Clients clients, Served served) throws IOException, InterruptedException {
    requests.increment();
    if (onSimulator) {
      served.simulator++;
      return clients.toSimulator.renew();
    }
    served.wiremock++;
    return clients.toWireMock.renew();
  }
}
