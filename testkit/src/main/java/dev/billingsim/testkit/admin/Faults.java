package dev.billingsim.testkit.admin;

import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.simulator.faults.FaultRule;

/**
 * Where fault rules start. Each factory returns a new immutable value, to be given to one
 * simulator's {@code admin.faults().add(...)}: nothing here talks to a server, and there is no
 * default or global simulator behind it.
 *
 * <pre>{@code
 * sim.faults().add(fault().action("RenewARMServerInstance").error(Codes.PAY_HSF_TIMEOUT_ERROR).times(1));
 * sim.faults().add(fault().action("RenewARMServerInstance").network(CONNECTION_RESET_BY_PEER).times(1));
 * sim.faults().add(fault().action("DescribeARMServerInstances").delay(Duration.ofMillis(300)));
 * sim.faults().add(subsystem(Subsystem.PRICING).error(Codes.PRICE_HSF_TIMEOUT_ERROR).times(1));
 * }</pre>
 */
public final class Faults {

  private Faults() {}

  /** A gateway rule selecting every call; narrow it and give it an error, a fault or a delay. */
  public static GatewayFault fault() {
    return new GatewayFault(new FaultRule(null, null, null, null, null, null, null, null, null));
  }

  /** A failure of one back-end system of a renewal; give it the code it fails with. */
  public static SubsystemFailure subsystem(Subsystem subsystem) {
    return new SubsystemFailure(subsystem, null, null, null, null, null);
  }
}
