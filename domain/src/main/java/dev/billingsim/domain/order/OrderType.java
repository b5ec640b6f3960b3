package dev.billingsim.domain.order;

/** What an order buys: a new instance, more term for existing ones, or money back on release. */
public enum OrderType {
  NEW,
  RENEW,
  REFUND
}
