package dev.billingsim.domain.instance;

/** Subscription (PrePaid, renewable) or pay-as-you-go (PostPaid, not renewable). */
public enum ChargeType {
  PrePaid,
  PostPaid
}
