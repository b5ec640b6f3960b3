package dev.billingsim.domain.account;

/** Whether the account may trade: only ACTIVE accounts renew. */
public enum AccountStatus {
  ACTIVE,
  FROZEN,
  ILLEGAL
}
