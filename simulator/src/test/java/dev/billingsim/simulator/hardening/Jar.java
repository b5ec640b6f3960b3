package dev.billingsim.simulator.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar in a child JVM as a user starts it, with everything it prints kept (stdout and
 * stderr together), for tests that read its messages or kill it.
 */
final class Jar implements AutoCloseable {

  static final Path JAR = Path.of("target", "billing-simulator.jar");
  private static final String READY = "listening on http://127.0.0.1:";

  private final Process process;
  private final StringBuffer output = new StringBuffer();
  private final Thread drain;

  private Jar(Process process) {
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
  static Jar launch(String heap, String... options) throws IOException {
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
    return new Jar(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Starts the jar and waits (60 s at most) until it listens; its port. */
  static Jar start(String heap, String... options) throws Exception {
    Jar jar = launch(heap, options);
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

  int port() {
    String text = output.toString();
    int at = text.indexOf(READY);
    if (at < 0) {
      return -1;
    }
    int end = at + READY.length();
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == at + READY.length()
        ? -1
        : Integer.parseInt(text.substring(at + READY.length(), end));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Waits for the process to end by itself; its exit code. */
  int exitCode(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError("the jar did not exit within " + seconds + " s:\n" + output());
    }
    drain.join(5_000);
    return process.exitValue();
  }

  /** Everything printed so far. */
  String output() {
    return output.toString();
  }

  /** SIGKILL. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then everything it printed. */
  String stop() throws InterruptedException {
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
