package dev.billingsim.simulator.cli;

import java.nio.file.Path;

/**
 * The runnable jar's options (contract section 1), with the defaults of a plain {@code java -jar
 * billing-simulator.jar}: port 8080, the demo state, no persistence, flow control on, a journal of
 * 1000 requests, a random seed, an open admin API.
 *
 * @param port the port to listen on, 0 for any free one
 * @param stateFile the state document to start from; null for the demo state
 * @param persistFile the file that keeps every committed change; null to keep state in memory
 * @param flowControl whether calls are throttled per AccessKeyId and action
 * @param journal how many requests WireMock's journal keeps; 0 turns it off
 * @param seed the seed of every random choice; null for a random one
 * @param help whether to print {@link #usage()} and exit
 * @param adminToken the token the admin API requires; null for an open admin API
 * @param demoCall whether to make one demo call after starting
 */
public record SimulatorOptions(
    int port,
    Path stateFile,
    Path persistFile,
    boolean flowControl,
    int journal,
    Long seed,
    boolean help,
    String adminToken,
    boolean demoCall) {

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_JOURNAL = 1000;

  /** The options of a command line with no arguments. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        DEFAULT_PORT, null, null, true, DEFAULT_JOURNAL, null, false, null, false);
  }

  /**
   * Parses a command line: options in any order, each as {@code --name value} or {@code
   * --name=value}. {@code --help} (or {@code -h}) anywhere wins over every other argument, so a
   * user can always get the help text.
   */
  public static ParseResult parse(String... args) {
    return new CommandLineParser(args).parse();
  }

  /** The {@code --help} text: every option with its default, the ready line and examples. */
  public static String usage() {
    return Usage.TEXT;
  }
}
