package dev.billingsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.catalogue.Catalogue;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DelayDistributionTest {

  private static final String RENEW = "RenewARMServerInstance";
  private static final List<String> DEMO = List.of("aic-demo-0001");
  private static final long MAX = FaultRulePolicy.MAX_DELAY_MS;

  @Test
  void logNormalDelaysCentreOnTheMedianWithALongerTailAbove() {
    DelayDistribution delay = new DelayDistribution.LogNormal(80, 0.4);
    Random random = new Random(7);

    long[] draws =
        LongStream.generate(() -> delay.sampleMs(random, MAX)).limit(10_000).sorted().toArray();

    // exp(0.4 * 1.645) = 1.93: the 95th percentile sits near twice the median, the 5th near half.
    assertThat(draws[draws.length / 2]).isBetween(76L, 84L);
    assertThat(draws[draws.length * 95 / 100]).isBetween(145L, 165L);
    assertThat(draws[draws.length * 5 / 100]).isBetween(38L, 45L);
    assertThat(draws[0]).isPositive();
  }

  @Test
  void uniformDelaysStayWithinTheirBoundsAndReachBoth() {
    DelayDistribution delay = new DelayDistribution.Uniform(20, 25);
    Random random = new Random(7);

    List<Long> seen = Stream.generate(() -> delay.sampleMs(random, MAX)).limit(1_000).toList();

    assertThat(seen).allMatch(ms -> ms >= 20 && ms <= 25).contains(20L, 21L, 22L, 23L, 24L, 25L);
  }

  @Test
  void drawsNeverExceedTheLargestDelay() {
    DelayDistribution wide = new DelayDistribution.LogNormal(MAX, 4.0);
    Random random = new Random(1);

    for (int i = 0; i < 1_000; i++) {
      assertThat(wide.sampleMs(random, MAX)).isBetween(0L, MAX);
    }
  }

  @Test
  void theSameSeedDrawsTheSameDelaysForTheSameCalls() {
    assertThat(delaysOfTenCalls(99L)).isEqualTo(delaysOfTenCalls(99L));
    assertThat(delaysOfTenCalls(99L)).isNotEqualTo(delaysOfTenCalls(100L));
  }

  @Test
  void aFiredRuleCarriesTheDelayDrawnForItsCall() {
    FaultRules rules = new FaultRules(Catalogue.standard(), 5L);
    rules.add(FaultRule.answering("OrderFailed").withDelay(new DelayDistribution.Uniform(30, 60)));

    FaultRule fired = rules.match(RENEW, "demo-ak", DEMO).orElseThrow();

    assertThat(fired.delayMs()).isBetween(30L, 60L);
    assertThat(rules.list().get(0).delay()).isEqualTo(new DelayDistribution.Uniform(30, 60));
    assertThat(rules.list().get(0).delayMs()).isZero();
  }

  @Test
  void aDistributionAloneMakesAValidRule() {
    FaultRules rules = new FaultRules(Catalogue.standard(), 5L);

    AddOutcome outcome =
        rules.add(
            new FaultRule(null, RENEW, null, null, null, null, null, null, null)
                .withDelay(new DelayDistribution.LogNormal(80, 0.4)));

    assertThat(outcome).isInstanceOf(AddOutcome.Stored.class);
  }

  @Test
  void refusesDistributionParametersOutOfRangeWithEveryProblem() {
    assertThat(problems(new DelayDistribution.LogNormal(0, -1)))
        .containsExactly(
            "delay.medianMs: must be more than 0 and at most 600000",
            "delay.sigma: must be between 0 and 4.0");
    assertThat(problems(new DelayDistribution.LogNormal(Double.NaN, Double.NaN)))
        .containsExactly(
            "delay.medianMs: must be more than 0 and at most 600000",
            "delay.sigma: must be between 0 and 4.0");
    assertThat(problems(new DelayDistribution.Uniform(50, 10)))
        .containsExactly("delay.upperMs: must not be less than lowerMs (50)");
    assertThat(problems(new DelayDistribution.Uniform(-1, 700_000)))
        .containsExactly(
            "delay.lowerMs: must be between 0 and 600000",
            "delay.upperMs: must be between 0 and 600000");
  }

  @Test
  void refusesADistributionNextToAFixedDelay() {
    FaultRule both =
        FaultRule.answering("OrderFailed")
            .withDelay(new DelayDistribution.Uniform(1, 2))
            .withDelayMs(5);
    FaultRule combined =
        new FaultRule(
            null,
            null,
            null,
            null,
            "OrderFailed",
            null,
            5L,
            null,
            null,
            new DelayDistribution.Uniform(1, 2));

    assertThat(both.delay()).isNull();
    assertThat(new FaultRulePolicy(Catalogue.standard()).problems(combined))
        .containsExactly("delay: cannot be combined with delayMs (give one or the other)");
  }

  private static List<String> problems(DelayDistribution delay) {
    return new FaultRulePolicy(Catalogue.standard())
        .problems(FaultRule.answering("OrderFailed").withDelay(delay));
  }

  private static List<Long> delaysOfTenCalls(long seed) {
    FaultRules rules = new FaultRules(Catalogue.standard(), seed);
    rules.add(FaultRule.answering("OrderFailed").withDelay(new DelayDistribution.LogNormal(80, 1)));
    return Stream.generate(() -> rules.match(RENEW, "demo-ak", DEMO).orElseThrow().delayMs())
        .limit(10)
        .toList();
  }
}
