package dev.billingsim.simulator.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the jar's arguments into {@link SimulatorOptions}, stopping at the first mistake. */
final class CommandLineParser {

  private static final List<String> HELP = List.of("--help", "-h");
  private static final List<String> FLAGS = List.of("--demo-call");
  private static final List<String> VALUED =
      List.of(
          "--port",
          "--state",
          "--persist",
          "--flow-control",
          "--journal",
          "--seed",
          "--admin-token");

  private final String[] args;
  private final Set<String> seen = new HashSet<>();

  private int port = SimulatorOptions.DEFAULT_PORT;
  private Path stateFile;
  private Path persistFile;
  private boolean flowControl = true;
  private int journal = SimulatorOptions.DEFAULT_JOURNAL;
  private Long seed;
  private String adminToken;
  private boolean demoCall;

  CommandLineParser(String[] args) {
    this.args = args == null ? new String[0] : args;
  }

  ParseResult parse() {
    for (String arg : args) {
      if (HELP.contains(arg)) {
        return new ParseResult.Parsed(helpOnly());
      }
    }
    try {
      for (int i = 0; i < args.length; i++) {
        i = read(i);
      }
    } catch (UsageException e) {
      return new ParseResult.UsageError(e.getMessage());
    }
    return new ParseResult.Parsed(
        new SimulatorOptions(
            port, stateFile, persistFile, flowControl, journal, seed, false, adminToken, demoCall));
  }

  private static SimulatorOptions helpOnly() {
    SimulatorOptions d = SimulatorOptions.defaults();
    return new SimulatorOptions(
        d.port(), null, null, d.flowControl(), d.journal(), null, true, null, false);
  }

  /** Reads the option at {@code i}; returns the index of the last argument it used. */
  private int read(int i) {
    String arg = args[i];
    int equals = arg.indexOf('=');
    String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
    if (!FLAGS.contains(name) && !VALUED.contains(name)) {
      throw new UsageException(
          arg.startsWith("-")
              ? "unknown option " + name
              : "unexpected argument '" + arg + "' (options start with --)");
    }
    if (!seen.add(name)) {
      throw new UsageException(name + " is given more than once");
    }
    if (FLAGS.contains(name)) {
      if (equals > 0) {
        throw new UsageException(name + " takes no value");
      }
      demoCall = true;
      return i;
    }
    String value;
    int last = i;
    if (equals > 0) {
      value = arg.substring(equals + 1);
    } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
      value = args[++last];
    } else {
      value = "";
    }
    if (value.isEmpty()) {
      throw new UsageException(name + " needs a value");
    }
    apply(name, value);
    return last;
  }

  private void apply(String name, String value) {
    switch (name) {
      case "--port":
        port = intIn(name, value, 0, 65_535);
        break;
      case "--state":
        stateFile = existingFile(name, value);
        break;
      case "--persist":
        persistFile = path(name, value);
        break;
      case "--flow-control":
        flowControl = onOff(name, value);
        break;
      case "--journal":
        journal = intIn(name, value, 0, Integer.MAX_VALUE);
        break;
      case "--seed":
        seed = longValue(name, value);
        break;
      case "--admin-token":
        adminToken = value;
        break;
      default:
        throw new IllegalStateException("no handler for " + name);
    }
  }

  private static int intIn(String name, String value, int min, int max) {
    long number = longValue(name, value);
    if (number < min || number > max) {
      String range = max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
      throw new UsageException(name + " must be " + range + ", got " + value);
    }
    return (int) number;
  }

  private static long longValue(String name, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException(name + " needs a whole number, got '" + value + "'");
    }
  }

  private static boolean onOff(String name, String value) {
    if (value.equals("on")) {
      return true;
    }
    if (value.equals("off")) {
      return false;
    }
    throw new UsageException(name + " must be on or off, got '" + value + "'");
  }

  private static Path existingFile(String name, String value) {
    Path file = path(name, value);
    if (!Files.exists(file)) {
      throw new UsageException(name + " file not found: " + value);
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(name + " is not a file: " + value);
    }
    if (!Files.isReadable(file)) {
      throw new UsageException(name + " file is not readable: " + value);
    }
    return file;
  }

  private static Path path(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(name + " is not a valid path: " + value);
    }
  }

  /** A usage mistake; only ever caught in {@link #parse()} and turned into a value. */
  private static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message, null, false, false);
    }
  }
}
