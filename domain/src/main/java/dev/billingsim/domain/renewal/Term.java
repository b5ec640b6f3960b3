package dev.billingsim.domain.renewal;

/** A length of term in whole months, as a renewal or a purchase buys it; a year is 12 months. */
public record Term(int months) {

  public Term {
    if (months < 1) {
      throw new IllegalArgumentException("a term is at least one month, not " + months);
    }
  }

  public static Term ofMonths(int months) {
    return new Term(months);
  }

  public static Term ofYears(int years) {
    return new Term(Math.multiplyExact(years, 12));
  }
}
