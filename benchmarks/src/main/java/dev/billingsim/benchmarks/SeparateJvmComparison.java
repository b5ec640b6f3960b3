package dev.billingsim.benchmarks;

import dev.billingsim.simulator.state.StateDocument;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The simulator against WireMock's standalone jar, each in its own JVM, as a new user would try
 * them: both started with {@code java -jar} and default JVM flags, the simulator with {@code
 * --flow-control off --journal 0}, WireMock 3.13.2 with {@code --no-request-journal} answering any
 * {@code POST /} with a static ENS renewal success (a mapping file it loads). The same client loads
 * both: 16 threads, each on its own keep-alive connection, sending V1 RenewARMServerInstance
 * requests over 10,000 instances of one account, signed before each round (half as many again as
 * the server took in its last phase; past those, signed as they go). After a 10-second warm-up of
 * each, rounds of 5 seconds alternate between the two (simulator then WireMock, then the other way
 * round), and the simulator's world is reset before each of its phases. It prints, per round, the
 * throughput, p99 and each JVM's CPU per request, then the medians and the ratios.
 *
 * <p>Not a JMH benchmark: JMH forks one JVM and measures code in it; here the JVMs measured are the
 * two servers, and this process is only their client. Run by hand ({@code benchmarks/run separate},
 * see benchmarks/README.md); CI only compiles it.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.billingsim.benchmarks.SeparateJvmComparison \
 *   [--pairs 5] [--warmup 10] [--round 5] [--clients 16] [--instances 10000] \
 *   [--simulator-jar simulator/target/billing-simulator.jar] \
 *   [--wiremock-jar benchmarks/target/separate-jvm/wiremock-standalone.jar] \
 *   [--profile DIR]    (JFR recording of the rounds and GC log of both children, in DIR)
 * </pre>
 */
public final class SeparateJvmComparison {

  /** The static answer WireMock gives: a renewal's success body, of the simulator's length. */
  static final String RENEWAL_SUCCESS = "{\"RequestId\":\"6B2A4F1E-3C5D-4E7F-8A9B-0C1D2E3F4A5B\"}";

  /**
   * Requests a client signs before a round, as a multiple of what it sent the same server per
   * second in its last phase: room for the server to go faster, not so many that signing them takes
   * longer than the round.
   */
  private static final double SIGNING_HEADROOM = 1.5;

  private final Map<String, String> options;

  private SeparateJvmComparison(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        System.err.println("usage: see SeparateJvmComparison's header comment");
        System.exit(2);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    new SeparateJvmComparison(options).run();
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private int intOption(String name, int fallback) {
    return Integer.parseInt(option(name, Integer.toString(fallback)));
  }

  private void run() throws Exception {
    int pairs = intOption("pairs", 5);
    int warmupSeconds = intOption("warmup", 10);
    int roundSeconds = intOption("round", 5);
    int clients = intOption("clients", 16);
    int instances = intOption("instances", 10_000);
    Path simulatorJar = Path.of(option("simulator-jar", "simulator/target/billing-simulator.jar"));
    Path wiremockJar =
        Path.of(option("wiremock-jar", "benchmarks/target/separate-jvm/wiremock-standalone.jar"));
    Path work = Files.createTempDirectory("separate-jvm");
    Path profile = options.containsKey("profile") ? Path.of(option("profile", "")) : null;
    if (profile != null) {
      Files.createDirectories(profile);
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d clients, %d instances, warm-up %d s each, %d pairs of %d-s rounds; logs in %s%n",
        Instant.now(),
        clients,
        instances,
        warmupSeconds,
        pairs,
        roundSeconds,
        work);

    Path state = work.resolve("state.json");
    Files.writeString(state, StateDocument.toJson(Worlds.renewable(1, instances)));
    Path root = work.resolve("wiremock");
    Files.createDirectories(root.resolve("mappings"));
    Files.writeString(root.resolve("mappings").resolve("renewal.json"), stubMapping());

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<PreSignedClient> load = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      load.add(new PreSignedClient(0, i, clients, instances));
    }
    try (ChildJvm simulator =
            ChildJvm.start(
                "simulator",
                simulatorJar,
                profilingFlags(profile, "simulator", 2 * warmupSeconds + 20),
                List.of(
                    "--port",
                    "0",
                    "--state",
                    state.toString(),
                    "--flow-control",
                    "off",
                    "--journal",
                    "0"),
                Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)"),
                work.resolve("simulator.log"));
        ChildJvm wiremock =
            ChildJvm.start(
                "wiremock",
                wiremockJar,
                profilingFlags(profile, "wiremock", 2 * warmupSeconds + 20),
                List.of(
                    "--port",
                    Integer.toString(freePort()),
                    "--bind-address",
                    "127.0.0.1",
                    "--root-dir",
                    root.toString(),
                    "--no-request-journal"),
                Pattern.compile("^port:\\s+(\\d+)"),
                work.resolve("wiremock.log"))) {
      Server sim = new Server(simulator, simulator.awaitPort(60), true);
      Server stub = new Server(wiremock, wiremock.awaitPort(60), false);
      awaitAnswers(sim);
      awaitAnswers(stub);

      phase(pool, load, sim, warmupSeconds, false);
      phase(pool, load, stub, warmupSeconds, false);
      List<double[]> rows = new ArrayList<>();
      for (int pair = 0; pair < pairs; pair++) {
        Server first = pair % 2 == 0 ? sim : stub;
        Server second = pair % 2 == 0 ? stub : sim;
        Phase a = phase(pool, load, first, roundSeconds, true);
        Phase b = phase(pool, load, second, roundSeconds, true);
        Phase simPhase = first == sim ? a : b;
        Phase stubPhase = first == sim ? b : a;
        double ratio = simPhase.throughput() / stubPhase.throughput();
        rows.add(new double[] {simPhase.throughput(), stubPhase.throughput(), ratio});
        System.out.printf(
            Locale.ROOT,
            "pair %d: simulator %,.0f req/s p99 %.2f ms, %s | wiremock %,.0f req/s p99 %.2f ms,"
                + " %s | ratio %.3f%n",
            pair + 1,
            simPhase.throughput(),
            simPhase.p99Millis(),
            simPhase.cpu().perRequest(simPhase.requests()),
            stubPhase.throughput(),
            stubPhase.p99Millis(),
            stubPhase.cpu().perRequest(stubPhase.requests()),
            ratio);
      }
      load.forEach(PreSignedClient::everyAnswerWas200);
      report(rows, sim, stub);
      if (!simulator.isAlive() || !wiremock.isAlive()) {
        throw new IllegalStateException("a server ended during the run; see " + work);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      load.forEach(PreSignedClient::close);
    }
    if (profile != null) {
      System.out.println("JFR recordings and GC logs in " + profile);
    }
  }

  /**
   * Flags only a profiling run adds: a JFR recording (profile settings) from {@code delaySeconds}
   * on, so that it leaves out start-up and warm-up, and a GC log.
   */
  private static List<String> profilingFlags(Path profile, String name, int delaySeconds) {
    if (profile == null) {
      return List.of();
    }
    Path dir = profile.toAbsolutePath();
    return List.of(
        "-XX:FlightRecorderOptions:stackdepth=256",
        "-XX:StartFlightRecording=delay="
            + delaySeconds
            + "s,settings=profile,filename="
            + dir.resolve(name + ".jfr"),
        "-Xlog:gc*:file=" + dir.resolve(name + "-gc.log"));
  }

  private static String stubMapping() {
    String body = RENEWAL_SUCCESS.replace("\"", "\\\"");
    return "{\"request\": {\"method\": \"POST\", \"url\": \"/\"},\n"
        + " \"response\": {\"status\": 200,\n"
        + "   \"headers\": {\"Content-Type\": \"application/json;charset=utf-8\"},\n"
        + "   \"body\": \""
        + body
        + "\"}}\n";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A server under test: its child JVM, its port, and whether it is the simulator. */
  private static final class Server {
    final ChildJvm jvm;
    final int port;
    final boolean simulator;
    final List<long[]> latencies = new ArrayList<>();
    final List<Double> throughputs = new ArrayList<>();
    ProcessCpu cpu = new ProcessCpu(0, 0, 0, 0);
    long requests;
    double lastRate;

    Server(ChildJvm jvm, int port, boolean simulator) {
      this.jvm = jvm;
      this.port = port;
      this.simulator = simulator;
    }
  }

  /** One measured phase of one server. */
  private record Phase(long requests, double seconds, long p99Nanos, ProcessCpu cpu) {
    double throughput() {
      return requests / seconds;
    }

    double p99Millis() {
      return p99Nanos / 1e6;
    }
  }

  /** Waits up to 60 s for the server to answer a renewal with 200. */
  private static void awaitAnswers(Server server) throws Exception {
    PreSignedClient probe = new PreSignedClient(0, 0, 1, 1);
    try {
      for (int attempt = 0; attempt < 120; attempt++) {
        try {
          probe.prepare(server.port, 0, true);
          int status = probe.sendOne();
          if (status == 200) {
            return;
          }
          throw new IllegalStateException("answered " + status);
        } catch (IOException | IllegalStateException notYet) {
          if (attempt == 119 || !server.jvm.isAlive()) {
            throw new IllegalStateException(
                server.jvm.name() + " does not answer a renewal with 200; see " + server.jvm.log(),
                notYet);
          }
          probe.close();
          Thread.sleep(500);
        }
      }
    } finally {
      probe.close();
    }
  }

  /**
   * Loads {@code server} with every client for {@code seconds}; a measured phase is signed
   * beforehand and its figures kept for the summary.
   */
  private static Phase phase(
      ExecutorService pool,
      List<PreSignedClient> load,
      Server server,
      int seconds,
      boolean measured)
      throws Exception {
    if (server.simulator) {
      resetWorld(server.port);
    }
    int perClient =
        measured ? (int) (server.lastRate / load.size() * seconds * SIGNING_HEADROOM) + 100 : 0;
    List<Future<?>> signing = new ArrayList<>();
    for (PreSignedClient client : load) {
      signing.add(pool.submit(() -> client.prepare(server.port, perClient, true)));
    }
    for (Future<?> done : signing) {
      done.get();
    }
    System.gc();
    ProcessCpu cpuBefore = ProcessCpu.of(server.jvm.pid());
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<Integer>> runs = new ArrayList<>();
    for (PreSignedClient client : load) {
      Callable<Integer> run = () -> client.runUntil(deadline);
      runs.add(pool.submit(run));
    }
    long requests = 0;
    for (Future<Integer> run : runs) {
      requests += run.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    ProcessCpu cpu = ProcessCpu.of(server.jvm.pid()).minus(cpuBefore);
    long late = 0;
    List<long[]> all = new ArrayList<>();
    for (PreSignedClient client : load) {
      all.add(client.latencies());
      late += client.signedLate();
    }
    if (measured && late > 0) {
      System.out.printf("  (%s: %,d requests signed during the round)%n", server.jvm.name(), late);
    }
    long[] sorted = merge(all);
    Phase phase = new Phase(requests, elapsed, percentile(sorted, 0.99), cpu);
    server.lastRate = phase.throughput();
    if (measured) {
      server.latencies.add(sorted);
      server.throughputs.add(phase.throughput());
      server.cpu = server.cpu.plus(cpu);
      server.requests += requests;
    } else {
      System.out.printf(
          Locale.ROOT,
          "warm-up %s: %,.0f req/s, %s%n",
          server.jvm.name(),
          phase.throughput(),
          cpu.perRequest(requests));
    }
    return phase;
  }

  private static void resetWorld(int port) throws IOException {
    LoopbackClient admin = new LoopbackClient(port);
    try {
      byte[] reset =
          ("POST /__admin/billing/reset HTTP/1.1\r\nHost: 127.0.0.1:"
                  + port
                  + "\r\nContent-Length: 0\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      int status = admin.send(reset);
      if (status != 200) {
        throw new IllegalStateException("reset answered " + status + ": " + admin.body());
      }
    } finally {
      admin.close();
    }
  }

  private static long[] merge(List<long[]> parts) {
    int size = 0;
    for (long[] part : parts) {
      size += part.length;
    }
    long[] all = new long[size];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    Arrays.sort(all);
    return all;
  }

  static long percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void report(List<double[]> rows, Server sim, Server stub) {
    double[] ratios = rows.stream().mapToDouble(row -> row[2]).toArray();
    double simThroughput = median(sim.throughputs.stream().mapToDouble(d -> d).toArray());
    double stubThroughput = median(stub.throughputs.stream().mapToDouble(d -> d).toArray());
    double simP99 = p99Millis(sim.latencies);
    double stubP99 = p99Millis(stub.latencies);
    System.out.println();
    System.out.println("| server | throughput (median of rounds) | p99 (all rounds) | CPU |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "| simulator | %,.0f req/s | %.2f ms | %s |%n",
        simThroughput,
        simP99,
        sim.cpu.perRequest(sim.requests));
    System.out.printf(
        Locale.ROOT,
        "| wiremock | %,.0f req/s | %.2f ms | %s |%n",
        stubThroughput,
        stubP99,
        stub.cpu.perRequest(stub.requests));
    System.out.printf(
        Locale.ROOT,
        "throughput ratio (median of %d pairs) %.3f, pairs %.3f-%.3f; p99 ratio %.2f%n",
        ratios.length,
        median(ratios),
        Arrays.stream(ratios).min().orElse(0),
        Arrays.stream(ratios).max().orElse(0),
        simP99 / stubP99);
  }

  private static double p99Millis(List<long[]> latencies) {
    return percentile(merge(latencies), 0.99) / 1e6;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
