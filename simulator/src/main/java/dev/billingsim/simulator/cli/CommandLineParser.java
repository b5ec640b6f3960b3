package dev.billingsim.simulator.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import joptsimple.BuiltinHelpFormatter;
import joptsimple.OptionDescriptor;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;
import joptsimple.ValueConversionException;
import joptsimple.ValueConverter;

/**
 * Declares each option of the jar once (name, help text, default and check) with jopt-simple, and
 * reads a command line into {@link SimulatorOptions}, or into the one thing wrong with it.
 */
final class CommandLineParser {

  private static final String HEADER =
      """
      Billing simulator: Alibaba Cloud's renewal and billing APIs (ENS, ECS elasticity assurances,
      BSS OpenAPI) on a local HTTP endpoint, for testing code that uses the official SDKs without a
      real account or real money.

      Usage: java -jar billing-simulator.jar [options]

      Options, in any order, each as --name value or --name=value:

      """;
  private static final String FOOTER =
      """

      When it is ready it prints one line containing: listening on http://127.0.0.1:<port>
      Point an SDK at 127.0.0.1:<port> over HTTP; the demo key is demo-ak / demo-secret.
      The admin API is under http://127.0.0.1:<port>/__admin/billing: state, reset, clock,
      faults, catalogue and orders (see the README). Stop it with Ctrl-C or SIGTERM.

      Examples:
        java -jar billing-simulator.jar
        java -jar billing-simulator.jar --port 0 --seed 42
        java -jar billing-simulator.jar --state my-accounts.json --flow-control off
        java -jar billing-simulator.jar --persist billing-state.json --journal 0""";

  private final OptionParser parser = new OptionParser(false);
  private final OptionSpec<Void> help =
      parser.acceptsAll(List.of("h", "help"), "Print this help and exit.").forHelp();
  private final OptionSpec<Integer> port =
      parser
          .accepts("port", "Port to listen on; 0 picks a free one (read it from the ready line).")
          .withRequiredArg()
          .describedAs("N")
          .withValuesConvertedBy(wholeNumber(0, 65_535))
          .defaultsTo(8080);
  private final OptionSpec<Path> state =
      parser
          .accepts(
              "state",
              "Start from this state document (the JSON that GET /__admin/billing/state returns)"
                  + " instead of the built-in demo state. The file must exist."
                  + " (default: the demo state)")
          .withRequiredArg()
          .describedAs("FILE")
          .withValuesConvertedBy(new Value<>(Path.class, CommandLineParser::existingFile));
  private final OptionSpec<Path> persist =
      parser
          .accepts(
              "persist",
              "Keep the state in FILE: start from it if it exists (otherwise from --state or the"
                  + " demo state) and write every committed change to it before answering, so"
                  + " nothing acknowledged is lost on a restart or a kill -9."
                  + " (default: state in memory only)")
          .withRequiredArg()
          .describedAs("FILE")
          .withValuesConvertedBy(new Value<>(Path.class, CommandLineParser::path));
  private final OptionSpec<String> flowControl =
      parser
          .accepts(
              "flow-control",
              "Throttle each AccessKeyId and action to 10 requests per second, as Alibaba Cloud"
                  + " does (answering Throttling.User).")
          .withRequiredArg()
          .describedAs("on|off")
          .withValuesConvertedBy(new Value<>(String.class, CommandLineParser::onOff))
          .defaultsTo("on");
  private final OptionSpec<Integer> journal =
      parser
          .accepts(
              "journal",
              "Keep the last N requests for WireMock's /__admin/requests, at the same small cost"
                  + " per request whatever N is; 0 turns the journal off (request listing and"
                  + " verification are then unavailable).")
          .withRequiredArg()
          .describedAs("N")
          .withValuesConvertedBy(wholeNumber(0, Integer.MAX_VALUE))
          .defaultsTo(1000);
  private final OptionSpec<Long> seed =
      parser
          .accepts(
              "seed",
              "Seed of every random choice (fault rule probabilities, RequestIds), so a run with"
                  + " the same calls can be repeated exactly. (default: a new random seed at every"
                  + " start)")
          .withRequiredArg()
          .describedAs("N")
          .withValuesConvertedBy(new Value<>(Long.class, CommandLineParser::longValue));
  private final OptionSpec<String> adminToken =
      parser
          .accepts(
              "admin-token",
              "Require the header \"Authorization: Token T\" on every /__admin call."
                  + " (default: open to anyone who can reach the port)")
          .withRequiredArg()
          .describedAs("T")
          .withValuesConvertedBy(new Value<>(String.class, Function.identity()));
  private final OptionSpec<Void> demoCall =
      parser.accepts(
          "demo-call",
          "Start no server: act as a client instead, renewing the demo instance once with a"
              + " request signed by the demo key against a simulator already running on --port,"
              + " and print the answer.");

  /**
   * {@code --help} (or {@code -h}) anywhere wins over every other argument, so a user can always
   * get the help text; otherwise the first mistake found is the answer.
   */
  ParseResult parse(String[] args) {
    List<String> arguments = args == null ? List.of() : List.of(args);
    boolean help = arguments.contains("--help") || arguments.contains("-h");
    try {
      OptionSet set = parser.parse(help ? new String[0] : arguments.toArray(String[]::new));
      String problem = help ? null : problem(set, arguments);
      if (problem != null) {
        return new ParseResult.UsageError(problem);
      }
      return new ParseResult.Parsed(
          new SimulatorOptions(
              set.valueOf(port),
              set.valueOf(state),
              set.valueOf(persist),
              set.valueOf(flowControl).equals("on"),
              set.valueOf(journal),
              set.valueOf(seed),
              help,
              set.valueOf(adminToken),
              set.has(demoCall)));
    } catch (OptionException e) {
      String name = e.options().iterator().next();
      String option = (name.length() == 1 ? "-" : "--") + name;
      if (!parser.recognizedOptions().containsKey(name)) {
        return new ParseResult.UsageError("unknown option " + option);
      }
      String problem =
          e.getCause() instanceof ValueConversionException ? e.getCause().getMessage() : null;
      return new ParseResult.UsageError(
          option + " " + (problem != null ? problem : "needs a value"));
    }
  }

  /** What jopt-simple lets through: a value on a flag, a repeat, a stray word. */
  private String problem(OptionSet set, List<String> arguments) {
    for (String argument : arguments) {
      String name = argument.matches("--[^=]+=.*") ? argument.substring(2).split("=")[0] : "";
      OptionSpec<?> spec = parser.recognizedOptions().get(name);
      if (spec != null && !((OptionDescriptor) spec).acceptsArguments()) {
        return "--" + name + " takes no value";
      }
    }
    Set<OptionSpec<?>> seen = new HashSet<>();
    for (OptionSpec<?> spec : set.specs()) {
      String option = "--" + spec.options().get(spec.options().size() - 1);
      if (!seen.add(spec)) {
        return option + " is given more than once";
      }
      set.valuesOf(spec); // converting checks a value: "--state --port 1" is --state's mistake
    }
    return set.nonOptionArguments().isEmpty()
        ? null
        : "unexpected argument '" + set.nonOptionArguments().get(0) + "' (options start with --)";
  }

  /** The {@code --help} text, generated from the options declared above. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  String usage() {
    String options =
        new BuiltinHelpFormatter(100, 2) {
          @Override
          protected String extractTypeIndicator(OptionDescriptor descriptor) {
            return null; // "--port <N>", not "--port <Integer: N>"
          }
        }.format((Map) parser.recognizedOptions());
    return HEADER + options.replaceAll("(?m) +$", "") + FOOTER;
  }

  /** A check that refuses a missing value (empty, or the next option) before reading one. */
  private record Value<T>(Class<T> valueType, Function<String, T> read)
      implements ValueConverter<T> {
    @Override
    public T convert(String text) {
      if (text.isEmpty() || text.startsWith("--")) {
        throw new ValueConversionException("needs a value");
      }
      return read.apply(text);
    }

    @Override
    public String valuePattern() {
      return null;
    }
  }

  private static ValueConverter<Integer> wholeNumber(int min, int max) {
    return new Value<>(
        Integer.class,
        text -> {
          long number = longValue(text);
          if (number < min || number > max) {
            String range =
                max == Integer.MAX_VALUE ? min + " or more" : "between " + min + " and " + max;
            throw new ValueConversionException("must be " + range + ", got " + text);
          }
          return (int) number;
        });
  }

  private static long longValue(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ValueConversionException("needs a whole number, got '" + text + "'");
    }
  }

  private static String onOff(String text) {
    if (text.equals("on") || text.equals("off")) {
      return text;
    }
    throw new ValueConversionException("must be on or off, got '" + text + "'");
  }

  private static Path existingFile(String text) {
    Path file = path(text);
    if (!Files.exists(file)) {
      throw new ValueConversionException("file not found: " + text);
    }
    if (!Files.isRegularFile(file)) {
      throw new ValueConversionException("is not a file: " + text);
    }
    if (!Files.isReadable(file)) {
      throw new ValueConversionException("file is not readable: " + text);
    }
    return file;
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ValueConversionException("is not a valid path: " + text);
    }
  }
}
