package dev.billingsim.domain.catalogue;

/**
 * What produces a catalogue row: a documented state, an invalid parameter, or a fault injected into
 * one subsystem (then {@code subsystem} names it and the description says when it fires).
 */
public record Trigger(Kind kind, String subsystem, String description) {

  public enum Kind {
    STATE,
    PARAMETER,
    FAULT
  }

  /** As the admin API shows it: {@code "fault pricing: the quotation call times out"}. */
  public String text() {
    return switch (kind) {
      case FAULT -> "fault " + subsystem + ": " + description;
      case STATE -> "state: " + description;
      case PARAMETER -> "parameter: " + description;
    };
  }
}
