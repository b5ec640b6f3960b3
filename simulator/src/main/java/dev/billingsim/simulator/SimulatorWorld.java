package dev.billingsim.simulator;

import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.faults.FaultRules;
import dev.billingsim.simulator.persist.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one running simulator holds: the billing world, the state it started from (for reset), and
 * the admin fault rules. Admin tasks and the RPC dispatcher share it.
 */
public final class SimulatorWorld {

  private final Billing billing;
  private final BillingState initial;
  private final FaultRules faultRules;
  private final Persistence persistence;
  private final AtomicLong subsystemFaultIds = new AtomicLong();

  /**
   * @param persistence the --persist log, or null when the state lives in memory only
   */
  public SimulatorWorld(
      Billing billing, BillingState initial, FaultRules faultRules, Persistence persistence) {
    this.billing = billing;
    this.initial = initial;
    this.faultRules = faultRules;
    this.persistence = persistence;
  }

  /** The id of the next subsystem fault: {@code sf-1}, {@code sf-2}, ... per simulator. */
  public String nextSubsystemFaultId() {
    return "sf-" + subsystemFaultIds.incrementAndGet();
  }

  public Billing billing() {
    return billing;
  }

  public FaultRules faultRules() {
    return faultRules;
  }

  public BillingState initial() {
    return initial;
  }

  /**
   * Moves the clock. With --persist the whole move is one durable step: a crash in the middle
   * leaves the state as it was before the move, never half of it.
   */
  public List<DomainEvent> advanceClock(Instant target) {
    return persistence == null
        ? billing.advanceTo(target)
        : persistence.atomically(billing::export, () -> billing.advanceTo(target));
  }

  /**
   * Replaces the state; every problem instead if it is invalid (then nothing changes). Holds this
   * world's monitor, as a clock move reading now does, so neither sees the other half done.
   */
  public synchronized List<String> replace(BillingState state) {
    return billing.replace(state);
  }

  /** Back to the starting state, with no fault rules or subsystem faults left. */
  public synchronized void reset() {
    billing.replace(initial);
    faultRules.clear();
    billing.faults().clear();
  }
}
