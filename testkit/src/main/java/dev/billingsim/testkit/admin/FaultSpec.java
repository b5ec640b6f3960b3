package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fault to inject with {@code admin.faults().add(...)}: a {@link GatewayFault} answers a call
 * before it reaches billing (a catalogue error, a broken connection, a delay); a {@link
 * SubsystemFailure} makes one back-end system of a renewal fail where a real failure would. Start
 * one from {@link Faults}.
 */
public sealed interface FaultSpec permits GatewayFault, SubsystemFailure {

  /** The rule as {@code POST /__admin/billing/faults} takes it. */
  ObjectNode toJson();
}
