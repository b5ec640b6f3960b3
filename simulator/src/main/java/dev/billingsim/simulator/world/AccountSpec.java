package dev.billingsim.simulator.world;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * One account of a {@link World}, written fluently: {@code
 * account("u1").cash("50.00").coupon("cp1", "20.00")}. Amounts given as strings are read in the
 * account's currency (CNY unless {@link #currency} says otherwise), exactly as the state document
 * reads them. Changes apply in the order they were written.
 *
 * <p>Defaults: an active, real-name-verified account with no money, and one access key {@code
 * <uid>-ak} / {@code <uid>-secret} unless {@link #accessKey} gives its own; a RAM user {@code ops}
 * signs with {@code <uid>-ops-ak} / {@code <uid>-ops-secret}. Coupons and cards expire a year after
 * the world's {@code now} unless told. Anything else the domain models (risk flags, payment method,
 * ...) is reachable through {@link #with}.
 */
public final class AccountSpec {

  /** How long a coupon or card lasts when no expiry is given. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

  private final String uid;
  private final List<AccessKey> accessKeys = new ArrayList<>();
  private final List<BiConsumer<Account.Builder, Instant>> changes = new ArrayList<>();
  private Currency currency = Money.CNY;

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
    return change((account, now) -> account.cash(money(amount, "cash")));
  }

  public AccountSpec creditLimit(String amount) {
    return change((account, now) -> account.creditLimit(money(amount, "creditLimit")));
  }

  public AccountSpec coupon(String id, String amount) {
    return coupon(id, amount, null);
  }

  public AccountSpec coupon(String id, String amount, Instant expiresAt) {
    return change(
        (account, now) ->
            account.coupon(
                Coupon.of(id, money(amount, "coupon " + id), orAYearFrom(now, expiresAt))));
  }

  public AccountSpec storedValueCard(String id, String balance) {
    return storedValueCard(id, balance, null);
  }

  public AccountSpec storedValueCard(String id, String balance, Instant expiresAt) {
    return change(
        (account, now) ->
            account.storedValueCard(
                new StoredValueCard(
                    id, money(balance, "card " + id), orAYearFrom(now, expiresAt))));
  }

  public AccountSpec status(AccountStatus newStatus) {
    Objects.requireNonNull(newStatus, "status");
    return with(account -> account.status(newStatus));
  }

  /** Shorthand for {@code status(AccountStatus.FROZEN)}: every renewal is refused. */
  public AccountSpec frozen() {
    return status(AccountStatus.FROZEN);
  }

  public AccountSpec realNameVerified(boolean verified) {
    return with(account -> account.realNameVerified(verified));
  }

  /** A RAM user with its own key, allowed {@code actions} on {@code instanceIds} (empty: all). */
  public AccountSpec ramUser(String name, Set<String> actions, Set<String> instanceIds) {
    AccessKey key = AccessKey.of(uid + "-" + name + "-ak", uid + "-" + name + "-secret");
    return with(account -> account.ramUser(new RamUser(name, List.of(key), actions, instanceIds)));
  }

  /** Its access keys stay known to the gateway, but are refused. */
  public AccountSpec accessKeysDisabled() {
    return with(
        account ->
            account.accessKeys(
                keys().stream().map(key -> new AccessKey(key.id(), key.secret(), false)).toList()));
  }

  /** In a reseller's custody, with the quota used so far at zero. */
  public AccountSpec custody(
      String partnerUid, Money quota, Money backing, CustodyRelation relation) {
    return with(
        account ->
            account.custody(
                new ResellerCustody(
                    partnerUid, quota, Money.zero(quota.currency()), backing, relation)));
  }

  /**
   * Anything the domain's account builder offers: {@code .with(b ->
   * b.riskFlags(Set.of(RiskFlag.PAYMENT_RISK)))}.
   */
  public AccountSpec with(UnaryOperator<Account.Builder> change) {
    Objects.requireNonNull(change, "change");
    return change((account, now) -> change.apply(account));
  }

  /** The access keys this account will have (its default one when none was given). */
  List<AccessKey> keys() {
    return accessKeys.isEmpty()
        ? List.of(AccessKey.of(uid + "-ak", uid + "-secret"))
        : List.copyOf(accessKeys);
  }

  Account build(Instant now) {
    Account.Builder builder = Account.builder(uid).accessKeys(keys()).currency(currency);
    changes.forEach(change -> change.accept(builder, now));
    return builder.build();
  }

  private AccountSpec change(BiConsumer<Account.Builder, Instant> change) {
    changes.add(change);
    return this;
  }

  private static Instant orAYearFrom(Instant now, Instant expiresAt) {
    return expiresAt != null ? expiresAt : now.plus(DEFAULT_VALIDITY);
  }

  private Money money(String amount, String what) {
    return World.amount(amount, currency, "account " + uid + ": " + what);
  }
}
