package dev.billingsim.domain.subsystem;

/**
 * A fault injected into a subsystem: calls to it fail with {@code code} (and, for codes whose
 * message is all detail, {@code message}). {@code instanceId} and {@code uid} narrow it to one
 * instance or account (null for any); {@code times} bounds how often it fires (null: until
 * removed).
 */
public record SubsystemFault(
    String id,
    Subsystem subsystem,
    String code,
    String message,
    String instanceId,
    String uid,
    Integer times) {

  public SubsystemFault withId(String id) {
    return new SubsystemFault(id, subsystem, code, message, instanceId, uid, times);
  }
}
