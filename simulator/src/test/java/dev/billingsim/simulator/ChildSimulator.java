package dev.billingsim.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The runnable jar in a child JVM, as a user starts it: for crash and restart tests. */
final class ChildSimulator implements AutoCloseable {

  static final Path JAR = Path.of("target", "billing-simulator.jar");

  private final Process process;
  final int port;

  private ChildSimulator(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ChildSimulator start(String... options) throws Exception {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run mvn package first");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                JAR.toString()));
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                StringBuilder seen = new StringBuilder();
                for (String line; (line = out.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  int at = line.indexOf("listening on http://127.0.0.1:");
                  if (at >= 0) {
                    return Integer.parseInt(
                        line.substring(at + "listening on http://127.0.0.1:".length()).trim());
                  }
                }
                throw new IllegalStateException(
                    "the simulator exited before it was ready:\n" + seen);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    try {
      int port = ready.get(60, TimeUnit.SECONDS);
      // Keep draining its output so it never blocks on a full pipe.
      CompletableFuture.runAsync(() -> out.lines().forEach(line -> {}));
      return new ChildSimulator(process, port);
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** SIGKILL: no shutdown hook, no flush, as a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, and the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    process.waitFor(30, TimeUnit.SECONDS);
    return process.exitValue();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
