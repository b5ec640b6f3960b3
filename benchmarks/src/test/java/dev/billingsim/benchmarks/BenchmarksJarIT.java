package dev.billingsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The smoke run CI makes: one benchmark from target/benchmarks.jar, one fork, no warm-up, one 100
 * ms iteration. It proves the shaded jar runs JMH and finds the benchmarks; it measures nothing.
 * The suite itself is run by hand (benchmarks/run), never by mvn verify.
 */
class BenchmarksJarIT {

  @Test
  void theShadedJarRunsABenchmark() throws Exception {
    Path jar = Path.of("target", "benchmarks.jar");
    Path result = Path.of("target", "jmh-smoke.json");
    Files.deleteIfExists(result);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jmh = "PaymentPlanBenchmark.plan -p holdings=10 -p draw=first -f 1 -wi 0 -i 1 -r 100ms";
    List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
    command.addAll(List.of((jmh + " -foe true -rf json -rff " + result).split(" ")));
    Process run =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "jmh-smoke.log").toFile())
            .start();

    assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    assertThat(run.exitValue()).as("exit status; see target/jmh-smoke.log").isZero();
    JsonNode rows = new ObjectMapper().readTree(result.toFile());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("primaryMetric").get("score").asDouble()).isPositive();
  }
}
