package dev.billingsim.simulator.faults;

import java.util.concurrent.atomic.AtomicInteger;

/** A stored rule with what is left of its {@code times}; the count is the only mutable part. */
final class ArmedRule {

  private final FaultRule rule;
  private final AtomicInteger remaining;

  ArmedRule(FaultRule rule) {
    this.rule = rule;
    this.remaining = rule.times() == null ? null : new AtomicInteger(rule.times());
  }

  FaultRule rule() {
    return rule;
  }

  /**
   * Takes one firing if any is left. The compare-and-set loop lets exactly {@code times} callers
   * through however many race for the last one.
   */
  boolean tryFire() {
    if (remaining == null) {
      return true;
    }
    while (true) {
      int left = remaining.get();
      if (left <= 0) {
        return false;
      }
      if (remaining.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  boolean exhausted() {
    return remaining != null && remaining.get() <= 0;
  }

  /** The rule as listed now: {@code times} is what is left of it. */
  FaultRule snapshot() {
    return remaining == null ? rule : rule.withTimes(remaining.get());
  }
}
