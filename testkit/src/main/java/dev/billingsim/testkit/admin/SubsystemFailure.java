package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.domain.subsystem.Subsystem;
import java.util.Objects;

/**
 * A subsystem fault: the next renewals fail exactly where {@link #subsystem} is called (pricing,
 * payment, risk control, ...), with {@link #error} (a code that subsystem can produce; the
 * simulator refuses any other) and an optional detail {@link #message}, narrowed to one {@link
 * #instanceId} or account {@link #uid}, at most {@link #times} times (null: until removed).
 *
 * <p>An immutable value: {@code subsystem(Subsystem.PRICING).error(Codes.PRICE_HSF_TIMEOUT_ERROR)
 * .times(1)} makes the next renewal time out in pricing, and nothing after pricing runs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // what is not set is left out of the rule
public record SubsystemFailure(
    Subsystem subsystem, String error, String message, String instanceId, String uid, Integer times)
    implements FaultSpec {

  public SubsystemFailure {
    Objects.requireNonNull(subsystem, "subsystem");
  }

  /** Fail with this code (see {@code Codes}). */
  public SubsystemFailure error(String code) {
    return new SubsystemFailure(subsystem, code, message, instanceId, uid, times);
  }

  /** The detail filled into a {@code %s} message. */
  public SubsystemFailure message(String detail) {
    return new SubsystemFailure(subsystem, error, detail, instanceId, uid, times);
  }

  public SubsystemFailure instanceId(String newInstanceId) {
    return new SubsystemFailure(subsystem, error, message, newInstanceId, uid, times);
  }

  public SubsystemFailure uid(String newUid) {
    return new SubsystemFailure(subsystem, error, message, instanceId, newUid, times);
  }

  public SubsystemFailure times(int newTimes) {
    return new SubsystemFailure(subsystem, error, message, instanceId, uid, newTimes);
  }

  /** The components are the rule's fields; the subsystem goes by its code. */
  @Override
  public ObjectNode toJson() {
    return AdminHttp.JSON.<ObjectNode>valueToTree(this).put("subsystem", subsystem.code());
  }
}
