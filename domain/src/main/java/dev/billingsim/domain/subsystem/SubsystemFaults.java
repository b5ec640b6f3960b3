package dev.billingsim.domain.subsystem;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.BillingError;
import dev.billingsim.domain.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The switchboard of injected subsystem faults. Thread-safe; a firing fault counts against its
 * {@code times} atomically, so a fault meant to fire once fires once however many calls race.
 */
public final class SubsystemFaults {

  private final Catalogue catalogue;
  private final List<Active> faults = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private volatile boolean empty = true;

  public SubsystemFaults(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Adds a fault; refuses (with the reason) a code the subsystem cannot produce. */
  public synchronized Optional<String> inject(SubsystemFault fault) {
    if (!fault.subsystem().codes(catalogue).contains(fault.code())) {
      return Optional.of(
          "the %s subsystem cannot fail with %s; it can fail with %s"
              .formatted(
                  fault.subsystem().code(), fault.code(), fault.subsystem().codes(catalogue)));
    }
    if (fault.times() != null && fault.times() < 1) {
      return Optional.of("times must be at least 1");
    }
    String id = fault.id() != null ? fault.id() : "sf-" + ids.incrementAndGet();
    faults.add(new Active(fault.withId(id), fault.times() == null ? -1 : fault.times()));
    empty = false;
    return Optional.empty();
  }

  public synchronized List<SubsystemFault> list() {
    return faults.stream().map(Active::fault).toList();
  }

  public synchronized boolean remove(String id) {
    boolean removed = faults.removeIf(active -> active.fault().id().equals(id));
    empty = faults.isEmpty();
    return removed;
  }

  public synchronized void clear() {
    faults.clear();
    empty = true;
  }

  /**
   * A call to {@code subsystem} on behalf of {@code uid} about {@code instanceId}: the injected
   * error if a fault fires, otherwise nothing (the call succeeds).
   */
  public Optional<BillingError> call(Subsystem subsystem, Api api, String uid, String instanceId) {
    if (empty) {
      return Optional.empty(); // the common case costs one volatile read
    }
    synchronized (this) {
      for (int i = 0; i < faults.size(); i++) {
        Active active = faults.get(i);
        SubsystemFault fault = active.fault();
        if (fault.subsystem() == subsystem
            && (fault.uid() == null || fault.uid().equals(uid))
            && (fault.instanceId() == null || fault.instanceId().equals(instanceId))) {
          if (active.remaining().get() > 0 && active.remaining().decrementAndGet() == 0) {
            faults.remove(i);
            empty = faults.isEmpty();
          }
          return Optional.of(errorOf(fault, api, instanceId));
        }
      }
    }
    return Optional.empty();
  }

  private BillingError errorOf(SubsystemFault fault, Api api, String instanceId) {
    return fault.message() != null && !fault.message().isEmpty()
        ? catalogue.errorWithMessage(api, fault.code(), fault.message())
        : catalogue.error(api, fault.code(), instanceId);
  }

  /** A fault with the times it may still fire (-1: until removed); guarded by the switchboard. */
  private record Active(SubsystemFault fault, AtomicInteger remaining) {
    Active(SubsystemFault fault, int remaining) {
      this(fault, new AtomicInteger(remaining));
    }
  }
}
