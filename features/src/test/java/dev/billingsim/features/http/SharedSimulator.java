package dev.billingsim.features.http;

import dev.billingsim.simulator.Simulator;

/**
 * The simulators the HTTP suite talks to, started once per JVM on free ports and closed when the
 * JVM exits. Scenarios do not share state through them: every scenario replaces the whole state and
 * clears every fault first. Flow control is off on the main one (scenarios call fast); a second
 * one, started only if a scenario needs it, keeps the default 10 calls per second.
 */
final class SharedSimulator {

  private static Simulator main;
  private static Simulator throttled;

  private SharedSimulator() {}

  static synchronized Simulator main() {
    if (main == null) {
      main = start(false);
    }
    return main;
  }

  static synchronized Simulator throttled() {
    if (throttled == null) {
      throttled = start(true);
    }
    return throttled;
  }

  private static Simulator start(boolean flowControl) {
    Simulator simulator = Simulator.builder().port(0).flowControl(flowControl).seed(1L).start();
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "close-simulator"));
    return simulator;
  }
}
