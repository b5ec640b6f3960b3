package dev.billingsim.simulator.cli;

import java.util.function.Function;

/** What a command line parsed to: options to run with, or the one thing wrong with it. */
public sealed interface ParseResult {

  /** The command line was valid. */
  record Parsed(SimulatorOptions options) implements ParseResult {}

  /** The command line was not; {@code message} is one line naming the option and the fix. */
  record UsageError(String message) implements ParseResult {}

  default <T> T fold(Function<SimulatorOptions, T> onParsed, Function<String, T> onError) {
    if (this instanceof Parsed parsed) {
      return onParsed.apply(parsed.options());
    } else if (this instanceof UsageError error) {
      return onError.apply(error.message());
    }
    throw new IllegalStateException("unknown parse result " + this);
  }
}
