package dev.billingsim.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.US_ASCII;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import dev.billingsim.simulator.RunnableJar;
import dev.billingsim.simulator.state.StateDocument;
import java.io.IOException;
import java.net.ServerSocket;
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

  /**
   * Requests a client signs before a round, as a multiple of what it sent the same server per
   * second in its last phase: room for the server to go faster, not so many that signing them takes
   * longer than the round.
   */
  private static final double SIGNING_HEADROOM = 1.5;

  /** The line WireMock's standalone jar logs its port in. */
  private static final Pattern WIREMOCK_PORT = Pattern.compile("(?m)^port:\\s+(\\d+)");

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
    Files.writeString(
        root.resolve("mappings").resolve("renewal.json"),
        Json.write(post(urlEqualTo("/")).willReturn(renewalSuccess()).build()));

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Server> servers = new ArrayList<>();
    try (RunnableJar simulator =
            RunnableJar.launch(
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
                work.resolve("simulator.log"));
        RunnableJar wiremock =
            RunnableJar.launch(
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
                work.resolve("wiremock.log"))) {
      Server sim = new Server("simulator", simulator, RunnableJar.LISTENING, clients, instances);
      Server stub = new Server("wiremock", wiremock, WIREMOCK_PORT, clients, instances);
      servers.addAll(List.of(sim, stub));
      awaitAnswers(sim);
      awaitAnswers(stub);

      phase(pool, sim, warmupSeconds, false);
      phase(pool, stub, warmupSeconds, false);
      List<Double> ratios = new ArrayList<>();
      for (int pair = 0; pair < pairs; pair++) {
        Server first = pair % 2 == 0 ? sim : stub;
        Server second = pair % 2 == 0 ? stub : sim;
        Phase a = phase(pool, first, roundSeconds, true);
        Phase b = phase(pool, second, roundSeconds, true);
        Phase simPhase = first == sim ? a : b;
        Phase stubPhase = first == sim ? b : a;
        double ratio = simPhase.throughput() / stubPhase.throughput();
        ratios.add(ratio);
        System.out.printf(
            Locale.ROOT,
            "pair %d: simulator %s | wiremock %s | ratio %.3f%n",
            pair + 1,
            simPhase,
            stubPhase,
            ratio);
      }
      servers.forEach(server -> server.clients.forEach(RenewingClient::everyAnswerWas200));
      report(ratios, sim, stub);
      if (!simulator.isAlive() || !wiremock.isAlive()) {
        throw new IllegalStateException("a server ended during the run; see " + work);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      servers.forEach(server -> server.clients.forEach(RenewingClient::close));
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

  /** Both WireMock baselines' static answer: a renewal's success, as long as the real one. */
  static ResponseDefinitionBuilder renewalSuccess() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json;charset=utf-8")
        .withBody("{\"RequestId\":\"6B2A4F1E-3C5D-4E7F-8A9B-0C1D2E3F4A5B\"}");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A server under test: its child JVM, its port, its clients and its measured rounds. */
  private static final class Server {
    final String name;
    final RunnableJar jvm;
    final int port;
    final List<RenewingClient> clients = new ArrayList<>();
    final List<long[]> latencies = new ArrayList<>();
    final List<Double> throughputs = new ArrayList<>();
    CpuTime cpu = CpuTime.ZERO;
    long requests;
    double lastRate;

    /** Once {@code jvm} logs its port ({@code portLine}, within 60 s). */
    Server(String name, RunnableJar jvm, Pattern portLine, int clients, int instances)
        throws InterruptedException {
      this.name = name;
      this.jvm = jvm;
      this.port = jvm.awaitPort(portLine, 60);
      for (int i = 0; i < clients; i++) {
        this.clients.add(RenewingClient.share(port, 0, i, clients, instances));
      }
    }
  }

  /** One measured phase of one server. */
  private record Phase(long requests, double seconds, long p99Nanos, CpuTime cpu) {
    double throughput() {
      return requests / seconds;
    }

    /** "1,234 req/s p99 5.67 ms, " and the CPU per request. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,.0f req/s p99 %.2f ms, %s",
          throughput(),
          p99Nanos / 1e6,
          cpu.perRequest(requests));
    }
  }

  /** Waits up to 60 s for the server to answer a renewal with 200. */
  private static void awaitAnswers(Server server) throws Exception {
    try (RenewingClient probe = RenewingClient.share(server.port, 0, 0, 1, 1)) {
      for (int attempt = 0; ; attempt++) {
        try {
          int status = probe.renew();
          if (status == 200) {
            return;
          }
          throw new IllegalStateException("answered " + status);
        } catch (IOException | IllegalStateException notYet) {
          if (attempt == 119 || !server.jvm.isAlive()) {
            throw new IllegalStateException(
                server.name + " does not answer a renewal with 200; see " + server.jvm.log(),
                notYet);
          }
          probe.close();
          Thread.sleep(500);
        }
      }
    }
  }

  /**
   * Loads {@code server} with every client for {@code seconds}; a measured phase is signed
   * beforehand and its figures kept for the summary.
   */
  private static Phase phase(ExecutorService pool, Server server, int seconds, boolean measured)
      throws Exception {
    if (server.name.equals("simulator")) {
      resetWorld(server.port);
    }
    int perClient =
        measured
            ? (int) (server.lastRate / server.clients.size() * seconds * SIGNING_HEADROOM) + 100
            : 0;
    List<Callable<Object>> signing = new ArrayList<>();
    server.clients.forEach(
        client -> signing.add(Executors.callable(() -> client.preSign(perClient))));
    for (Future<?> done : pool.invokeAll(signing)) {
      done.get();
    }
    System.gc();
    CpuTime cpuBefore = CpuTime.of(server.jvm.pid());
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
    List<Callable<Integer>> runs = new ArrayList<>();
    server.clients.forEach(client -> runs.add(() -> client.runUntil(deadline)));
    long requests = 0;
    for (Future<Integer> run : pool.invokeAll(runs)) {
      requests += run.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    CpuTime cpu = CpuTime.of(server.jvm.pid()).minus(cpuBefore);
    long late = server.clients.stream().mapToLong(RenewingClient::signedLate).sum();
    if (measured && late > 0) {
      System.out.printf("  (%s: %,d requests signed during the round)%n", server.name, late);
    }
    long[] sorted = sorted(server.clients.stream().map(RenewingClient::latencies).toList());
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
          server.name,
          phase.throughput(),
          cpu.perRequest(requests));
    }
    return phase;
  }

  private static void resetWorld(int port) throws IOException {
    try (LoopbackClient admin = new LoopbackClient(port)) {
      String reset = "POST /__admin/billing/reset HTTP/1.1\r\nHost: 127.0.0.1:" + port;
      int status = admin.send((reset + "\r\nContent-Length: 0\r\n\r\n").getBytes(US_ASCII));
      if (status != 200) {
        throw new IllegalStateException("reset answered " + status + ": " + admin.body());
      }
    }
  }

  /** All the parts' values, in one sorted array. */
  private static long[] sorted(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
  }

  static long percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void report(List<Double> ratios, Server sim, Server stub) {
    double simP99 = percentile(sorted(sim.latencies), 0.99) / 1e6;
    double stubP99 = percentile(sorted(stub.latencies), 0.99) / 1e6;
    System.out.println();
    System.out.println("| server | throughput (median of rounds) | p99 (all rounds) | CPU |");
    System.out.println("|---|---|---|---|");
    for (Server server : List.of(sim, stub)) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %,.0f req/s | %.2f ms | %s |%n",
          server.name,
          median(server.throughputs),
          server == sim ? simP99 : stubP99,
          server.cpu.perRequest(server.requests));
    }
    System.out.printf(
        Locale.ROOT,
        "throughput ratio (median of %d pairs) %.3f, pairs %.3f-%.3f; p99 ratio %.2f%n",
        ratios.size(),
        median(ratios),
        ratios.stream().min(Double::compare).orElse(0.0),
        ratios.stream().max(Double::compare).orElse(0.0),
        simP99 / stubP99);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
