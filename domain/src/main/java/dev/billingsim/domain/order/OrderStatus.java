package dev.billingsim.domain.order;

/**
 * UNPAID (AutoPay=false; pays later or is cancelled), PAID (money drawn, term applied) and FAILED
 * (an auto-renewal refused; kept with its error code for the record).
 */
public enum OrderStatus {
  UNPAID,
  PAID,
  FAILED
}
