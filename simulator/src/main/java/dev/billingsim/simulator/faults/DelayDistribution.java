package dev.billingsim.simulator.faults;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long a fault rule holds its answer when the delay varies from call to call: a {@link
 * LogNormal} (most calls near the median, a long tail of slow ones, as real latency looks) or a
 * {@link Uniform} range. Each call draws from the rule set's seeded random source ({@code --seed}),
 * so a run with the same seed and the same calls waits the same.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "distribution")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DelayDistribution.LogNormal.class, name = "lognormal"),
  @JsonSubTypes.Type(value = DelayDistribution.Uniform.class, name = "uniform")
})
public sealed interface DelayDistribution {

  /** The distribution names the admin API takes, in {@code "distribution"}. */
  List<String> NAMES = List.of("lognormal", "uniform");

  /** One call's delay, in whole milliseconds, never negative nor over {@code maxMs}. */
  long sampleMs(Random random, long maxMs);

  /** Every problem with these parameters, each led by its field ({@code delay.sigma: ...}). */
  List<String> problems(long maxMs);

  /** The name in the admin API. */
  String name();

  /**
   * A log-normal delay: {@code median * exp(sigma * Z)} with Z standard normal, so half the calls
   * wait less than the median and {@code sigma} sets how long the tail is (0.4: about one call in
   * twenty waits twice the median).
   */
  record LogNormal(double medianMs, double sigma) implements DelayDistribution {

    /** The largest sigma taken: beyond it almost every call waits either nothing or the maximum. */
    public static final double MAX_SIGMA = 4.0;

    @Override
    public long sampleMs(Random random, long maxMs) {
      double drawn = medianMs * Math.exp(sigma * random.nextGaussian());
      return clamp(Math.round(drawn), maxMs);
    }

    @Override
    public List<String> problems(long maxMs) {
      List<String> problems = new ArrayList<>();
      // The negated forms also refuse NaN.
      if (!(medianMs > 0 && medianMs <= maxMs)) {
        problems.add("delay.medianMs: must be more than 0 and at most " + maxMs);
      }
      if (!(sigma >= 0 && sigma <= MAX_SIGMA)) {
        problems.add("delay.sigma: must be between 0 and " + MAX_SIGMA);
      }
      return problems;
    }

    @Override
    public String name() {
      return "lognormal";
    }
  }

  /** A delay drawn evenly from {@code lowerMs} to {@code upperMs}, both included. */
  record Uniform(long lowerMs, long upperMs) implements DelayDistribution {

    @Override
    public long sampleMs(Random random, long maxMs) {
      long span = upperMs - lowerMs;
      return clamp(lowerMs + (span <= 0 ? 0 : (long) (random.nextDouble() * (span + 1))), maxMs);
    }

    @Override
    public List<String> problems(long maxMs) {
      List<String> problems = new ArrayList<>();
      if (lowerMs < 0 || lowerMs > maxMs) {
        problems.add("delay.lowerMs: must be between 0 and " + maxMs);
      }
      if (upperMs < 0 || upperMs > maxMs) {
        problems.add("delay.upperMs: must be between 0 and " + maxMs);
      }
      if (upperMs < lowerMs) {
        problems.add("delay.upperMs: must not be less than lowerMs (" + lowerMs + ")");
      }
      if (upperMs == 0) {
        problems.add("delay.upperMs: must be more than 0 (a rule that never waits delays nothing)");
      }
      return problems;
    }

    @Override
    public String name() {
      return "uniform";
    }
  }

  private static long clamp(long millis, long maxMs) {
    return Math.max(0, Math.min(maxMs, millis));
  }
}
