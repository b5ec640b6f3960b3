package dev.billingsim.testkit.world;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One account of a {@link World}, written fluently: {@code
 * account("u1").cash("50.00").coupon("cp1", "20.00")}. Amounts are strings in the account's
 * currency (CNY unless {@link #currency} says otherwise), read exactly as the state document reads
 * them.
 *
 * <p>Defaults: an active, real-name-verified account with no money, and one access key {@code
 * <uid>-ak} / {@code <uid>-secret} unless {@link #accessKey} gives its own. Coupons and cards
 * expire a year after the world's {@code now} unless told. Anything else the domain models (risk
 * flags, RAM users, reseller custody, ...) is reachable through {@link #with}.
 */
public final class AccountSpec {

  /** How long a coupon or card lasts when no expiry is given. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

  private final String uid;
  private final List<AccessKey> accessKeys = new ArrayList<>();
  private final List<PendingCoupon> coupons = new ArrayList<>();
  private final List<PendingCard> cards = new ArrayList<>();
  private Currency currency = Money.CNY;
  private String cash;
  private String creditLimit;
  private AccountStatus status = AccountStatus.ACTIVE;
  private boolean realNameVerified = true;
  private UnaryOperator<Account.Builder> customisation = UnaryOperator.identity();

  AccountSpec(String uid) {
    this.uid = Objects.requireNonNull(uid, "uid");
  }

  public String uid() {
    return uid;
  }

  public AccountSpec accessKey(String id, String secret) {
    accessKeys.add(AccessKey.of(id, secret));
    return this;
  }

  /** The account's currency by its ISO code ({@code "USD"}); every amount is read in it. */
  public AccountSpec currency(String isoCode) {
    currency = Currency.getInstance(isoCode);
    return this;
  }

  public AccountSpec cash(String amount) {
    cash = amount;
    return this;
  }

  public AccountSpec creditLimit(String amount) {
    creditLimit = amount;
    return this;
  }

  public AccountSpec coupon(String id, String amount) {
    coupons.add(new PendingCoupon(id, amount, null));
    return this;
  }

  public AccountSpec coupon(String id, String amount, Instant expiresAt) {
    coupons.add(new PendingCoupon(id, amount, Objects.requireNonNull(expiresAt, "expiresAt")));
    return this;
  }

  public AccountSpec storedValueCard(String id, String balance) {
    cards.add(new PendingCard(id, balance, null));
    return this;
  }

  public AccountSpec storedValueCard(String id, String balance, Instant expiresAt) {
    cards.add(new PendingCard(id, balance, Objects.requireNonNull(expiresAt, "expiresAt")));
    return this;
  }

  public AccountSpec status(AccountStatus newStatus) {
    status = Objects.requireNonNull(newStatus, "status");
    return this;
  }

  /** Shorthand for {@code status(AccountStatus.FROZEN)}: every renewal is refused. */
  public AccountSpec frozen() {
    return status(AccountStatus.FROZEN);
  }

  public AccountSpec realNameVerified(boolean verified) {
    realNameVerified = verified;
    return this;
  }

  /**
   * Anything else the domain's account builder offers, applied last: {@code .with(b ->
   * b.riskFlags(Set.of(RiskFlag.PAYMENT_RISK)))}.
   */
  public AccountSpec with(UnaryOperator<Account.Builder> change) {
    UnaryOperator<Account.Builder> before = customisation;
    customisation = builder -> change.apply(before.apply(builder));
    return this;
  }

  /** The access keys this account will have (its default one when none was given). */
  List<AccessKey> keys() {
    return accessKeys.isEmpty()
        ? List.of(AccessKey.of(uid + "-ak", uid + "-secret"))
        : List.copyOf(accessKeys);
  }

  Currency currencyCode() {
    return currency;
  }

  Account build(Instant now) {
    Account.Builder builder =
        Account.builder(uid)
            .accessKeys(keys())
            .status(status)
            .realNameVerified(realNameVerified)
            .currency(currency);
    if (cash != null) {
      builder.cash(money(cash, "cash"));
    }
    if (creditLimit != null) {
      builder.creditLimit(money(creditLimit, "creditLimit"));
    }
    for (PendingCoupon coupon : coupons) {
      builder.coupon(
          Coupon.of(
              coupon.id(),
              money(coupon.amount(), "coupon " + coupon.id()),
              coupon.expiresAt() != null ? coupon.expiresAt() : now.plus(DEFAULT_VALIDITY)));
    }
    for (PendingCard card : cards) {
      builder.storedValueCard(
          new StoredValueCard(
              card.id(),
              money(card.balance(), "card " + card.id()),
              card.expiresAt() != null ? card.expiresAt() : now.plus(DEFAULT_VALIDITY)));
    }
    return customisation.apply(builder).build();
  }

  private Money money(String amount, String what) {
    try {
      return Money.parse(amount, currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "account " + uid + ": " + what + " \"" + amount + "\" is not an amount of " + currency,
          e);
    }
  }

  private record PendingCoupon(String id, String amount, Instant expiresAt) {}

  private record PendingCard(String id, String balance, Instant expiresAt) {}
}
