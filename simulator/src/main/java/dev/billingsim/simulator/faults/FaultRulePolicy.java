package dev.billingsim.simulator.faults;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What makes a fault rule valid, as one problem line per broken rule. */
final class FaultRulePolicy {

  static final long MAX_DELAY_MS = 600_000;

  private final Catalogue catalogue;

  FaultRulePolicy(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Every problem of {@code rule} on its own; an empty list when it is valid. */
  List<String> problems(FaultRule rule) {
    List<String> problems = new ArrayList<>();
    if (rule.id() != null && rule.id().isBlank()) {
      problems.add("id: must not be blank (leave it out for a generated one)");
    }
    notBlank("action", rule.action(), problems);
    notBlank("accessKeyId", rule.accessKeyId(), problems);
    notBlank("instanceId", rule.instanceId(), problems);
    if (rule.error() != null && !isCatalogueCode(rule.error())) {
      problems.add("error: " + rule.error() + " is not a catalogue code");
    }
    if (rule.fault() != null && rule.networkFault().isEmpty()) {
      problems.add("fault: must be one of " + NetworkFault.names());
    }
    if (rule.error() != null && rule.fault() != null) {
      problems.add("fault: cannot be combined with error (a call gets one or the other)");
    }
    if (rule.delayMs() < 0 || rule.delayMs() > MAX_DELAY_MS) {
      problems.add("delayMs: must be between 0 and " + MAX_DELAY_MS);
    }
    if (rule.delay() != null) {
      problems.addAll(rule.delay().problems(MAX_DELAY_MS));
      if (rule.delayMs() != 0) {
        problems.add("delay: cannot be combined with delayMs (give one or the other)");
      }
    }
    if (rule.times() != null && rule.times() < 1) {
      problems.add("times: must be at least 1");
    }
    // The negated form also refuses NaN.
    if (!(rule.probability() >= 0.0 && rule.probability() <= 1.0)) {
      problems.add("probability: must be between 0 and 1");
    }
    if (rule.error() == null
        && rule.fault() == null
        && rule.delayMs() == 0
        && rule.delay() == null) {
      problems.add("a rule needs error, fault, delayMs or delay");
    }
    return problems;
  }

  private boolean isCatalogueCode(String code) {
    // A template row's own code (InvalidParameter.%s) is not an answer; a concrete one is.
    return !code.isBlank()
        && !code.contains("%")
        && Arrays.stream(Api.values()).anyMatch(api -> catalogue.isDocumented(api, code));
  }

  private static void notBlank(String field, String value, List<String> problems) {
    if (value != null && value.isBlank()) {
      problems.add(field + ": must not be blank (leave it out to match any)");
    }
  }
}
