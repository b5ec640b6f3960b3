package dev.billingsim.domain.renewal;

/** Turn auto-renewal on: at the end of each term, renew for {@code months} more. */
public record AutoRenewal(int months) {

  public AutoRenewal {
    if (months < 1) {
      throw new IllegalArgumentException("auto-renewal renews at least one month, not " + months);
    }
  }
}
