package dev.billingsim.simulator;

import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.cli.ParseResult;
import dev.billingsim.simulator.cli.SimulatorOptions;
import dev.billingsim.simulator.state.Problems;
import dev.billingsim.simulator.state.StateDocument;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar billing-simulator.jar [options]}: starts the simulator (see {@code --help}),
 * prints {@code listening on http://127.0.0.1:<port>} when ready and stops cleanly on SIGTERM. With
 * {@code --demo-call} it is instead a client: one signed renewal of the demo instance against a
 * simulator already running on {@code --port}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit code (it blocks while a server runs). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ParseResult parsed = SimulatorOptions.parse(args);
    if (parsed instanceof ParseResult.UsageError usage) {
      err.println("billing-simulator: " + usage.message());
      err.println("Try --help for the options.");
      return 2;
    }
    SimulatorOptions options = ((ParseResult.Parsed) parsed).options();
    if (options.help()) {
      out.println(SimulatorOptions.usage());
      return 0;
    }
    if (options.demoCall()) {
      return DemoCall.run(options.port(), out, err);
    }
    BillingState state = null;
    if (options.stateFile() != null) {
      StateDocument.Parsed document = StateDocument.read(options.stateFile());
      if (!document.isValid()) {
        err.println(
            "billing-simulator: " + options.stateFile() + " is not a valid state document:");
        document.problems().forEach(problem -> err.println("  " + problem));
        return 2;
      }
      state = document.state();
    }
    Simulator simulator;
    try {
      simulator =
          Simulator.builder()
              .port(options.port())
              .state(state)
              .persist(options.persistFile())
              .flowControl(options.flowControl())
              .journal(options.journal())
              .seed(options.seed())
              .adminToken(options.adminToken())
              .start();
    } catch (RuntimeException e) {
      err.println("billing-simulator: cannot start: " + oneLine(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  simulator.close();
                  stopped.countDown();
                },
                "billing-simulator-shutdown"));
    out.println("listening on " + simulator.baseUrl());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += ": " + cause.getMessage();
    }
    return Problems.oneLine(message);
  }
}
