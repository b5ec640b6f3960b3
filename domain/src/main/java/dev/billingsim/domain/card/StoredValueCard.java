package dev.billingsim.domain.card;

import dev.billingsim.domain.money.Money;
import java.time.Instant;

/**
 * A stored-value (prepaid) card: a balance, left of its {@code nominalValue}, usable on any order
 * from {@code effectiveAt} until it expires. Granted at {@code grantedAt}; the times are null when
 * not recorded ({@code effectiveAt} defaults to {@code grantedAt}, {@code nominalValue} to {@code
 * balance}).
 */
public record StoredValueCard(
    String id,
    Money balance,
    Instant expiresAt,
    Money nominalValue,
    Instant grantedAt,
    Instant effectiveAt) {

  public StoredValueCard {
    nominalValue = nominalValue == null ? balance : nominalValue;
    effectiveAt = effectiveAt == null ? grantedAt : effectiveAt;
  }

  /** A card whose grant is not recorded. */
  public StoredValueCard(String id, Money balance, Instant expiresAt) {
    this(id, balance, expiresAt, null, null, null);
  }

  public boolean isExpiredAt(Instant now) {
    return !expiresAt.isAfter(now);
  }

  /** The usability rule: in effect, not expired, something left. */
  public boolean isUsableAt(Instant now) {
    return (effectiveAt == null || !effectiveAt.isAfter(now))
        && !isExpiredAt(now)
        && balance.isPositive();
  }

  /** This card, granted at {@code at} if its grant is not recorded. */
  public StoredValueCard grantedAtIfUnrecorded(Instant at) {
    return grantedAt != null
        ? this
        : new StoredValueCard(id, balance, expiresAt, nominalValue, at, effectiveAt);
  }

  public StoredValueCard withBalance(Money left) {
    return new StoredValueCard(id, left, expiresAt, nominalValue, grantedAt, effectiveAt);
  }
}
