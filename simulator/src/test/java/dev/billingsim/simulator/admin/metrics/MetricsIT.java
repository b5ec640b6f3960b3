package dev.billingsim.simulator.admin.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.InProcessSimulator;
import dev.billingsim.simulator.Sdk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /__admin/billing/metrics scraped over HTTP and read by a Prometheus text-format parser
 * (Hawkular's prometheus-scraper, a port of the Prometheus Python client's parser), after real SDK
 * traffic.
 */
class MetricsIT {

  @RegisterExtension
  static final InProcessSimulator SIM =
      new InProcessSimulator(options -> options.seed(3L).journal(50));

  private static final String RENEW = "RenewARMServerInstance";
  private static final Http admin = SIM.admin();
  private static List<MetricFamily> families;
  private static String text;

  @BeforeAll
  static void trafficAndScrape() throws Exception {
    renew("aic-demo-0001");
    renew("aic-demo-0001");
    catchThrowable(() -> renew("aic-err-PayInsufficientBalance"));
    admin.post(
        "/faults",
        "{\"action\":\"RenewARMServerInstance\",\"error\":\"PayHsfTimeoutError\",\"times\":1,"
            + "\"delay\":{\"distribution\":\"uniform\",\"lowerMs\":120,\"upperMs\":150}}");
    catchThrowable(() -> renew("aic-demo-0001"));
    admin.post("/faults", "{\"subsystem\":\"tax\",\"error\":\"PayTaxCalcFailed\"}");
    admin.post("/clock/advance", "{\"to\":\"2026-12-01T12:00:00Z\"}");

    HttpResponse<String> scraped =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(SIM.baseUrl() + "/__admin/billing/metrics"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(scraped.statusCode()).isEqualTo(200);
    assertThat(scraped.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    text = scraped.body();
    families = parse(text);
  }

  @Test
  void theParserReadsEverySampleTheSimulatorWrote() {
    long sampleLines =
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    long parsedSamples = 0;
    for (MetricFamily family : families) {
      for (Metric metric : family.getMetrics()) {
        parsedSamples +=
            metric instanceof Histogram histogram ? histogram.getBuckets().size() + 2 : 1;
      }
    }

    assertThat(parsedSamples).isEqualTo(sampleLines);
    assertThat(families)
        .extracting(MetricFamily::getName)
        .contains(
            "billing_rpc_requests_total",
            "billing_rpc_latency_seconds",
            "billing_orders",
            "billing_money_moved",
            "billing_instances",
            "billing_fault_rules_active",
            "billing_fault_rules_fired_total",
            "billing_journal_requests",
            "billing_journal_capacity",
            "billing_clock_seconds");
  }

  @Test
  void requestsAreCountedByActionAndAnswerCode() {
    assertThat(renewals(Map.of("code", "OK", "status", "200"))).isEqualTo(2.0);
    assertThat(renewals(Map.of("code", "PayInsufficientBalance"))).isEqualTo(1.0);
    assertThat(renewals(Map.of("code", "PayHsfTimeoutError"))).isEqualTo(1.0);
    assertThat(family("billing_rpc_requests_total").getType()).isEqualTo(MetricType.COUNTER);
  }

  @Test
  void latencyIsAHistogramThatCountsTheInjectedDelay() {
    Histogram renewals =
        (Histogram) metric("billing_rpc_latency_seconds", Map.of("action", RENEW)).orElseThrow();

    assertThat(renewals.getSampleCount()).isEqualTo(4);
    // The faulted call waited 120-150 ms, so it is never within 100 ms.
    assertThat(bucket(renewals, 0.1)).isLessThanOrEqualTo(3);
    assertThat(bucket(renewals, Double.POSITIVE_INFINITY)).isEqualTo(4);
    assertThat(renewals.getSampleSum()).isGreaterThanOrEqualTo(0.12);
  }

  @Test
  void ordersMoneyRulesJournalAndClockAreReadFromTheWorld() {
    assertThat(value("billing_orders", Map.of("type", "RENEW", "status", "PAID"))).isEqualTo(2.0);
    // Two renewals of 100.00: the coupon's 50.00, the card's 100.00, then 50.00 of cash.
    assertThat(value("billing_money_moved", Map.of("currency", "CNY", "source", "coupon")))
        .isEqualTo(50.0);
    assertThat(value("billing_money_moved", Map.of("currency", "CNY", "source", "storedValueCard")))
        .isEqualTo(100.0);
    assertThat(value("billing_money_moved", Map.of("currency", "CNY", "source", "cash")))
        .isEqualTo(50.0);
    assertThat(value("billing_fault_rules_fired_total", Map.of("outcome", "PayHsfTimeoutError")))
        .isEqualTo(1.0);
    assertThat(value("billing_fault_rules_active", Map.of("kind", "gateway"))).isEqualTo(0.0);
    assertThat(value("billing_fault_rules_active", Map.of("kind", "subsystem"))).isEqualTo(1.0);
    assertThat(value("billing_journal_requests", Map.of())).isEqualTo(4.0);
    assertThat(value("billing_journal_capacity", Map.of())).isEqualTo(50.0);
    assertThat(value("billing_clock_seconds", Map.of())).isEqualTo(1_796_126_400.0);
    assertThat(value("billing_instances", Map.of("product", "ecs", "status", "Expired")))
        .isPositive();
  }

  /** billing_rpc_requests_total of RenewARMServerInstance with these labels too. */
  private static double renewals(Map<String, String> labels) {
    Map<String, String> wanted = new HashMap<>(labels);
    wanted.put("action", RENEW);
    return value("billing_rpc_requests_total", wanted);
  }

  private static void renew(String instanceId) throws Exception {
    Sdk.ens(SIM.sim(), "demo-ak", "demo-secret", false, RENEW, Map.of("InstanceId", instanceId));
  }

  private static List<MetricFamily> parse(String exposition) throws IOException {
    TextPrometheusMetricDataParser parser =
        new TextPrometheusMetricDataParser(
            new ByteArrayInputStream(exposition.getBytes(StandardCharsets.UTF_8)));
    List<MetricFamily> parsed = new ArrayList<>();
    for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
      parsed.add(family);
    }
    return parsed;
  }

  private static MetricFamily family(String name) {
    return families.stream()
        .filter(f -> f.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no family " + name + " in\n" + text));
  }

  private static Optional<Metric> metric(String name, Map<String, String> labels) {
    return family(name).getMetrics().stream()
        .filter(m -> m.getLabels().entrySet().containsAll(labels.entrySet()))
        .findFirst();
  }

  private static double value(String name, Map<String, String> labels) {
    Metric metric =
        metric(name, labels)
            .orElseThrow(() -> new AssertionError("no " + name + " " + labels + " in\n" + text));
    if (metric instanceof Counter counter) {
      return counter.getValue();
    }
    return ((Gauge) metric).getValue();
  }

  private static long bucket(Histogram histogram, double upperBound) {
    return histogram.getBuckets().stream()
        .filter(b -> b.getUpperBound() == upperBound)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bucket le=" + upperBound + " in\n" + text))
        .getCumulativeCount();
  }
}
