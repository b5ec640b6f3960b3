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
   * Takes one firing if any is left. The atomic update lets exactly {@code times} callers through
   * however many race for the last one.
   */
  boolean tryFire() {
    return remaining == null || remaining.getAndUpdate(left -> left > 0 ? left - 1 : left) > 0;
  }

  boolean exhausted() {
    return remaining != null && remaining.get() <= 0;
  }

  /** The rule as listed now: {@code times} is what is left of it. */
  FaultRule snapshot() {
    return remaining == null ? rule : rule.withTimes(remaining.get());
  }
}
