package dev.billingsim.domain.account;

import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An Alibaba Cloud account (a main account, with its RAM sub-users) and the money it pays with.
 *
 * <p>Money: coupons, stored-value cards, cash (never below zero) and a credit line ({@code
 * creditLimit}, of which {@code creditUsed} is drawn), or instead of the credit line a reseller's
 * custody quota. Everything else is a condition some catalogue error speaks of: its status,
 * real-name verification, basic information, arrears, risk flags, payment method, limits.
 *
 * <p>Accounts are immutable values; a change makes a new one, so a refused command cannot leave one
 * half-changed.
 */
public record Account(
    String uid,
    List<AccessKey> accessKeys,
    AccountStatus status,
    boolean closed,
    boolean realNameVerified,
    boolean basicInfoComplete,
    Currency currency,
    Money cash,
    Money creditLimit,
    Money creditUsed,
    Money arrears,
    boolean bidUser,
    Set<RiskFlag> riskFlags,
    PaymentMethod paymentMethod,
    Money paymentLimit,
    boolean refundBanned,
    int unpaidOrderLimit,
    int instanceQuota,
    ResellerCustody custody,
    List<RamUser> ramUsers,
    List<Coupon> coupons,
    List<StoredValueCard> storedValueCards) {

  public static final int DEFAULT_UNPAID_ORDER_LIMIT = 20;
  public static final int DEFAULT_INSTANCE_QUOTA = 100;

  public Account {
    accessKeys = List.copyOf(accessKeys);
    riskFlags = riskFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(riskFlags));
    ramUsers = List.copyOf(ramUsers);
    coupons = List.copyOf(coupons);
    storedValueCards = List.copyOf(storedValueCards);
  }

  public static Builder builder(String uid) {
    return new Builder(uid);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The RAM user {@code caller} acts as, or null for the account itself. */
  public RamUser ramUserOf(Caller caller) {
    if (caller.ramUser() == null) {
      return null;
    }
    return ramUsers.stream()
        .filter(user -> user.name().equals(caller.ramUser()))
        .findFirst()
        // A key of a RAM user that no longer exists may call nothing.
        .orElseGet(() -> new RamUser(caller.ramUser(), List.of(), Set.of(), Set.of("-")));
  }

  /** The RAM check: the account itself may call anything, a RAM user only what it is allowed. */
  public boolean allows(Caller caller, String action) {
    RamUser user = ramUserOf(caller);
    return user == null || user.mayCall(action);
  }

  /** This account with the coupons and cards whose grant is not recorded granted at {@code at}. */
  public Account grantsRecordedAt(Instant at) {
    if (coupons.stream().allMatch(coupon -> coupon.grantedAt() != null)
        && storedValueCards.stream().allMatch(card -> card.grantedAt() != null)) {
      return this;
    }
    return toBuilder()
        .coupons(coupons.stream().map(coupon -> coupon.grantedAtIfUnrecorded(at)).toList())
        .storedValueCards(storedValueCards.stream().map(c -> c.grantedAtIfUnrecorded(at)).toList())
        .build();
  }

  public Money creditAvailable() {
    return creditLimit.minus(creditUsed).max(Money.zero(currency));
  }

  /**
   * What the account is worth to itself: coupons, cards and cash, less what it owes on credit or to
   * its reseller. Conservation tests sum this with every order paid.
   */
  public Money netWorth() {
    Money total = coupons.stream().map(Coupon::amount).reduce(cash.minus(creditUsed), Money::plus);
    total = storedValueCards.stream().map(StoredValueCard::balance).reduce(total, Money::plus);
    return custody == null ? total : total.minus(custody.quotaUsed());
  }

  /** Builds accounts with sensible defaults: an active, verified CNY account with no money. */
  public static final class Builder {
    private final String uid;
    private List<AccessKey> accessKeys = List.of();
    private AccountStatus status = AccountStatus.ACTIVE;
    private boolean closed;
    private boolean realNameVerified = true;
    private boolean basicInfoComplete = true;
    private Currency currency = Money.CNY;
    private Money cash;
    private Money creditLimit;
    private Money creditUsed;
    private Money arrears;
    private boolean bidUser;
    private Set<RiskFlag> riskFlags = Set.of();
    private PaymentMethod paymentMethod = PaymentMethod.BALANCE;
    private Money paymentLimit;
    private boolean refundBanned;
    private int unpaidOrderLimit = DEFAULT_UNPAID_ORDER_LIMIT;
    private int instanceQuota = DEFAULT_INSTANCE_QUOTA;
    private ResellerCustody custody;
    private List<RamUser> ramUsers = List.of();
    private List<Coupon> coupons = List.of();
    private List<StoredValueCard> storedValueCards = List.of();

    private Builder(String uid) {
      this.uid = uid;
    }

    private Builder(Account a) {
      uid = a.uid;
      accessKeys = a.accessKeys;
      status = a.status;
      closed = a.closed;
      realNameVerified = a.realNameVerified;
      basicInfoComplete = a.basicInfoComplete;
      currency = a.currency;
      cash = a.cash;
      creditLimit = a.creditLimit;
      creditUsed = a.creditUsed;
      arrears = a.arrears;
      bidUser = a.bidUser;
      riskFlags = a.riskFlags;
      paymentMethod = a.paymentMethod;
      paymentLimit = a.paymentLimit;
      refundBanned = a.refundBanned;
      unpaidOrderLimit = a.unpaidOrderLimit;
      instanceQuota = a.instanceQuota;
      custody = a.custody;
      ramUsers = a.ramUsers;
      coupons = a.coupons;
      storedValueCards = a.storedValueCards;
    }

    public Builder accessKeys(List<AccessKey> v) {
      accessKeys = v;
      return this;
    }

    public Builder accessKey(String id, String secret) {
      accessKeys = append(accessKeys, AccessKey.of(id, secret));
      return this;
    }

    public Builder status(AccountStatus v) {
      status = v;
      return this;
    }

    public Builder closed(boolean v) {
      closed = v;
      return this;
    }

    public Builder realNameVerified(boolean v) {
      realNameVerified = v;
      return this;
    }

    public Builder basicInfoComplete(boolean v) {
      basicInfoComplete = v;
      return this;
    }

    public Builder currency(Currency v) {
      currency = v;
      return this;
    }

    public Builder cash(Money v) {
      cash = v;
      return this;
    }

    public Builder creditLimit(Money v) {
      creditLimit = v;
      return this;
    }

    public Builder creditUsed(Money v) {
      creditUsed = v;
      return this;
    }

    public Builder arrears(Money v) {
      arrears = v;
      return this;
    }

    public Builder bidUser(boolean v) {
      bidUser = v;
      return this;
    }

    public Builder riskFlags(Set<RiskFlag> v) {
      riskFlags = v;
      return this;
    }

    public Builder paymentMethod(PaymentMethod v) {
      paymentMethod = v;
      return this;
    }

    /** The most one order may cost, or null for no limit. */
    public Builder paymentLimit(Money v) {
      paymentLimit = v;
      return this;
    }

    public Builder refundBanned(boolean v) {
      refundBanned = v;
      return this;
    }

    public Builder unpaidOrderLimit(int v) {
      unpaidOrderLimit = v;
      return this;
    }

    public Builder instanceQuota(int v) {
      instanceQuota = v;
      return this;
    }

    public Builder custody(ResellerCustody v) {
      custody = v;
      return this;
    }

    public Builder ramUsers(List<RamUser> v) {
      ramUsers = v;
      return this;
    }

    public Builder ramUser(RamUser v) {
      ramUsers = append(ramUsers, v);
      return this;
    }

    public Builder coupons(List<Coupon> v) {
      coupons = v;
      return this;
    }

    public Builder coupon(Coupon v) {
      coupons = append(coupons, v);
      return this;
    }

    public Builder storedValueCards(List<StoredValueCard> v) {
      storedValueCards = v;
      return this;
    }

    public Builder storedValueCard(StoredValueCard v) {
      storedValueCards = append(storedValueCards, v);
      return this;
    }

    public Account build() {
      Money zero = Money.zero(currency);
      return new Account(
          uid,
          accessKeys,
          status,
          closed,
          realNameVerified,
          basicInfoComplete,
          currency,
          cash == null ? zero : cash,
          creditLimit == null ? zero : creditLimit,
          creditUsed == null ? zero : creditUsed,
          arrears == null ? zero : arrears,
          bidUser,
          riskFlags,
          paymentMethod,
          paymentLimit,
          refundBanned,
          unpaidOrderLimit,
          instanceQuota,
          custody,
          ramUsers,
          coupons,
          storedValueCards);
    }

    private static <T> List<T> append(List<T> list, T item) {
      return Stream.concat(list.stream(), Stream.of(item)).toList();
    }
  }
}
