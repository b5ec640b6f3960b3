package dev.billingsim.domain.account;

/** The state of a reseller's financial custody of an end user. */
public enum CustodyRelation {
  STABLE(null),
  /** The relation changed: pay a new order (PayPayFailedParentRelationchanged). */
  CHANGED("PayPayFailedParentRelationchanged"),
  /** The relation is being changed (PayQueryParentRelationchangedFailed). */
  CHANGING("PayQueryParentRelationchangedFailed");

  private final String refusal;

  CustodyRelation(String refusal) {
    this.refusal = refusal;
  }

  public String refusal() {
    return refusal;
  }
}
