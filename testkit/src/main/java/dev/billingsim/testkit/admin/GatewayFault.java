package dev.billingsim.testkit.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.billingsim.simulator.faults.DelayDistribution;
import dev.billingsim.simulator.faults.NetworkFault;
import java.time.Duration;

/**
 * A gateway fault rule (contract section 5): calls it selects ({@link #action}, {@link
 * #accessKeyId}, {@link #instanceId}; left out = any) are answered with a catalogue {@link #error},
 * or suffer a {@link #network} fault, after an optional {@link #delay} (fixed, or drawn on each
 * call from a {@link DelayDistribution}: {@link #delayLogNormal}, {@link #delayUniform}); at most
 * {@link #times} times (null: until removed), each with {@link #probability} (null: always).
 *
 * <p>An immutable value; each method returns a changed copy: {@code
 * fault().action("RenewARMServerInstance").error(Codes.PAY_HSF_TIMEOUT_ERROR).times(1)}. A faulted
 * call changes no state, so a client's retry is safe; a delay alone answers late but normally.
 */
@JsonInclude(JsonInclude.Include.NON_NULL) // what is not set is left out of the rule
public record GatewayFault(
    String action,
    String accessKeyId,
    String instanceId,
    String error,
    @JsonProperty("fault") NetworkFault network,
    @JsonIgnore Duration delay,
    Integer times,
    Double probability,
    @JsonIgnore DelayDistribution delayDistribution)
    implements FaultSpec {

  /** A rule selecting every call and doing nothing yet: give it an error, a fault or a delay. */
  static GatewayFault any() {
    return new GatewayFault(null, null, null, null, null, null, null, null, null);
  }

  /** Only calls of this RPC action, e.g. {@code "RenewARMServerInstance"}. */
  public GatewayFault action(String newAction) {
    return new GatewayFault(
        newAction,
        accessKeyId,
        instanceId,
        error,
        network,
        delay,
        times,
        probability,
        delayDistribution);
  }

  /** Only calls signed with this AccessKeyId. */
  public GatewayFault accessKeyId(String newAccessKeyId) {
    return new GatewayFault(
        action,
        newAccessKeyId,
        instanceId,
        error,
        network,
        delay,
        times,
        probability,
        delayDistribution);
  }

  /** Only calls naming this instance. */
  public GatewayFault instanceId(String newInstanceId) {
    return new GatewayFault(
        action,
        accessKeyId,
        newInstanceId,
        error,
        network,
        delay,
        times,
        probability,
        delayDistribution);
  }

  /** Answer with this catalogue code, its HTTP status and message (see {@code Codes}). */
  public GatewayFault error(String code) {
    return new GatewayFault(
        action,
        accessKeyId,
        instanceId,
        code,
        network,
        delay,
        times,
        probability,
        delayDistribution);
  }

  /** Break the connection this way instead of answering. */
  public GatewayFault network(NetworkFault fault) {
    return new GatewayFault(
        action,
        accessKeyId,
        instanceId,
        error,
        fault,
        delay,
        times,
        probability,
        delayDistribution);
  }

  /** Answer this late (without holding a server thread while waiting). */
  public GatewayFault delay(Duration newDelay) {
    return new GatewayFault(
        action, accessKeyId, instanceId, error, network, newDelay, times, probability, null);
  }

  /**
   * Answer late by a delay drawn on each call from {@code distribution} (seeded by the simulator's
   * seed), instead of a fixed one.
   */
  public GatewayFault delay(DelayDistribution distribution) {
    return new GatewayFault(
        action, accessKeyId, instanceId, error, network, null, times, probability, distribution);
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
    return new GatewayFault(
        action,
        accessKeyId,
        instanceId,
        error,
        network,
        delay,
        newTimes,
        probability,
        delayDistribution);
  }

  /** Fire on each selected call with this chance (seeded by the simulator's seed). */
  public GatewayFault probability(double chance) {
    return new GatewayFault(
        action, accessKeyId, instanceId, error, network, delay, times, chance, delayDistribution);
  }

  /**
   * The components are the rule's fields, but for the network fault (named {@code fault}) and the
   * delays: a fixed one in whole milliseconds, a drawn one as the simulator's Jackson mapping of
   * it.
   */
  @Override
  public ObjectNode toJson() {
    ObjectNode rule = AdminHttp.JSON.valueToTree(this);
    if (delay != null) {
      rule.put("delayMs", delay.toMillis());
    }
    if (delayDistribution != null) {
      rule.set("delay", AdminHttp.JSON.valueToTree(delayDistribution));
    }
    return rule;
  }
}
