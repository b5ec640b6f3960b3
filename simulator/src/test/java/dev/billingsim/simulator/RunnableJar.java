package dev.billingsim.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one launcher of a runnable jar in its own JVM, started as a user starts it ({@code java
 * [flags] -jar JAR args}): the simulator's jar for the tests that read its messages, kill it or
 * talk to it from outside (the testkit's and the benchmarks' reach it through the simulator's test
 * jar), and WireMock's standalone jar for the benchmarks' baseline. Everything it prints (stdout
 * and stderr) goes to a log file; it is always ended, by {@link #close()} or, when the JVM that
 * started it exits first, by a shutdown hook.
 */
public final class RunnableJar implements AutoCloseable {

  /** The simulator module's jar, seen from that module or from a sibling one. */
  public static final Path SIMULATOR =
      Files.exists(Path.of("target", "billing-simulator.jar"))
          ? Path.of("target", "billing-simulator.jar")
          : Path.of("..", "simulator", "target", "billing-simulator.jar");

  /** The simulator's ready line; its port is group 1. */
  public static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.forEach(RunnableJar::end), "end-runnable-jars"));
  }

  private final Process process;
  private final Path log;

  private RunnableJar(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code java jvmFlags -jar jar args} with its output in {@code log}; does not wait. */
  public static RunnableJar launch(Path jar, List<String> jvmFlags, List<String> args, Path log)
      throws IOException {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn package first");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        Stream.of(List.of(java), jvmFlags, List.of("-jar", jar.toString()), args)
            .flatMap(List::stream)
            .toList();
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
            .start();
    RUNNING.add(process);
    return new RunnableJar(process, log);
  }

  /** Starts the simulator's jar with {@code -Xmx<heap>} and the options; does not wait for it. */
  public static RunnableJar launch(String heap, String... options) throws IOException {
    Path log = Files.createTempFile("billing-simulator", ".log");
    log.toFile().deleteOnExit();
    return launch(
        SIMULATOR, List.of("-Xmx" + heap, "-XX:TieredStopAtLevel=1"), List.of(options), log);
  }

  /** Starts the simulator's jar and waits (60 s at most) until it listens. */
  public static RunnableJar start(String heap, String... options) throws Exception {
    RunnableJar jar = launch(heap, options);
    jar.awaitPort(LISTENING, 60);
    return jar;
  }

  /**
   * Waits up to {@code seconds} for a line matching {@code portLine}; the port in its group 1. A
   * process that ends or stays silent is closed and reported with what it printed.
   */
  public int awaitPort(Pattern portLine, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      int port = port(portLine);
      if (port >= 0) {
        return port;
      }
      if (!process.isAlive() || System.nanoTime() > deadline) {
        close();
        throw new IllegalStateException(
            "the jar did not say its port within %d s (log %s):\n%s"
                .formatted(seconds, log, output()));
      }
      Thread.sleep(20);
    }
  }

  /** The simulator's port, or -1 while it has not said it. */
  public int port() {
    return port(LISTENING);
  }

  private int port(Pattern portLine) {
    Matcher ready = portLine.matcher(output());
    return ready.find() ? Integer.parseInt(ready.group(1)) : -1;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** Waits for the process to end by itself; its exit code. */
  public int exitCode(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("the jar did not exit within " + seconds + " s:\n" + output());
    }
    return process.exitValue();
  }

  /** Everything printed so far. */
  public String output() {
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(its log " + log + " cannot be read: " + e + ")";
    }
  }

  /** SIGKILL. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, up to 30 seconds to stop (JFR writes its recording then), then everything printed. */
  public String stop() {
    end(process);
    return output();
  }

  @Override
  public void close() {
    end(process);
  }

  /** SIGTERM, up to 30 seconds to stop, then SIGKILL. */
  private static void end(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      RUNNING.remove(process);
    }
  }
}
