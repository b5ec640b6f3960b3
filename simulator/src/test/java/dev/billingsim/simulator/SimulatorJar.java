package dev.billingsim.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one launcher of every test that needs the simulator in another JVM: the runnable jar as a
 * user starts it, with everything it prints kept (stdout and stderr together), for tests that read
 * its messages, kill it or talk to it from outside (the testkit's reach it through the simulator's
 * test jar).
 */
public final class SimulatorJar implements AutoCloseable {

  /** The simulator module's jar, seen from that module or from a sibling one. */
  static final Path JAR =
      Files.exists(Path.of("target", "billing-simulator.jar"))
          ? Path.of("target", "billing-simulator.jar")
          : Path.of("..", "simulator", "target", "billing-simulator.jar");

  private static final Pattern READY =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final Thread drain;

  private SimulatorJar(Process process) {
    this.process = process;
    this.drain =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
              } catch (IOException closed) {
                // the process is gone
              }
            },
            "jar-output");
    drain.setDaemon(true);
    drain.start();
  }

  /** Starts the jar with {@code -Xmx<heap>} and the options; does not wait for it. */
  public static SimulatorJar launch(String heap, String... options) throws IOException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(options));
    return new SimulatorJar(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Starts the jar and waits (60 s at most) until it listens; its port. */
  public static SimulatorJar start(String heap, String... options) throws Exception {
    SimulatorJar jar = launch(heap, options);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (jar.port() < 0) {
      if (!jar.process.isAlive() || System.nanoTime() > deadline) {
        jar.close();
        throw new IllegalStateException("the simulator did not start:\n" + jar.output());
      }
      Thread.sleep(20);
    }
    return jar;
  }

  public int port() {
    Matcher ready = READY.matcher(output);
    return ready.find() ? Integer.parseInt(ready.group(1)) : -1;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Waits for the process to end by itself; its exit code. */
  public int exitCode(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("the jar did not exit within " + seconds + " s:\n" + output());
    }
    drain.join(5_000);
    return process.exitValue();
  }

  /** Everything printed so far. */
  public String output() {
    return output.toString();
  }

  /** SIGKILL. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then everything it printed. */
  public String stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    drain.join(5_000);
    return output();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
