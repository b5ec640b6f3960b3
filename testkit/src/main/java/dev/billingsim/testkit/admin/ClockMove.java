package dev.billingsim.testkit.admin;

import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import java.time.Instant;
import java.util.List;

/**
 * What moving the clock did: the clock's new {@code now} and, in time order, every event that was
 * due on the way (auto-renewals, failed auto-renewals, expiries, releases, coupons and cards
 * running out), as the domain's event records.
 */
public record ClockMove(Instant now, List<DomainEvent> events) {

  public ClockMove {
    events = List.copyOf(events);
  }

  /** Only the events of one type, e.g. {@code eventsOf(InstanceExpired.class)}. */
  public <T extends DomainEvent> List<T> eventsOf(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The renewals (each paid by an order), automatic ones included. */
  public List<InstanceRenewed> renewals() {
    return eventsOf(InstanceRenewed.class);
  }

  /** Auto-renewals that were due and refused, each with its catalogue code. */
  public List<AutoRenewalFailed> failedRenewals() {
    return eventsOf(AutoRenewalFailed.class);
  }

  public List<InstanceExpired> expiries() {
    return eventsOf(InstanceExpired.class);
  }

  public List<InstanceReleased> releases() {
    return eventsOf(InstanceReleased.class);
  }
}
