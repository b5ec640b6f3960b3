package dev.billingsim.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.billingsim.domain.catalogue.Catalogue;
import dev.billingsim.simulator.gateway.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FaultRulesTest {

  private static final String RENEW = "RenewARMServerInstance";
  private static final List<String> DEMO = List.of("aic-demo-0001");

  private final FaultRules rules = new FaultRules(Catalogue.standard(), 42L);

  @Test
  void matchesNothingWhenThereAreNoRules() {
    assertThat(rules.match(RENEW, "demo-ak", DEMO)).isEmpty();
    assertThat(rules.list()).isEmpty();
  }

  @Test
  void ruleWithoutSelectorsMatchesEveryCall() {
    FaultRule stored = stored(FaultRule.answering("PayHsfTimeoutError"));

    assertThat(rules.match(RENEW, "demo-ak", DEMO)).contains(stored);
    assertThat(rules.match("QueryAccountBalance", "other-ak", List.of())).contains(stored);
    assertThat(rules.match(null, null, null)).contains(stored);
  }

  @Test
  void ruleMatchesOnlyCallsThatFitEverySelector() {
    FaultRule stored =
        stored(
            FaultRule.answering("PayHsfTimeoutError")
                .forAction(RENEW)
                .forAccessKey("demo-ak")
                .forInstance("aic-demo-0001"));

    assertThat(rules.match(RENEW, "demo-ak", DEMO)).contains(stored);
    assertThat(rules.match(RENEW, "demo-ak", List.of("aic-x", "aic-demo-0001"))).contains(stored);
    assertThat(rules.match("DescribeARMServerInstances", "demo-ak", DEMO)).isEmpty();
    assertThat(rules.match(RENEW, "other-ak", DEMO)).isEmpty();
    assertThat(rules.match(RENEW, "demo-ak", List.of("aic-other"))).isEmpty();
    assertThat(rules.match(RENEW, "demo-ak", List.of())).isEmpty();
    assertThat(rules.match(RENEW, "demo-ak", null)).isEmpty();
  }

  @Test
  void firstMatchingRuleInInsertionOrderWins() {
    FaultRule first = stored(FaultRule.answering("OrderFailed").forAction(RENEW));
    stored(FaultRule.answering("PayHsfTimeoutError"));

    assertThat(rules.match(RENEW, "demo-ak", DEMO)).contains(first);
    assertThat(rules.match("QueryOrders", "demo-ak", DEMO).map(FaultRule::error))
        .contains("PayHsfTimeoutError");
  }

  @Test
  void generatesSequentialIdsAndKeepsGivenOnes() {
    FaultRule a = stored(FaultRule.delaying(10));
    FaultRule b = stored(FaultRule.delaying(10).withId("slow-renewals"));
    FaultRule c = stored(FaultRule.delaying(10));

    assertThat(List.of(a.id(), b.id(), c.id())).containsExactly("f-1", "slow-renewals", "f-2");
    assertThat(rules.list()).containsExactly(a, b, c);
  }

  @Test
  void generatedIdSkipsOneAlreadyTakenByHand() {
    stored(FaultRule.delaying(10).withId("f-1"));

    assertThat(stored(FaultRule.delaying(10)).id()).isEqualTo("f-2");
  }

  @Test
  void refusesAnIdAlreadyInUse() {
    stored(FaultRule.delaying(10).withId("mine"));

    assertThat(problems(FaultRule.delaying(5).withId("mine")))
        .containsExactly("id: mine is already in use");
  }

  @Test
  void ruleWithTimesFiresThatOftenThenIsRemoved() {
    stored(FaultRule.answering("OrderFailed").withTimes(2));

    assertThat(rules.match(RENEW, "demo-ak", DEMO)).isPresent();
    assertThat(rules.list()).singleElement().extracting(FaultRule::times).isEqualTo(1);
    assertThat(rules.match(RENEW, "demo-ak", DEMO)).isPresent();
    assertThat(rules.match(RENEW, "demo-ak", DEMO)).isEmpty();
    assertThat(rules.list()).isEmpty();
  }

  @Test
  void exhaustedRuleLetsTheNextOneMatch() {
    stored(FaultRule.answering("OrderFailed").withTimes(1));
    stored(FaultRule.answering("PayHsfTimeoutError"));

    assertThat(rules.match(RENEW, "demo-ak", DEMO).map(FaultRule::error)).contains("OrderFailed");
    assertThat(rules.match(RENEW, "demo-ak", DEMO).map(FaultRule::error))
        .contains("PayHsfTimeoutError");
  }

  @Test
  void ruleWithTimesOneFiresOnceUnderConcurrency() throws Exception {
    for (int round = 0; round < 50; round++) {
      rules.clear();
      stored(FaultRule.answering("OrderFailed").withTimes(1));

      assertThat(firingsFrom(8, 200)).as("round %d", round).isEqualTo(1);
      assertThat(rules.list()).isEmpty();
    }
  }

  @Test
  void ruleWithTimesNFiresExactlyNTimesUnderConcurrency() throws Exception {
    stored(FaultRule.answering("OrderFailed").withTimes(1000));

    assertThat(firingsFrom(8, 500)).isEqualTo(1000);
    assertThat(rules.list()).isEmpty();
  }

  @Test
  void sameSeedGivesTheSameFiringSequence() {
    List<Boolean> first = firingSequence(new FaultRules(Catalogue.standard(), 7L), 0.3, 500);
    List<Boolean> second = firingSequence(new FaultRules(Catalogue.standard(), 7L), 0.3, 500);
    List<Boolean> otherSeed = firingSequence(new FaultRules(Catalogue.standard(), 8L), 0.3, 500);

    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void firesAtRoughlyItsProbability() {
    List<Boolean> fired = firingSequence(rules, 0.25, 20_000);

    long count = fired.stream().filter(f -> f).count();
    assertThat(count / 20_000.0).isBetween(0.23, 0.27);
  }

  @Test
  void probabilityZeroNeverFiresAndOneAlwaysDoes() {
    assertThat(firingSequence(new FaultRules(Catalogue.standard(), 1L), 0.0, 1000))
        .containsOnly(false);
    assertThat(firingSequence(new FaultRules(Catalogue.standard(), 1L), 1.0, 1000))
        .containsOnly(true);
  }

  @Test
  void failedProbabilityRollDoesNotUseUpATime() {
    stored(FaultRule.answering("OrderFailed").withProbability(0.5).withTimes(3));

    assertThat(firings(rules, 1000)).filteredOn(fired -> fired).hasSize(3);
  }

  @Test
  void removesOneRuleById() {
    FaultRule a = stored(FaultRule.delaying(10));
    FaultRule b = stored(FaultRule.delaying(20));

    assertThat(rules.remove(a.id())).isTrue();
    assertThat(rules.remove(a.id())).isFalse();
    assertThat(rules.remove("f-404")).isFalse();
    assertThat(rules.list()).containsExactly(b);
  }

  @Test
  void clearRemovesEveryRule() {
    stored(FaultRule.delaying(10));
    stored(FaultRule.answering("OrderFailed"));

    rules.clear();

    assertThat(rules.list()).isEmpty();
    assertThat(rules.match(RENEW, "demo-ak", DEMO)).isEmpty();
  }

  @Test
  void storedRuleCarriesTheDefaults() {
    FaultRule stored =
        stored(new FaultRule(null, RENEW, null, null, "OrderFailed", null, null, null, null));

    assertThat(stored.delayMs()).isZero();
    assertThat(stored.probability()).isEqualTo(1.0);
    assertThat(stored.times()).isNull();
  }

  @Test
  void acceptsEveryNetworkFaultAndAnyCatalogueCode() {
    for (NetworkFault fault : NetworkFault.values()) {
      assertThat(rules.add(FaultRule.failing(fault))).isInstanceOf(AddOutcome.Stored.class);
    }
    // A global (ENS) code, an ECS-only code and a concrete code of a template row.
    for (String code :
        List.of(
            "PayInsufficientBalance", "InvalidPrivatePoolId.NotFound", "InvalidParameter.Period")) {
      assertThat(rules.add(FaultRule.answering(code)))
          .as(code)
          .isInstanceOf(AddOutcome.Stored.class);
    }
  }

  static Stream<Arguments> refusals() {
    String outside = "delayMs: must be between 0 and 600000";
    String probability = "probability: must be between 0 and 1";
    return Stream.of(
        arguments(FaultRule.answering("PayFoo"), List.of("error: PayFoo is not a catalogue code")),
        arguments(
            FaultRule.answering("InvalidParameter.%s"),
            List.of("error: InvalidParameter.%s is not a catalogue code")),
        arguments(
            new FaultRule(null, null, null, null, null, "TIMEOUT", null, null, null),
            List.of(
                "fault: must be one of CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE,"
                    + " MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE")),
        arguments(
            new FaultRule(
                null, null, null, null, "OrderFailed", "EMPTY_RESPONSE", null, null, null),
            List.of("fault: cannot be combined with error (a call gets one or the other)")),
        arguments(FaultRule.answering("OrderFailed").withProbability(-0.1), List.of(probability)),
        arguments(FaultRule.answering("OrderFailed").withProbability(1.01), List.of(probability)),
        arguments(
            FaultRule.answering("OrderFailed").withProbability(Double.NaN), List.of(probability)),
        arguments(
            FaultRule.answering("OrderFailed").withTimes(0), List.of("times: must be at least 1")),
        arguments(FaultRule.answering("OrderFailed").withDelayMs(-1), List.of(outside)),
        arguments(FaultRule.delaying(600_001), List.of(outside)),
        arguments(
            new FaultRule(null, RENEW, null, null, null, null, 0L, 1, 1.0),
            List.of("a rule needs error, fault, delayMs or delay")),
        arguments(
            new FaultRule(" ", "", "", " ", "OrderFailed", null, null, null, null),
            List.of(
                "id: must not be blank (leave it out for a generated one)",
                "action: must not be blank (leave it out to match any)",
                "accessKeyId: must not be blank (leave it out to match any)",
                "instanceId: must not be blank (leave it out to match any)")),
        arguments(
            new FaultRule(null, null, null, null, "PayFoo", null, -5L, 0, 2.0),
            List.of(
                "error: PayFoo is not a catalogue code",
                outside,
                "times: must be at least 1",
                probability)));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusesARuleNamingEveryProblemAtOnceAndStoresNothing(FaultRule rule, List<String> expected) {
    assertThat(problems(rule)).containsExactlyElementsOf(expected);
    assertThat(rules.list()).isEmpty();
  }

  @Test
  void aDelayOfTenMinutesIsAllowed() {
    assertThat(rules.add(FaultRule.delaying(600_000))).isInstanceOf(AddOutcome.Stored.class);
  }

  private FaultRule stored(FaultRule rule) {
    AddOutcome outcome = rules.add(rule);
    assertThat(outcome).isInstanceOf(AddOutcome.Stored.class);
    return ((AddOutcome.Stored) outcome).rule();
  }

  private List<String> problems(FaultRule rule) {
    AddOutcome outcome = rules.add(rule);
    assertThat(outcome).isInstanceOf(AddOutcome.Refused.class);
    return ((AddOutcome.Refused) outcome).problems();
  }

  private static List<Boolean> firingSequence(FaultRules source, double probability, int calls) {
    source.add(FaultRule.answering("OrderFailed").withProbability(probability));
    return firings(source, calls);
  }

  /** Whether each of {@code calls} calls matched a rule. */
  private static List<Boolean> firings(FaultRules source, int calls) {
    return Stream.generate(() -> source.match(RENEW, "demo-ak", DEMO).isPresent())
        .limit(calls)
        .toList();
  }

  /** Calls {@code match} from {@code threads} threads at once, each {@code calls} times. */
  private int firingsFrom(int threads, int calls) throws Exception {
    AtomicInteger fired = new AtomicInteger();
    Concurrently.run(
        threads,
        Duration.ofSeconds(30),
        thread -> {
          for (int i = 0; i < calls; i++) {
            rules.match(RENEW, "demo-ak", DEMO).ifPresent(match -> fired.incrementAndGet());
          }
        });
    return fired.get();
  }
}
