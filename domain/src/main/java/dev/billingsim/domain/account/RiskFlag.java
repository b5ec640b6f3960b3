package dev.billingsim.domain.account;

/** Risk-control verdicts held against an account; each refuses payment with its own code. */
public enum RiskFlag {
  /** The order is rejected by risk control (RiskRiskControlRejection). */
  ORDER_REJECTED("RiskRiskControlRejection"),
  /** The payment order's data is rejected (PatRiskRejectForTradeData). */
  TRADE_DATA_REJECTED("PatRiskRejectForTradeData"),
  /** A pre-payment risk rule blocks the payment (PayBeforePayRiskRuleValidateFailed). */
  PAYMENT_BLOCKED("PayBeforePayRiskRuleValidateFailed"),
  /** The payer account is rejected (PayRiskRejectForPayerAccount). */
  PAYER_REJECTED("PayRiskRejectForPayerAccount");

  private final String code;

  RiskFlag(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
