package dev.billingsim.domain.order;

/** Where money for an order comes from, in the order it is drawn. */
public enum PaymentSource {
  COUPON("coupon"),
  STORED_VALUE_CARD("storedValueCard"),
  CASH("cash"),
  CREDIT("credit"),
  RESELLER_QUOTA("resellerQuota");

  private final String code;

  PaymentSource(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
