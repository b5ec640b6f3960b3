package dev.billingsim.domain.card;

import dev.billingsim.domain.money.Money;
import java.time.Instant;

/** A stored-value (prepaid) card: a balance usable on any order until it expires. */
public record StoredValueCard(String id, Money balance, Instant expiresAt) {

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  public StoredValueCard withBalance(Money left) {
    return new StoredValueCard(id, left, expiresAt);
  }
}
