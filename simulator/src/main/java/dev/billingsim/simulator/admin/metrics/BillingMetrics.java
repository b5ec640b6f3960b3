package dev.billingsim.simulator.admin.metrics;

import static java.math.BigDecimal.ONE;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.SimulatorWorld;
import dev.billingsim.simulator.journal.RingJournalStore;
import dev.billingsim.simulator.rpc.AnswerObserver;
import dev.billingsim.simulator.rpc.RpcRouter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

/**
 * The metrics of one simulator, in a Micrometer Prometheus registry of its own (several simulators
 * in one JVM never share a series).
 *
 * <p>Per request, as the RPC dispatcher answers ({@link #answered}): {@code
 * billing_rpc_requests_total} by action, code and HTTP status, and {@code
 * billing_rpc_latency_seconds}, a histogram by action of the time from the dispatcher taking the
 * call to the answer leaving, injected delay included. Each costs a map look-up and an atomic add.
 * Everything else is read from the world when {@link #scrape} is called, so a scrape sees the world
 * as it is then (a reset makes orders go down).
 */
public final class BillingMetrics implements AnswerObserver {

  /** Latency buckets: from a fast in-memory answer to a rule's slow one. */
  private static final Duration[] LATENCY_BUCKETS =
      LongStream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000)
          .mapToObj(Duration::ofMillis)
          .toArray(Duration[]::new);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SimulatorWorld world;
  private final AnswerLabels labels;
  private final Map<RequestKey, Counter> requests = new ConcurrentHashMap<>();
  private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
  private final MultiGauge orders;
  private final MultiGauge money;
  private final MultiGauge instances;
  private final MultiGauge faultRules;
  private final AtomicReference<Map<String, Long>> fired = new AtomicReference<>(Map.of());
  private final Set<String> firedRegistered = ConcurrentHashMap.newKeySet();
  private volatile long journalSize;
  private volatile long journalCapacity;

  private record RequestKey(String action, String code, int status) {}

  /**
   * @param router the RPC actions the simulator serves: their names are the only action labels
   */
  public BillingMetrics(SimulatorWorld world, RpcRouter router) {
    this.world = world;
    this.labels = new AnswerLabels(router.actionNames());
    orders = multiGauge("billing.orders", "Orders the world holds, by type and status");
    money =
        multiGauge(
            "billing.money.moved",
            "Money drawn by PAID orders (REFUND: paid back), in major units of the currency,"
                + " by order type and payment source");
    instances = multiGauge("billing.instances", "Instances the world holds, by product and status");
    faultRules =
        multiGauge(
            "billing.fault.rules.active",
            "Fault rules armed now: gateway rules and subsystem faults");
    Gauge.builder("billing.clock", world, w -> w.billing().now().getEpochSecond())
        .description("The simulated clock, as seconds since the epoch")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("billing.journal.requests", this, m -> m.journalSize)
        .description("Requests kept in the journal now (0 when --journal 0)")
        .register(registry);
    Gauge.builder("billing.journal.capacity", this, m -> m.journalCapacity)
        .description("Requests the journal keeps at most (--journal)")
        .register(registry);
  }

  @Override
  public void answered(String requestedAction, ResponseDefinition answer, long startedNanos) {
    long tookNanos = System.nanoTime() - startedNanos;
    Integer delayMs = answer.getFixedDelayMilliseconds();
    if (delayMs != null) {
      tookNanos += TimeUnit.MILLISECONDS.toNanos(delayMs);
    }
    String action = labels.action(requestedAction);
    requests
        .computeIfAbsent(
            new RequestKey(action, AnswerLabels.code(answer), answer.getStatus()),
            this::requestCounter)
        .increment();
    latencies.computeIfAbsent(action, this::latencyTimer).record(tookNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * The metrics as Prometheus text (format 0.0.4), with the world's figures read now.
   *
   * @param admin the WireMock admin, for the journal
   */
  public String scrape(Admin admin) {
    refresh(admin);
    return registry.scrape();
  }

  /** The content type of {@link #scrape}. */
  public static String contentType() {
    return "text/plain; version=0.0.4; charset=utf-8";
  }

  private MultiGauge multiGauge(String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }

  private Counter requestCounter(RequestKey key) {
    return Counter.builder("billing.rpc.requests")
        .description("RPC requests answered, by action, answer code (OK or the error) and status")
        .tags("action", key.action(), "code", key.code(), "status", Integer.toString(key.status()))
        .register(registry);
  }

  private Timer latencyTimer(String action) {
    return Timer.builder("billing.rpc.latency")
        .description("Time to answer an RPC request, injected delay included, by action")
        .tags("action", action)
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry);
  }

  private synchronized void refresh(Admin admin) {
    BillingState state = world.billing().export();
    orders.register(orderRows(state), true);
    money.register(moneyRows(state), true);
    instances.register(instanceRows(state), true);
    faultRules.register(
        List.of(
            MultiGauge.Row.of(Tags.of("kind", "gateway"), world.faultRules().list().size()),
            MultiGauge.Row.of(
                Tags.of("kind", "subsystem"), world.billing().faults().list().size())),
        true);
    Map<String, Long> counts = world.faultRules().firedCounts();
    fired.set(counts);
    for (String outcome : counts.keySet()) {
      if (firedRegistered.add(outcome)) {
        FunctionCounter.builder(
                "billing.fault.rules.fired",
                fired,
                current -> current.get().getOrDefault(outcome, 0L))
            .description(
                "Gateway fault rules fired, by what they did: the code answered, the network"
                    + " fault, or delay")
            .tags("outcome", outcome)
            .register(registry);
      }
    }
    readJournal(admin);
  }

  private void readJournal(Admin admin) {
    if (admin.getOptions().requestJournalDisabled()) {
      journalSize = 0;
      journalCapacity = 0;
      return;
    }
    RequestJournalStore store = admin.getOptions().getStores().getRequestJournalStore();
    if (store instanceof RingJournalStore ring) {
      journalSize = ring.size();
      journalCapacity = ring.capacity();
    } else {
      journalSize = store.getAllKeys().count();
      journalCapacity = admin.getOptions().maxRequestJournalEntries().orElse(-1);
    }
  }

  private static List<MultiGauge.Row<?>> orderRows(BillingState state) {
    Map<List<String>, BigDecimal> counts = new TreeMap<>(BillingMetrics::compareLabels);
    for (Order order : state.orders()) {
      counts.merge(List.of(order.type().name(), order.status().name()), ONE, BigDecimal::add);
    }
    return rows(counts, "type", "status");
  }

  private static List<MultiGauge.Row<?>> moneyRows(BillingState state) {
    Map<List<String>, BigDecimal> sums = new TreeMap<>(BillingMetrics::compareLabels);
    for (Order order : state.orders()) {
      if (order.status() != OrderStatus.PAID) {
        continue;
      }
      for (Payment payment : order.payments()) {
        List<String> key =
            List.of(
                payment.amount().currency().getCurrencyCode(),
                order.type().name(),
                payment.source().code());
        sums.merge(key, new BigDecimal(payment.amount().toPlainString()), BigDecimal::add);
      }
    }
    return rows(sums, "currency", "type", "source");
  }

  private static List<MultiGauge.Row<?>> instanceRows(BillingState state) {
    Map<List<String>, BigDecimal> counts = new TreeMap<>(BillingMetrics::compareLabels);
    for (Instance instance : state.instances()) {
      counts.merge(
          List.of(instance.product().code(), instance.status().name()), ONE, BigDecimal::add);
    }
    return rows(counts, "product", "status");
  }

  /** One row per set of label values, in their order: the values tagged with {@code names}. */
  private static List<MultiGauge.Row<?>> rows(Map<List<String>, BigDecimal> sums, String... names) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    sums.forEach(
        (values, sum) -> {
          Tags tags = Tags.empty();
          for (int i = 0; i < names.length; i++) {
            tags = tags.and(names[i], values.get(i));
          }
          rows.add(MultiGauge.Row.of(tags, sum.doubleValue()));
        });
    return rows;
  }

  private static int compareLabels(List<String> a, List<String> b) {
    return String.join("\u0000", a).compareTo(String.join("\u0000", b));
  }
}
