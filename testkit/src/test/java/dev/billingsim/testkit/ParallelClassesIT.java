package dev.billingsim.testkit;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ensInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.world.World;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Two test classes, each with its own extension, run at the same time under JUnit's parallel
 * execution (enabled for this one launch, not for the module): each moves its own clock by a
 * different amount and renews in its own world, and neither sees the other. They meet twice on a
 * barrier, so they can only pass if they really run concurrently.
 */
class ParallelClassesIT {

  private static final Instant START = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void twoClassesRunConcurrentlyEachWithItsOwnServerWorldAndClock() {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(MonthTraveller.class), selectClass(YearTraveller.class))
            .filters(EngineFilter.includeEngines("junit-jupiter"))
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
            .configurationParameter(
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
            .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Map<String, String> published = new ConcurrentHashMap<>();
    TestExecutionListener reports =
        new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
            published.putAll(entry.getKeyValuePairs());
          }
        };

    LauncherFactory.create().execute(request, summary, reports);

    TestExecutionSummary result = summary.getSummary();
    assertThat(result.getFailures())
        .extracting(TestExecutionSummary.Failure::getException)
        .isEmpty();
    assertThat(result.getTestsSucceededCount()).isEqualTo(2);
    assertThat(published).containsKeys("month.port", "year.port");
    assertThat(published.get("month.port")).isNotEqualTo(published.get("year.port"));
    for (String port : published.values()) {
      assertThat(catchThrowable(() -> new Socket("127.0.0.1", Integer.parseInt(port)).close()))
          .as("the simulator on port %s is stopped after its class", port)
          .isInstanceOf(IOException.class);
    }
  }

  /** Moves its clock a month and renews once. Run only by the test above. */
  @ExtendWith(Meeting.class)
  static class MonthTraveller {

    @RegisterExtension
    static BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance().state(world("month", 60)).build();

    @Test
    void movesItsOwnClockAMonth(Meeting meeting, TestReporter reporter) throws Exception {
      travel(sim, "month", Period.ofMonths(1), 1, "2026-12-22T00:00:00Z", meeting, reporter);
    }
  }

  /** Moves its clock a year and renews twice. Run only by the test above. */
  @ExtendWith(Meeting.class)
  static class YearTraveller {

    @RegisterExtension
    static BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance().state(world("year", 500)).build();

    @Test
    void movesItsOwnClockAYear(Meeting meeting, TestReporter reporter) throws Exception {
      travel(sim, "year", Period.ofYears(1), 2, "2027-11-22T00:00:00Z", meeting, reporter);
    }
  }

  /** An account {@code name} owning the server {@code aic-<name>}, expiring in {@code days}. */
  private static World world(String name, int days) {
    return World.startingAt(START)
        .with(account(name).cash("1000.00"))
        .with(ensInstance("aic-" + name).expiresIn(Duration.ofDays(days)));
  }

  /**
   * What each traveller does in its own world, meeting the other one twice: moves its clock by
   * {@code period}, renews {@code renewals} times, and finds only its own clock, account and
   * orders.
   */
  private static void travel(
      BillingSimulatorExtension sim,
      String name,
      Period period,
      int renewals,
      String then,
      Meeting meeting,
      TestReporter reporter)
      throws Exception {
    reporter.publishEntry(name + ".port", String.valueOf(sim.port()));
    meeting.await("both simulators are running");

    sim.clock().advance(period);
    for (int i = 0; i < renewals; i++) {
      Map<String, String> server = Map.of("InstanceId", "aic-" + name);
      Sdk.call(sim.client(), Sdk.ENS, "RenewARMServerInstance", server);
    }
    meeting.await("both clocks have moved");

    assertThat(sim.clock().now()).isEqualTo(Instant.parse(then));
    assertThat(sim.admin().state().accounts()).extracting(a -> a.uid()).containsExactly(name);
    assertThat(sim.admin().orders()).hasSize(renewals);
  }

  /**
   * A barrier both travellers wait on, kept in the launch's root store (no static state): it opens
   * only when both classes reach it, so they must be running at the same time.
   */
  record Meeting(CyclicBarrier barrier) implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(Meeting.class);

    /** For {@code @ExtendWith}. */
    Meeting() {
      this(null);
    }

    void await(String what) throws InterruptedException, BrokenBarrierException {
      try {
        barrier.await(60, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError(
            "the other class never arrived (" + what + "): the classes did not run concurrently",
            e);
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Meeting.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent("meeting", key -> new Meeting(new CyclicBarrier(2)), Meeting.class);
    }
  }
}
