package dev.billingsim.domain.account;

/**
 * How the account settles what its balance does not: BALANCE pays from the account itself; the
 * other values are broken methods that refuse every payment with their code.
 */
public enum PaymentMethod {
  BALANCE(null),
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
