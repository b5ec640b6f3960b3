package dev.billingsim.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in its own JVM, started as a user starts it ({@code java [flags] -jar JAR args}): its
 * output goes to a log file, a line of it may tell the port it listens on, and it is always ended,
 * by {@link #close()} or, if the benchmark itself is stopped, by a shutdown hook.
 */
final class ChildJvm implements AutoCloseable {

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.forEach(ChildJvm::end), "end-child-jvms"));
  }

  private final String name;
  private final Process process;
  private final Path log;
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile int port = -1;

  private ChildJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code java jvmFlags -jar jar args}; {@code portLine} finds the port in its output
   * (group 1), or is null when the port is given in {@code args}.
   */
  static ChildJvm start(
      String name, Path jar, List<String> jvmFlags, List<String> args, Pattern portLine, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    RUNNING.add(process);
    ChildJvm child = new ChildJvm(name, process, log);
    Thread pump = new Thread(() -> child.pump(portLine, String.join(" ", command)), name + "-log");
    pump.setDaemon(true);
    pump.start();
    return child;
  }

  /** Copies the child's output to its log, noting the port when {@code portLine} matches. */
  private void pump(Pattern portLine, String command) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
      out.println("$ " + command);
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        Matcher matcher = portLine == null ? null : portLine.matcher(line);
        if (matcher != null && matcher.find()) {
          port = Integer.parseInt(matcher.group(1));
          ready.countDown();
        }
      }
    } catch (IOException | RuntimeException ended) {
      // The child ended or its log cannot be written: close() still ends the process.
    } finally {
      ready.countDown();
    }
  }

  /** The port its output named, waiting up to {@code seconds} for the line. */
  int awaitPort(int seconds) throws InterruptedException {
    if (!ready.await(seconds, TimeUnit.SECONDS) || port < 0) {
      throw new IllegalStateException(
          name + " did not say its port within " + seconds + " s; see " + log);
    }
    return port;
  }

  long pid() {
    return process.pid();
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    end(process);
    RUNNING.remove(process);
  }

  /** SIGTERM, up to 10 seconds to stop (JFR writes its recording then), then SIGKILL. */
  private static void end(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
