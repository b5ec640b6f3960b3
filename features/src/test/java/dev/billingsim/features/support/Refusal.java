package dev.billingsim.features.support;

/** An error answer as a caller sees it: its code, HTTP status and message (with %s filled in). */
public record Refusal(String code, int httpStatus, String message) {

  @Override
  public String toString() {
    return code + " (" + httpStatus + "): " + message;
  }
}
