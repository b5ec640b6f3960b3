package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.simulator.faults.DelayDistribution;
import dev.billingsim.simulator.faults.FaultRule;
import dev.billingsim.simulator.faults.NetworkFault;
import java.time.Duration;

/**
 * A gateway fault rule (contract section 5), held as the simulator's own {@link FaultRule}: calls
 * it selects ({@link #action}, {@link #accessKeyId}, {@link #instanceId}; left out = any) are
 * answered with a catalogue {@link #error}, or suffer a {@link #network} fault, after an optional
 * {@link #delay} (fixed, or drawn on each call: {@link #delayLogNormal}, {@link #delayUniform}); at
 * most {@link #times} times (unset: until removed), each with {@link #probability} (unset: always).
 *
 * <p>An immutable value; each method returns a changed copy: {@code
 * fault().action("RenewARMServerInstance").error(Codes.PAY_HSF_TIMEOUT_ERROR).times(1)}. A faulted
 * call changes no state, so a client's retry is safe; a delay alone answers late but normally.
 */
public record GatewayFault(FaultRule rule) implements FaultSpec {

  /** The admin API's own mapping of a rule, what is unset left out. */
  private static final ObjectMapper JSON =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** Only calls of this RPC action, e.g. {@code "RenewARMServerInstance"}. */
  public GatewayFault action(String newAction) {
    return new GatewayFault(rule.forAction(newAction));
  }

  /** Only calls signed with this AccessKeyId. */
  public GatewayFault accessKeyId(String newAccessKeyId) {
    return new GatewayFault(rule.forAccessKey(newAccessKeyId));
  }

  /** Only calls naming this instance. */
  public GatewayFault instanceId(String newInstanceId) {
    return new GatewayFault(rule.forInstance(newInstanceId));
  }

  /** Answer with this catalogue code, its HTTP status and message (see {@code Codes}). */
  public GatewayFault error(String code) {
    return new GatewayFault(rule.withError(code));
  }

  /** Break the connection this way instead of answering. */
  public GatewayFault network(NetworkFault fault) {
    return new GatewayFault(rule.withFault(fault));
  }

  /** Answer this late (without holding a server thread while waiting). */
  public GatewayFault delay(Duration newDelay) {
    return new GatewayFault(rule.withDelayMs(newDelay.toMillis()));
  }

  /**
   * Answer late by a delay drawn on each call from {@code distribution} (seeded by the simulator's
   * seed), instead of a fixed one.
   */
  public GatewayFault delay(DelayDistribution distribution) {
    return new GatewayFault(rule.withDelay(distribution));
  }

  /**
   * Answer late by a log-normal delay: half the calls wait less than {@code median}, and {@code
   * sigma} sets the tail (0.4: about one call in twenty waits twice the median).
   */
  public GatewayFault delayLogNormal(Duration median, double sigma) {
    return delay(new DelayDistribution.LogNormal(median.toMillis(), sigma));
  }

  /** Answer late by a delay drawn evenly between {@code lower} and {@code upper}. */
  public GatewayFault delayUniform(Duration lower, Duration upper) {
    return delay(new DelayDistribution.Uniform(lower.toMillis(), upper.toMillis()));
  }

  /** Fire at most this many times, then retire. */
  public GatewayFault times(int newTimes) {
    return new GatewayFault(rule.withTimes(newTimes));
  }

  /** Fire on each selected call with this chance (seeded by the simulator's seed). */
  public GatewayFault probability(double chance) {
    return new GatewayFault(rule.withProbability(chance));
  }

  @Override
  public ObjectNode toJson() {
    return JSON.valueToTree(rule);
  }
}
