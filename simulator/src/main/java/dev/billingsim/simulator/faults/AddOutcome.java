package dev.billingsim.simulator.faults;

import java.util.List;

/** What {@link FaultRules#add} did: stored the rule, or refused it with every problem listed. */
public sealed interface AddOutcome {

  /** The rule as stored, with its id (generated when it had none). */
  record Stored(FaultRule rule) implements AddOutcome {}

  /** One line per problem, each starting with the field it is about. Never empty. */
  record Refused(List<String> problems) implements AddOutcome {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs at least one problem");
      }
    }
  }
}
