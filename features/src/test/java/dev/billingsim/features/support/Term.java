package dev.billingsim.features.support;

/** A renewal length as a scenario says it: {@code 1 month}, {@code 2 years}. */
public record Term(int count, Unit unit) {

  public enum Unit {
    Month,
    Year
  }

  public int months() {
    return unit == Unit.Year ? count * 12 : count;
  }
}
