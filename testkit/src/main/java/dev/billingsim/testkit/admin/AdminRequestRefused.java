package dev.billingsim.testkit.admin;

import java.util.List;

/**
 * The simulator refused an admin request (status 400, or 404 for an unknown fault): its one-line
 * {@code error} and every {@code problem} it listed, so a test sees at once what to fix.
 */
public final class AdminRequestRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final List<String> problems;

  AdminRequestRefused(String request, int status, String error, List<String> problems) {
    super(
        request
            + " was refused ("
            + status
            + "): "
            + error
            + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
    this.status = status;
    this.error = error;
    this.problems = List.copyOf(problems);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public List<String> problems() {
    return problems;
  }
}
