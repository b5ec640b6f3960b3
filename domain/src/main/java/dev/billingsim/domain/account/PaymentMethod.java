package dev.billingsim.domain.account;

/**
 * How the account pays. BALANCE, CREDIT_CARD and WITHHOLDING work (the simulator draws the same
 * sources for all three: coupons, cards, cash, credit); the other values are broken methods that
 * refuse every payment with their code.
 */
public enum PaymentMethod {
  BALANCE(null),
  CREDIT_CARD(null),
  WITHHOLDING(null),
  CREDIT_CARD_INVALID("PayInvalidCreditCard"),
  NONE("PayNoCreditCard"),
  WITHHOLDING_ILLEGAL("PayWithholdingAgreementIllegal"),
  ILLEGAL("PayInvalidPayMethod");

  private final String refusal;

  PaymentMethod(String refusal) {
    this.refusal = refusal;
  }

  /** The code a payment is refused with, or null when the method works. */
  public String refusal() {
    return refusal;
  }
}
