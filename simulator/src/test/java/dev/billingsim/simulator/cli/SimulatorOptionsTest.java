package dev.billingsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatorOptionsTest {

  @TempDir Path dir;

  @Test
  void noArgumentsGiveTheDocumentedDefaults() {
    SimulatorOptions documented =
        new SimulatorOptions(8080, null, null, true, 1000, null, false, null, false);

    assertThat(parsed()).isEqualTo(documented);
    assertThat(SimulatorOptions.defaults()).isEqualTo(documented);
  }

  @Test
  void readsAnExistingStateFile() throws IOException {
    Path state = Files.writeString(dir.resolve("state.json"), "{}");

    assertThat(parsed("--state", state.toString()).stateFile()).isEqualTo(state);
    assertThat(parsed("--state=" + state).stateFile()).isEqualTo(state);
  }

  @Test
  void readsAPersistFileThatNeedNotExistYet() {
    Path file = dir.resolve("billing.json");

    assertThat(parsed("--persist", file.toString()).persistFile()).isEqualTo(file);
  }

  /** Each option as the record component it sets, in both spellings and at its edges. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --port 9090                     | port        | 9090
          --port=0                        | port        | 0
          --port 65535                    | port        | 65535
          --flow-control off              | flowControl | false
          --flow-control=on               | flowControl | true
          --journal 100000                | journal     | 100000
          --journal=0                     | journal     | 0
          --seed 42                       | seed        | 42
          --seed -7                       | seed        | -7
          --seed=9223372036854775807      | seed        | 9223372036854775807
          --admin-token s3cret            | adminToken  | s3cret
          --admin-token=a=b               | adminToken  | a=b
          --demo-call                     | demoCall    | true
          --help                          | help        | true
          -h                              | help        | true
          --port banana --nope --help     | help        | true
          """)
  void readsAnOption(String arguments, String component, String expected) throws Exception {
    SimulatorOptions options = parsed(arguments.split(" "));

    assertThat(String.valueOf(SimulatorOptions.class.getMethod(component).invoke(options)))
        .isEqualTo(expected);
  }

  @Test
  void readsEveryOptionInAnyOrderAndBothSpellings() throws IOException {
    Path state = Files.writeString(dir.resolve("state.json"), "{}");
    Path persist = dir.resolve("persist.json");

    SimulatorOptions options =
        parsed(
            "--seed=5",
            "--demo-call",
            "--journal",
            "10",
            "--persist=" + persist,
            "--admin-token",
            "t",
            "--flow-control=off",
            "--state",
            state.toString(),
            "--port",
            "0");

    assertThat(options)
        .isEqualTo(new SimulatorOptions(0, state, persist, false, 10, 5L, false, "t", true));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          --verbose                  | unknown option --verbose
          --verbose=yes              | unknown option --verbose
          -p 80                      | unknown option -p
          8080                       | unexpected argument '8080' (options start with --)
          --port                     | --port needs a value
          --port=                    | --port needs a value
          --state --port 1           | --state needs a value
          --admin-token              | --admin-token needs a value
          --demo-call=yes            | --demo-call takes no value
          --port 1 --port=2          | --port is given more than once
          --port http                | --port needs a whole number, got 'http'
          --journal 1.5              | --journal needs a whole number, got '1.5'
          --seed x                   | --seed needs a whole number, got 'x'
          --seed 9223372036854775808 | --seed needs a whole number, got '9223372036854775808'
          --port 65536               | --port must be between 0 and 65535, got 65536
          --port -1                  | --port must be between 0 and 65535, got -1
          --journal -1               | --journal must be 0 or more, got -1
          --journal 3000000000       | --journal must be 0 or more, got 3000000000
          --flow-control yes         | --flow-control must be on or off, got 'yes'
          --flow-control=ON          | --flow-control must be on or off, got 'ON'
          """)
  void refusesAMistakeNamingIt(String arguments, String message) {
    assertThat(error(arguments.split(" "))).isEqualTo(message);
  }

  @Test
  void refusesAStateFileThatDoesNotExist() {
    Path missing = dir.resolve("missing.json");

    assertThat(error("--state", missing.toString()))
        .isEqualTo("--state file not found: " + missing);
  }

  @Test
  void refusesAStateThatIsADirectory() {
    assertThat(error("--state", dir.toString())).isEqualTo("--state is not a file: " + dir);
  }

  @Test
  void helpDocumentsEveryOptionWithItsDefault() {
    String usage = SimulatorOptions.usage();

    assertThat(usage.replaceAll("\\s+", " "))
        .contains(
            "Usage: java -jar billing-simulator.jar [options]",
            "--port <N>",
            "(default: 8080)",
            "--state <FILE>",
            "(default: the demo state)",
            "--persist <FILE>",
            "(default: state in memory only)",
            "--flow-control <on|off>",
            "(default: on)",
            "--journal <N>",
            "(default: 1000)",
            "--seed <N>",
            "(default: a new random seed at every start)",
            "--admin-token <T>",
            "(default: open to anyone who can reach the port)",
            "--demo-call",
            "-h, --help",
            "listening on http://127.0.0.1:<port>");
    assertThat(usage.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void resultFoldsToEitherBranch() {
    String run = SimulatorOptions.parse("--port", "1").fold(o -> "run " + o.port(), e -> e);
    String refused = SimulatorOptions.parse("--port").fold(o -> "run", e -> "error: " + e);

    assertThat(run).isEqualTo("run 1");
    assertThat(refused).isEqualTo("error: --port needs a value");
  }

  private static SimulatorOptions parsed(String... args) {
    ParseResult result = SimulatorOptions.parse(args);
    assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).options();
  }

  private static String error(String... args) {
    ParseResult result = SimulatorOptions.parse(args);
    assertThat(result).isInstanceOf(ParseResult.UsageError.class);
    return ((ParseResult.UsageError) result).message();
  }
}
