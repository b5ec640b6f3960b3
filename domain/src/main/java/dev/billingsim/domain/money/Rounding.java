package dev.billingsim.domain.money;

import java.math.RoundingMode;

/** Every rounding decision of the simulator, in one place, each with its reason. */
public final class Rounding {

  /**
   * Refunds of unused term round down to the minor unit: a refund never pays back more than the
   * customer paid, which is how Alibaba Cloud's refund calculator behaves.
   */
  public static final RoundingMode REFUND = RoundingMode.DOWN;

  private Rounding() {}
}
