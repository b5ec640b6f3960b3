package dev.billingsim.simulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One admin fault rule, as {@code POST /__admin/billing/faults} takes it and {@code GET} lists it.
 *
 * <p>The selectors {@code action}, {@code accessKeyId} and {@code instanceId} are optional (null
 * matches any). When the rule fires, the call answers {@code error} (a catalogue code) or suffers
 * {@code fault} (a {@link NetworkFault} name), after {@code delayMs}, or after a delay drawn from
 * {@code delay} on each call (a {@link DelayDistribution}; null: the fixed {@code delayMs}). {@code
 * times} bounds how often it fires (null: unlimited) and {@code probability} is the chance it fires
 * on a call that it selects.
 *
 * <p>Absent {@code delayMs} and {@code probability} take their defaults (0 and 1.0) here, so a rule
 * read from JSON with fields left out means what the contract says. Nothing else is checked here:
 * {@link FaultRules#add} lists every problem instead of failing on the first.
 */
public record FaultRule(
    String id,
    String action,
    String accessKeyId,
    String instanceId,
    String error,
    String fault,
    Long delayMs,
    Integer times,
    Double probability,
    // Listed only when the rule has one, as the admin API takes it.
    @JsonInclude(JsonInclude.Include.NON_NULL) DelayDistribution delay) {

  public static final long DEFAULT_DELAY_MS = 0;
  public static final double DEFAULT_PROBABILITY = 1.0;

  public FaultRule {
    delayMs = delayMs == null ? DEFAULT_DELAY_MS : delayMs;
    probability = probability == null ? DEFAULT_PROBABILITY : probability;
  }

  /** A rule whose delay, if any, is the fixed {@code delayMs}. */
  public FaultRule(
      String id,
      String action,
      String accessKeyId,
      String instanceId,
      String error,
      String fault,
      Long delayMs,
      Integer times,
      Double probability) {
    this(id, action, accessKeyId, instanceId, error, fault, delayMs, times, probability, null);
  }

  /** A rule that answers {@code code} on every call (a starting point for the withers). */
  public static FaultRule answering(String code) {
    return new FaultRule(null, null, null, null, code, null, null, null, null);
  }

  /** A rule that suffers {@code fault} on every call. */
  public static FaultRule failing(NetworkFault fault) {
    return new FaultRule(null, null, null, null, null, fault.name(), null, null, null);
  }

  /** A rule that only delays every call by {@code millis}. */
  public static FaultRule delaying(long millis) {
    return new FaultRule(null, null, null, null, null, null, millis, null, null);
  }

  public FaultRule withId(String newId) {
    return new FaultRule(
        newId, action, accessKeyId, instanceId, error, fault, delayMs, times, probability, delay);
  }

  public FaultRule forAction(String newAction) {
    return new FaultRule(
        id, newAction, accessKeyId, instanceId, error, fault, delayMs, times, probability, delay);
  }

  public FaultRule forAccessKey(String newAccessKeyId) {
    return new FaultRule(
        id, action, newAccessKeyId, instanceId, error, fault, delayMs, times, probability, delay);
  }

  public FaultRule forInstance(String newInstanceId) {
    return new FaultRule(
        id, action, accessKeyId, newInstanceId, error, fault, delayMs, times, probability, delay);
  }

  /** This rule answering the catalogue code {@code newError}. */
  public FaultRule withError(String newError) {
    return new FaultRule(
        id, action, accessKeyId, instanceId, newError, fault, delayMs, times, probability, delay);
  }

  /** This rule suffering {@code newFault} instead of answering. */
  public FaultRule withFault(NetworkFault newFault) {
    String name = newFault.name();
    return new FaultRule(
        id, action, accessKeyId, instanceId, error, name, delayMs, times, probability, delay);
  }

  /** This rule delaying by exactly {@code newDelayMs} (and by no distribution). */
  public FaultRule withDelayMs(long newDelayMs) {
    return new FaultRule(
        id, action, accessKeyId, instanceId, error, fault, newDelayMs, times, probability, null);
  }

  /** This rule delaying each call by a draw from {@code distribution} (and no fixed delay). */
  public FaultRule withDelay(DelayDistribution distribution) {
    return new FaultRule(
        id, action, accessKeyId, instanceId, error, fault, 0L, times, probability, distribution);
  }

  public FaultRule withTimes(Integer newTimes) {
    return new FaultRule(
        id, action, accessKeyId, instanceId, error, fault, delayMs, newTimes, probability, delay);
  }

  public FaultRule withProbability(double newProbability) {
    return new FaultRule(
        id, action, accessKeyId, instanceId, error, fault, delayMs, times, newProbability, delay);
  }

  /** The network fault this rule names, if it names a valid one. */
  public Optional<NetworkFault> networkFault() {
    return NetworkFault.named(fault);
  }

  /** Whether every selector given matches this call; {@code instanceId} must be among its ids. */
  boolean selects(String callAction, String callAccessKeyId, List<String> callInstanceIds) {
    return (action == null || action.equals(callAction))
        && (accessKeyId == null || accessKeyId.equals(callAccessKeyId))
        && (instanceId == null
            || (callInstanceIds != null && callInstanceIds.contains(instanceId)));
  }
}
