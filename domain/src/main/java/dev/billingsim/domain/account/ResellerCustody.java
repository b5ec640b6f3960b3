package dev.billingsim.domain.account;

import dev.billingsim.domain.money.Money;

/**
 * A channel partner's custody of the account: the partner grants a credit quota, which takes the
 * place of the account's own credit line, and backs it with its own balance.
 */
public record ResellerCustody(
    String partnerUid,
    Money quota,
    Money quotaUsed,
    Money partnerBalance,
    CustodyRelation relation) {

  public Money quotaAvailable() {
    return quota.minus(quotaUsed).max(Money.zero(quota.currency()));
  }

  public ResellerCustody draw(Money amount) {
    return new ResellerCustody(
        partnerUid, quota, quotaUsed.plus(amount), partnerBalance.minus(amount), relation);
  }
}
