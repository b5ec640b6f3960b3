package dev.billingsim.features.support;

/** An error code as a scenario names it, e.g. {@code PayInsufficientBalance}. */
public record ErrorCode(String value) {

  @Override
  public String toString() {
    return value;
  }
}
