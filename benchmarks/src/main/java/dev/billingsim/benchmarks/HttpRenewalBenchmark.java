package dev.billingsim.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/*
 * A signed ENS renewal over HTTP on loopback, against the same request answered by a plain
 * WireMock stub: what the simulator costs on top of WireMock itself.
 *
 * Both servers run in this JVM with the same settings: no request journal, flow control off (the
 * simulator's; WireMock has none), chunked encoding off, the same container threads, request
 * logging off. The "simulator" answers RenewARMServerInstance from the domain (parse, V1 signature,
 * nonce and timestamp checks, routing, renewal, JSON rendering); the "wiremock" server has one
 * static stub answering every request with a body of the same shape and length, {"RequestId":...}.
 * The same client sends the same bytes to both: 16 threads (@Threads(16)), each with its own
 * keep-alive connection and its own signer, every request V1-signed afresh (new SignatureNonce,
 * current Timestamp) as the old SDK's POST form.
 *
 * What it teaches:
 *  - renew: the ratio simulator/wiremock of throughput (goal >= 0.9, never below 0.8) and of p99
 *    latency (Mode.SampleTime; goal <= 1.5), one server per fork (-p server=...);
 *  - alternate: the same throughput ratio made robust to a shared machine. Both servers run side by
 *    side and the same 16 clients load them in turn, one whole iteration each: simulator, stub,
 *    simulator, stub... Run one server after the other (renew) and a neighbour's build that starts
 *    in between moves the ratio by 15-25% here; alternating every 10 seconds, a drift slower than
 *    that hits both alike, and each pair of iterations gives its own ratio;
 *  - on 2 cores client and server share the CPU, so the client is a bare socket (LoopbackClient);
 *  - the CPU time per request (printed after each iteration: the whole JVM, Jetty's threads and how
 *    much of that in the kernel, GC, JIT, and the context switches), which other processes on a
 *    shared machine change far less than the throughput.
 *
 * Steady state: each client thread walks round its own 1000 instances of a paying account (all of
 * one account by default; -p accounts=16 gives each client its own); every renewal succeeds (a
 * non-200 answer fails the iteration), and the world is reset through the simulator's own reset
 * before every iteration so that no term nears five years and orders do not pile up across
 * iterations.
 *
 * renew: one fork per server: benchmarks/run full runs the pair twice, in both orders, so that a
 * change in a shared machine's load does not favour the server that ran first.
 *
 * alternate: warm-up and measured iterations should both be even, so that pairs do not straddle
 * them. 15 measured pairs, because one pair's ratio varies by 15-25% here even between two servers
 * doing the same work: the median of 5 pairs moved by about 0.05 from run to run, of 15 by about
 * 0.03. The score of alternate is both servers together (not a figure to quote); the secondary
 * results alternate:simulator and alternate:wiremock are each server's renewals, averaged over all
 * iterations, half of which went to the other server. So each is half of that server's
 * throughput, and their quotient is the ratio. After the last iteration it prints each pair's
 * ratio and their median ("alternating: ..."). Throughput only: latency percentiles of two servers
 * mixed would mean nothing.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar 'HttpRenewalBenchmark.renew$'
 *      java -jar benchmarks/target/benchmarks.jar 'HttpRenewalBenchmark.alternate$'
 *      (-p containerThreads=100 for WireMock's best case; -p client=jdk for the JDK's HttpClient,
 *      a heavier client like an SDK's, whose own cost dilutes the servers' difference; -prof gc
 *      for allocation per request)
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(HttpRenewalBenchmark.CLIENTS)
@Warmup(iterations = 6, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HttpRenewalBenchmark {

  static final int CLIENTS = 16;

  /** What both comparisons share: the servers' settings, their start and the CPU accounting. */
  @State(Scope.Benchmark)
  public abstract static class Servers {

    /** Jetty threads of each server (the same for both, as the comparison requires). */
    @Param({"50"})
    int containerThreads;

    /**
     * Paying accounts the clients share out (client i renews account i % accounts): 1, every client
     * on one account, as a load test with one key runs, so renewals queue on that account's lock;
     * 16, one account each, so they do not.
     */
    @Param({"1"})
    int accounts;

    /** socket: LoopbackClient; jdk: java.net.http.HttpClient (HTTP/1.1, one per client thread). */
    @Param({"socket"})
    String client;

    Simulator simulator;
    WireMockServer wireMock;
    final LongAdder requests = new LongAdder();
    private CpuTime iterationStart;

    /** The simulator as the benchmark runs it: no flow control, no journal, renewable instances. */
    int startSimulator() {
      simulator =
          Worlds.simulator(Worlds.renewable(accounts, CLIENTS * RenewingClient.SLICE), 0)
              .containerThreads(containerThreads)
              .start();
      return simulator.port();
    }

    /** Plain WireMock answering every request with one static stub of the same shape. */
    int startStub() {
      wireMock =
          new WireMockServer(
              WireMockConfiguration.options()
                  .bindAddress("127.0.0.1")
                  .dynamicPort()
                  .containerThreads(containerThreads)
                  .disableRequestJournal()
                  .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                  .asynchronousResponseEnabled(true)
                  .asynchronousResponseThreads(4)
                  .stubRequestLoggingDisabled(true)
                  .jettyHeaderRequestSize(64 * 1024)
                  .notifier(new ConsoleNotifier(false)));
      wireMock.start();
      wireMock.addStubMapping(
          any(anyUrl()).willReturn(SeparateJvmComparison.renewalSuccess()).build());
      return wireMock.port();
    }

    /** Client {@code index}'s connection to the server on {@code port}. */
    RenewingClient clientOf(int port, ThreadParams thread) {
      int index = thread.getThreadIndex();
      return RenewingClient.slice(client, port, index % accounts, index);
    }

    /** Starts counting this iteration's requests and CPU. */
    void startIteration() {
      requests.reset();
      iterationStart = CpuTime.ofThisJvm();
    }

    /**
     * CPU per request: the throughput ratio to expect on an idle machine, whatever the load now.
     */
    String cpuPerRequest() {
      return "cpu per request: "
          + CpuTime.ofThisJvm().minus(iterationStart).perRequest(requests.sum());
    }

    @TearDown(Level.Trial)
    public void stop() {
      if (simulator != null) {
        simulator.close();
      }
      if (wireMock != null) {
        wireMock.stop();
      }
    }
  }

  /** The server that renew loads: one per fork. */
  public static class OneServer extends Servers {
    @Param({"simulator", "wiremock"})
    String server;

    int port;

    @Setup(Level.Trial)
    public void start() {
      if (server.equals("simulator")) {
        port = startSimulator();
      } else if (server.equals("wiremock")) {
        port = startStub();
      } else {
        throw new IllegalArgumentException("server is simulator or wiremock, not " + server);
      }
    }

    @Setup(Level.Iteration)
    public void resetWorld() {
      if (simulator != null) {
        simulator.world().reset();
      }
      startIteration();
    }

    @TearDown(Level.Iteration)
    public void printCpuPerRequest() {
      System.out.println(server + ": " + cpuPerRequest());
    }
  }

  /** Both servers, which alternate loads in turn, one iteration each. */
  public static class BothServers extends Servers {

    /** Which server this iteration loads; flipped before each iteration, read by every client. */
    volatile boolean onSimulator;

    private int iterations;
    private long iterationStartNanos;
    private final List<Double> simulatorRates = new ArrayList<>();
    private final List<Double> wireMockRates = new ArrayList<>();

    @Setup(Level.Trial)
    public void start() {
      startSimulator();
      startStub();
    }

    @Setup(Level.Iteration)
    public void nextServer() {
      onSimulator = iterations++ % 2 == 0;
      // Every iteration starts from a clean heap: the orders of a simulator iteration would
      // otherwise still be in the survivor spaces, copied at the stub's expense in the next one.
      simulator.world().reset();
      System.gc();
      startIteration();
      iterationStartNanos = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void recordRate() {
      double perMs = requests.sum() / ((System.nanoTime() - iterationStartNanos) / 1e6);
      (onSimulator ? simulatorRates : wireMockRates).add(perMs);
      System.out.println((onSimulator ? "simulator: " : "wiremock: ") + cpuPerRequest());
    }

    /** Each pair's ratio, warm-up pairs included, and the median of the measured pairs. */
    @TearDown(Level.Trial)
    public void printRatios(BenchmarkParams params) {
      int pairs = Math.min(simulatorRates.size(), wireMockRates.size());
      int warmupPairs = Math.min(pairs, params.getWarmup().getCount() / 2);
      List<Double> ratios = new ArrayList<>();
      StringBuilder line = new StringBuilder("alternating: simulator/stub per pair:");
      for (int i = 0; i < pairs; i++) {
        double simRate = simulatorRates.get(i);
        double stubRate = wireMockRates.get(i);
        ratios.add(simRate / stubRate);
        line.append(
            String.format(Locale.ROOT, " %.2f (%.1f/%.1f)", simRate / stubRate, simRate, stubRate));
      }
      List<Double> measured = ratios.subList(warmupPairs, pairs);
      if (!measured.isEmpty()) {
        line.append(
            String.format(
                Locale.ROOT,
                "; median of the %d measured pairs %.3f",
                measured.size(),
                SeparateJvmComparison.median(measured)));
      }
      System.out.println(line);
    }
  }

  /** One client thread's connections, restarted, checked and closed together. */
  public abstract static class Connections {
    private final List<RenewingClient> all = new ArrayList<>();

    RenewingClient add(RenewingClient client) {
      all.add(client);
      return client;
    }

    @Setup(Level.Iteration)
    public void restart() {
      all.forEach(RenewingClient::restart);
    }

    @TearDown(Level.Iteration)
    public void everyRenewalSucceeded() {
      all.forEach(RenewingClient::everyAnswerWas200);
    }

    @TearDown(Level.Trial)
    public void disconnect() {
      all.forEach(RenewingClient::close);
    }
  }

  /** One client thread's connection to renew's server. */
  @State(Scope.Thread)
  public static class Client extends Connections {
    RenewingClient client;

    @Setup(Level.Trial)
    public void connect(OneServer bench, ThreadParams thread) {
      client = add(bench.clientOf(bench.port, thread));
    }
  }

  /** One client thread of alternate: a connection to each server, the same walk on both. */
  @State(Scope.Thread)
  public static class Clients extends Connections {
    RenewingClient toSimulator;
    RenewingClient toWireMock;

    @Setup(Level.Trial)
    public void connect(BothServers bench, ThreadParams thread) {
      toSimulator = add(bench.clientOf(bench.simulator.port(), thread));
      toWireMock = add(bench.clientOf(bench.wireMock.port(), thread));
    }
  }

  /** Counts each server's renewals: JMH reports them as alternate:simulator and :wiremock. */
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

  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @Measurement(iterations = 5, time = 10)
  public int renew(OneServer bench, Client client) throws IOException, InterruptedException {
    bench.requests.increment();
    return client.client.renew();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Measurement(iterations = 30, time = 10)
  public int alternate(BothServers bench, Clients clients, Served served)
      throws IOException, InterruptedException {
    bench.requests.increment();
    if (bench.onSimulator) {
      served.simulator++;
      return clients.toSimulator.renew();
    }
    served.wiremock++;
    return clients.toWireMock.renew();
  }
}
