package dev.billingsim.simulator.faults;

import dev.billingsim.domain.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fault rules of one simulator, matched in the order they were added.
 *
 * <p>{@link #match} runs on every RPC call. The rules live in an immutable list behind a volatile
 * field, replaced whole on every change (changes are rare admin calls), so the common case of no
 * rules costs one volatile read and a call never takes a lock. A rule's {@code times} is counted
 * down atomically: a rule added with {@code times = n} fires exactly n times however many calls
 * race for it, and is then removed.
 *
 * <p>Probabilities are rolled, and delay distributions drawn, with one {@link Random} seeded from
 * {@code --seed}, so a run with the same seed and the same calls fires the same rules and waits the
 * same. {@code Random} is thread-safe; under concurrent calls the sequence is shared in arrival
 * order.
 */
public final class FaultRules {

  private final FaultRulePolicy policy;
  private final Random random;
  private final AtomicLong ids = new AtomicLong();
  private final Object writeLock = new Object();
  private volatile List<ArmedRule> rules = List.of();
  private final Map<String, LongAdder> fired = new ConcurrentHashMap<>();

  public FaultRules(Catalogue catalogue, long seed) {
    this.policy = new FaultRulePolicy(catalogue);
    this.random = new Random(seed);
  }

  /**
   * Stores {@code rule} after every rule added before it, with a generated id ({@code f-1}, {@code
   * f-2}, ...) if it has none, or refuses it with every problem found.
   */
  public AddOutcome add(FaultRule rule) {
    List<String> problems = policy.problems(rule);
    synchronized (writeLock) {
      if (rule.id() != null && find(rule.id()).isPresent()) {
        problems.add("id: " + rule.id() + " is already in use");
      }
      if (!problems.isEmpty()) {
        return new AddOutcome.Refused(problems);
      }
      FaultRule stored = rule.id() != null ? rule : rule.withId(nextFreeId());
      List<ArmedRule> next = new ArrayList<>(rules);
      next.add(new ArmedRule(stored));
      rules = List.copyOf(next);
      return new AddOutcome.Stored(stored);
    }
  }

  /** Every rule in matching order; {@code times} is what is left of each. */
  public List<FaultRule> list() {
    return rules.stream().map(ArmedRule::snapshot).toList();
  }

  /** Removes the rule with this id; false if there is none. */
  public boolean remove(String id) {
    synchronized (writeLock) {
      Optional<ArmedRule> found = find(id);
      found.ifPresent(this::unlink);
      return found.isPresent();
    }
  }

  public void clear() {
    synchronized (writeLock) {
      rules = List.of();
    }
  }

  /** Whether no rule is armed: the usual case, where a call need not gather its selectors. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * The first rule that selects this call and fires: its selectors all match ({@code instanceId}
   * when {@code instanceIds} contains it), its probability roll succeeds and it has a firing left.
   * A rule that has used its last firing is removed.
   *
   * @return the rule as it was added (its original {@code times}); a rule with a {@link
   *     DelayDistribution} comes with {@code delayMs} drawn for this call
   */
  public Optional<FaultRule> match(String action, String accessKeyId, List<String> instanceIds) {
    List<ArmedRule> current = rules;
    if (current.isEmpty()) {
      return Optional.empty();
    }
    for (ArmedRule armed : current) {
      FaultRule rule = armed.rule();
      // Roll before counting down, so a roll that fails never uses up one of the rule's times.
      if (rule.selects(action, accessKeyId, instanceIds)
          && rolls(rule.probability())
          && armed.tryFire()) {
        if (armed.exhausted()) {
          retire(armed);
        }
        fired.computeIfAbsent(outcome(rule), key -> new LongAdder()).increment();
        return Optional.of(forThisCall(rule));
      }
    }
    return Optional.empty();
  }

  /**
   * How often rules have fired since this simulator started, by what they did: the catalogue code
   * answered, the network fault suffered, or {@code delay} for a rule that only delayed. Kept
   * across {@link #clear} and reset, as a counter is.
   */
  public Map<String, Long> firedCounts() {
    Map<String, Long> counts = new TreeMap<>();
    fired.forEach((outcome, count) -> counts.put(outcome, count.sum()));
    return counts;
  }

  private static String outcome(FaultRule rule) {
    return rule.error() != null ? rule.error() : rule.fault() != null ? rule.fault() : "delay";
  }

  private FaultRule forThisCall(FaultRule rule) {
    return rule.delay() == null
        ? rule
        : rule.withDelayMs(rule.delay().sampleMs(random, FaultRulePolicy.MAX_DELAY_MS));
  }

  private boolean rolls(double probability) {
    return probability >= 1.0 || (probability > 0.0 && random.nextDouble() < probability);
  }

  private void retire(ArmedRule armed) {
    synchronized (writeLock) {
      unlink(armed);
    }
  }

  private void unlink(ArmedRule armed) {
    List<ArmedRule> next = new ArrayList<>(rules);
    if (next.remove(armed)) {
      rules = List.copyOf(next);
    }
  }

  private Optional<ArmedRule> find(String id) {
    return rules.stream().filter(armed -> armed.rule().id().equals(id)).findFirst();
  }

  private String nextFreeId() {
    String id;
    do {
      id = "f-" + ids.incrementAndGet();
    } while (find(id).isPresent());
    return id;
  }
}
