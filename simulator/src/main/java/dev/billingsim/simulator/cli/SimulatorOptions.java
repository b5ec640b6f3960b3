package dev.billingsim.simulator.cli;

import java.nio.file.Path;

/**
 * The runnable jar's options (contract section 1), read by {@link #parse}. Each option's name, help
 * text, default and check are declared once, in {@link CommandLineParser}.
 *
 * @param port the port to listen on, 0 for any free one
 * @param stateFile the state document to start from; null for the demo state
 * @param persistFile the file that keeps every committed change; null to keep state in memory
 * @param flowControl whether calls are throttled per AccessKeyId and action
 * @param journal how many requests WireMock's journal keeps; 0 turns it off
 * @param seed the seed of every random choice; null for a random one
 * @param help whether to print {@link #usage()} and exit
 * @param adminToken the token the admin API requires; null for an open admin API
 * @param demoCall whether to start no server and instead renew the demo instance once against a
 *     simulator already running on {@code port}, printing the answer
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

  /** The options of a command line with no arguments. */
  public static SimulatorOptions defaults() {
    return ((ParseResult.Parsed) parse()).options();
  }

  /**
   * Parses a command line: options in any order, each as {@code --name value} or {@code
   * --name=value}. {@code --help} (or {@code -h}) anywhere wins over every other argument, so a
   * user can always get the help text.
   */
  public static ParseResult parse(String... args) {
    return new CommandLineParser().parse(args);
  }

  /** The {@code --help} text: every option with its default, the ready line and examples. */
  public static String usage() {
    return new CommandLineParser().usage();
  }
}
