package dev.billingsim.simulator.cli;

import java.nio.file.Path;

/**
 * The runnable jar's options (contract section 1), read by {@link #parse}: each component is the
 * option it is named after ({@code stateFile} is {@code --state}, {@code flowControl} is {@code
 * --flow-control on}), null where an option with no default is absent. Each option's name, help
 * text, default and check are declared once, in {@link CommandLineParser}.
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
