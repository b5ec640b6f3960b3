package dev.billingsim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Turns JMH JSON result files ({@code -rf json}) into the rows of benchmarks/README.md's table,
 * followed by the figures the goals are stated in: the HTTP throughput and p99 ratios against the
 * WireMock stub, the two-thread scaling of domain renewals, and the cost per item of moving the
 * clock, planning a payment and exporting or importing the state.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.billingsim.benchmarks.Report
 * results.json...}
 */
public final class Report {

  private final List<JsonNode> rows = new ArrayList<>();

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Report <jmh-result.json>...");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    for (String file : args) {
      Report report = new Report();
      for (JsonNode row : mapper.readTree(Files.readString(Path.of(file)))) {
        report.rows.add(row);
      }
      System.out.println("### " + file);
      System.out.println();
      report.table();
      report.checks();
      System.out.println();
    }
  }

  private void table() {
    System.out.println("| benchmark | parameters | mode | result ± error | unit |");
    System.out.println("|---|---|---|---|---|");
    for (JsonNode row : rows) {
      JsonNode metric = row.get("primaryMetric");
      String mode = row.get("mode").asText();
      row(row, mode, number(metric, "score") + " ± " + number(metric, "scoreError"));
      if (mode.equals("sample")) {
        JsonNode percentiles = metric.get("scorePercentiles");
        row(
            row,
            "p50 / p99 / p99.9",
            String.join(
                " / ",
                number(percentiles, "50.0"),
                number(percentiles, "99.0"),
                number(percentiles, "99.9")));
      }
    }
    System.out.println();
  }

  private void row(JsonNode row, String mode, String result) {
    System.out.printf(
        "| %s | %s | %s | %s | %s |%n",
        shortName(row),
        params(row),
        mode,
        result,
        row.get("primaryMetric").get("scoreUnit").asText());
  }

  private void checks() {
    // HTTP: simulator against the WireMock stub, per setting of the other parameters.
    Map<String, double[]> http = new LinkedHashMap<>();
    for (JsonNode row : rows) {
      if (!shortName(row).equals("HttpRenewalBenchmark.renew")) {
        continue;
      }
      String setting = params(row).replaceAll("(^|, )server=\\w+", "").replaceAll("^, ", "");
      double[] figures = http.computeIfAbsent(setting, t -> new double[4]);
      int server = row.get("params").get("server").asText().equals("simulator") ? 0 : 1;
      JsonNode metric = row.get("primaryMetric");
      if (row.get("mode").asText().equals("thrpt")) {
        figures[server] = metric.get("score").asDouble();
      } else if (row.get("mode").asText().equals("sample")) {
        figures[2 + server] = metric.get("scorePercentiles").get("99.0").asDouble();
      }
    }
    http.forEach(
        (setting, f) -> {
          if (f[0] > 0 && f[1] > 0) {
            System.out.printf(
                Locale.ROOT,
                "- HTTP (%s): simulator %.0f req/s, WireMock stub %.0f req/s,"
                    + " ratio %.2f (goal >= 0.9, never < 0.8)%n",
                setting,
                f[0] * 1000,
                f[1] * 1000,
                f[0] / f[1]);
          }
          if (f[2] > 0 && f[3] > 0) {
            System.out.printf(
                Locale.ROOT,
                "- HTTP (%s): p99 simulator %.2f ms, WireMock stub %.2f ms, ratio %.2f (goal <= 1.5)%n",
                setting,
                f[2],
                f[3],
                f[2] / f[3]);
          }
        });

    // HTTP, the two servers loaded in turn in one run: each one's renewals are a secondary result.
    for (JsonNode row : rows) {
      if (shortName(row).equals("HttpRenewalBenchmark.alternate")) {
        double simulator = secondary(row, "simulator");
        double stub = secondary(row, "wiremock");
        if (simulator > 0 && stub > 0) {
          System.out.printf(
              Locale.ROOT,
              "- HTTP alternating (%s): simulator/stub %.2f (goal >= 0.9, never < 0.8)%n",
              params(row),
              simulator / stub);
        }
      }
    }

    String domain = "DomainRenewalBenchmark.";
    ratio(
        "domain renewal: 2 threads on distinct accounts / 1 thread = %.2f (goal >= 1.7)",
        domain + "renewDistinctAccounts", domain + "renewOneThread");
    ratio(
        "the machine's own ceiling: baseline on 2 threads / 1 thread = %.2f",
        domain + "baselineTwoThreads", domain + "baseline");
    ratio(
        "domain renewal: 2 threads on one account / 1 thread = %.2f (contended)",
        domain + "renewOneAccount", domain + "renewOneThread");
    perItem("ClockAdvanceBenchmark.advanceThirtyDays", "due", "ms per 1000 due", 1000);
    perItem("ClockAdvanceBenchmark.baseline", "due", "ms per 1000 instances scanned", 1000);
    perItem("PaymentPlanBenchmark.plan", "holdings", "ns per coupon-and-card", 1);
    perItem("StateExportImportBenchmark.exportJson", "instances", "ms per 10k instances", 10_000);
    perItem("StateExportImportBenchmark.importJson", "instances", "ms per 10k instances", 10_000);
  }

  /** Prints one score over another (benchmarks without parameters), if both ran. */
  private void ratio(String format, String numerator, String denominator) {
    double top = score(numerator);
    double bottom = score(denominator);
    if (top > 0 && bottom > 0) {
      System.out.printf(Locale.ROOT, "- " + format + "%n", top / bottom);
    }
  }

  /** Score divided by the size parameter, per remaining parameter combination. */
  private void perItem(String benchmark, String sizeParam, String unit, int per) {
    Map<String, StringJoiner> lines = new LinkedHashMap<>();
    for (JsonNode row : rows) {
      if (!shortName(row).equals(benchmark)) {
        continue;
      }
      int size = row.get("params").get(sizeParam).asInt();
      String others =
          params(row).replaceAll("(^|, )" + sizeParam + "=\\d+", "").replaceAll("^, ", "");
      double value = row.get("primaryMetric").get("score").asDouble() / size * per;
      lines
          .computeIfAbsent(others, o -> new StringJoiner(", "))
          .add(sizeParam + "=" + size + ": " + number(value));
    }
    lines.forEach(
        (others, joined) ->
            System.out.printf(
                "- %s%s, %s: %s%n",
                benchmark, others.isEmpty() ? "" : " (" + others + ")", unit, joined));
  }

  /** A secondary result's score (an {@code @AuxCounters} field), or -1. */
  private static double secondary(JsonNode row, String name) {
    JsonNode metric = row.path("secondaryMetrics").path(name);
    return metric.isMissingNode() ? -1 : metric.get("score").asDouble();
  }

  /** The score of a benchmark without parameters, or -1. */
  private double score(String benchmark) {
    for (JsonNode row : rows) {
      if (shortName(row).equals(benchmark) && params(row).isEmpty()) {
        return row.get("primaryMetric").get("score").asDouble();
      }
    }
    return -1;
  }

  private static String shortName(JsonNode row) {
    String name = row.get("benchmark").asText();
    String[] parts = name.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private static String params(JsonNode row) {
    JsonNode params = row.get("params");
    if (params == null) {
      return "";
    }
    StringJoiner joined = new StringJoiner(", ");
    for (Map.Entry<String, JsonNode> field : params.properties()) {
      joined.add(field.getKey() + "=" + field.getValue().asText());
    }
    return joined.toString();
  }

  private static String number(JsonNode node, String field) {
    return number(node.get(field).asDouble());
  }

  /** Three significant digits, thousands grouped: 1,234,567 / 12,346 / 12.3 / 0.00123. */
  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "n/a";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,d", rounded.toBigInteger());
    }
    return rounded.stripTrailingZeros().toPlainString();
  }
}
