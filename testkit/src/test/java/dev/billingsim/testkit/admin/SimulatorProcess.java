package dev.billingsim.testkit.admin;

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

/**
 * A simulator in another JVM, started as a user starts it: the runnable jar when the build has made
 * it (the simulator module's {@code target/billing-simulator.jar}), otherwise its main class on
 * this test's class path. It is ready when it prints its {@code listening on} line.
 */
final class SimulatorProcess implements AutoCloseable {

  private static final Path JAR = Path.of("..", "simulator", "target", "billing-simulator.jar");
  private static final String READY = "listening on ";

  private final Process process;
  private final String baseUrl;

  private SimulatorProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  static SimulatorProcess start(String... options) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    if (Files.exists(JAR)) {
      command.addAll(List.of("-jar", JAR.toString()));
    } else {
      command.addAll(
          List.of("-cp", System.getProperty("java.class.path"), "dev.billingsim.simulator.Main"));
    }
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuilder seen = new StringBuilder();
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  seen.append(line).append('\n');
                  int at = line.indexOf(READY);
                  if (at >= 0) {
                    return line.substring(at + READY.length()).trim();
                  }
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              throw new IllegalStateException("the simulator exited before it was ready:\n" + seen);
            });
    try {
      String baseUrl = ready.get(60, TimeUnit.SECONDS);
      CompletableFuture.runAsync(
          () -> out.lines().forEach(line -> {})); // never block on a full pipe
      return new SimulatorProcess(process, baseUrl);
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
