package dev.billingsim.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.gateway.RequestIds;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 *  - the ratio simulator/wiremock of throughput (goal >= 0.9, never below 0.8) and of p99 latency
 *    (Mode.SampleTime; goal <= 1.5), all in one run on one machine;
 *  - on 2 cores client and server share the CPU, so the client is a bare socket (LoopbackClient);
 *  - the CPU time per request (printed after each iteration: the whole JVM, and Jetty's threads
 *    alone), which other processes on a shared machine change far less than the throughput.
 *
 * Steady state: each client thread walks round its own 1000 instances of a paying account (all of
 * one account by default; -p accounts=16 gives each client its own); every
 * renewal succeeds (a non-200 answer fails the iteration), and the world is reset through the
 * simulator's own reset before every iteration so that no term nears five years and orders do
 * not pile up across iterations.
 *
 * One fork per server: benchmarks/run full runs the pair twice, in both orders, so that a change in
 * a shared machine's load does not favour the server that ran first.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar HttpRenewalBenchmark
 *      (-p containerThreads=100 for WireMock's best case; -p client=jdk for the JDK's HttpClient,
 *      a heavier client like an SDK's, whose own cost dilutes the servers' difference; -prof gc
 *      for allocation per request)
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Threads(HttpRenewalBenchmark.CLIENTS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HttpRenewalBenchmark extends HttpLoadSettings {

  static final int CLIENTS = 16;
  static final int SLICE = RenewingClient.SLICE;
  static final String JSON = "application/json;charset=utf-8";

  @Param({"simulator", "wiremock"})
  String server;

  Simulator simulator;
  WireMockServer wireMock;
  int port;
  final LongAdder requests = new LongAdder();
  CpuTime iterationStart;

  @Setup(Level.Trial)
  public void start() {
    if (server.equals("simulator")) {
      simulator = startSimulator(containerThreads, accounts);
      port = simulator.port();
    } else if (server.equals("wiremock")) {
      wireMock = startStub(containerThreads);
      port = wireMock.port();
    } else {
      throw new IllegalArgumentException("server is simulator or wiremock, not " + server);
    }
  }

  /** The simulator as the benchmark runs it: no flow control, no journal, renewable instances. */
  static Simulator startSimulator(int containerThreads, int accounts) {
    return Simulator.builder()
        .port(0)
        .flowControl(false)
        .journal(0)
        .seed(1L)
        .containerThreads(containerThreads)
        .state(Worlds.renewable(accounts, CLIENTS * SLICE))
        .start();
  }

  /** Plain WireMock answering every request with one static stub of the same shape. */
  static WireMockServer startStub(int containerThreads) {
    WireMockServer wireMock = new WireMockServer(plainWireMock(containerThreads));
    wireMock.start();
    wireMock.addStubMapping(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", JSON)
                    .withBody("{\"RequestId\":\"" + RequestIds.seeded(1L).next() + "\"}"))
            .build());
    return wireMock;
  }

  /** WireMock configured as the simulator configures its own server, minus the simulator. */
  static WireMockConfiguration plainWireMock(int containerThreads) {
    return WireMockConfiguration.options()
        .bindAddress("127.0.0.1")
        .dynamicPort()
        .containerThreads(containerThreads)
        .disableRequestJournal()
        .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
        .asynchronousResponseEnabled(true)
        .asynchronousResponseThreads(4)
        .stubRequestLoggingDisabled(true)
        .jettyHeaderRequestSize(64 * 1024)
        .notifier(new ConsoleNotifier(false));
  }

  @Setup(Level.Iteration)
  public void resetWorld() {
    if (simulator != null) {
      simulator.world().reset();
    }
    iterationStart = CpuTime.now(requests.sum());
  }

  /** CPU per request: the throughput ratio to expect on an idle machine, whatever the load now. */
  @TearDown(Level.Iteration)
  public void printCpuPerRequest() {
    System.out.println(server + ": " + CpuTime.now(requests.sum()).perRequestSince(iterationStart));
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

  /** One client thread's connection to the server under test. */
  @State(Scope.Thread)
  public static class Client {
    RenewingClient client;

    @Setup(Level.Trial)
    public void connect(HttpRenewalBenchmark bench, ThreadParams thread) {
      int index = thread.getThreadIndex();
      client = new RenewingClient(bench.client, bench.port, index % bench.accounts, index);
    }

    @Setup(Level.Iteration)
    public void restart() {
      client.restart();
    }

    @TearDown(Level.Iteration)
    public void everyRenewalSucceeded() {
      client.everyRenewalSucceeded();
    }

    @TearDown(Level.Trial)
    public void disconnect() {
      client.close();
    }
  }

  @Benchmark
  public int renew(Client client) throws IOException, InterruptedException {
    requests.increment();
    return client.client.renew();
  }
}
