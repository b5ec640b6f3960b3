package dev.billingsim.simulator.state;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.account.ResellerCustody;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Reads one account of the state document; defaults are those of {@link Account#builder}. */
final class AccountReader {

  static final List<String> FIELDS = JsonFields.fieldsOf(Account.class);
  static final List<String> KEY_FIELDS = JsonFields.fieldsOf(AccessKey.class);
  static final List<String> CUSTODY_FIELDS = JsonFields.fieldsOf(ResellerCustody.class);
  static final List<String> RAM_USER_FIELDS = JsonFields.fieldsOf(RamUser.class);
  static final List<String> COUPON_FIELDS = JsonFields.fieldsOf(Coupon.class);
  static final List<String> CARD_FIELDS = JsonFields.fieldsOf(StoredValueCard.class);

  static final Map<String, Product> PRODUCTS = JsonFields.byName(Product.values(), Product::code);

  private AccountReader() {}

  /** The account, or null (reported) if it cannot be built at all. */
  static Account read(JsonFields f) {
    String uid = f.string("uid", true);
    Currency currency = f.currency("currency", Money.CNY);
    Money zero = Money.zero(currency);
    Account.Builder account =
        Account.builder(uid)
            .currency(currency)
            .accessKeys(keys(f))
            .status(
                f.choice(
                    "status", JsonFields.names(AccountStatus.class), false, AccountStatus.ACTIVE))
            .closed(f.bool("closed", false))
            .realNameVerified(f.bool("realNameVerified", true))
            .basicInfoComplete(f.bool("basicInfoComplete", true))
            .cash(f.money("cash", currency, false, zero))
            .creditLimit(f.money("creditLimit", currency, false, zero))
            .creditUsed(f.money("creditUsed", currency, false, zero))
            .arrears(f.money("arrears", currency, false, zero))
            .bidUser(f.bool("bidUser", false))
            .riskFlags(f.choices("riskFlags", JsonFields.names(RiskFlag.class)))
            .paymentMethod(
                f.choice(
                    "paymentMethod",
                    JsonFields.names(PaymentMethod.class),
                    false,
                    PaymentMethod.BALANCE))
            .paymentLimit(f.money("paymentLimit", currency, false, null))
            .refundBanned(f.bool("refundBanned", false))
            .unpaidOrderLimit(
                f.integer("unpaidOrderLimit", false, Account.DEFAULT_UNPAID_ORDER_LIMIT))
            .instanceQuota(f.integer("instanceQuota", false, Account.DEFAULT_INSTANCE_QUOTA))
            .custody(custody(f, currency))
            .ramUsers(ramUsers(f))
            .coupons(coupons(f, currency))
            .storedValueCards(cards(f, currency));
    return uid == null ? f.incomplete() : account.build();
  }

  static List<AccessKey> keys(JsonFields owner) {
    return owner.list(
        "accessKeys",
        KEY_FIELDS,
        f -> {
          String id = f.string("id", true);
          String secret = f.string("secret", true);
          boolean enabled = f.bool("enabled", true);
          return id == null || secret == null ? f.incomplete() : new AccessKey(id, secret, enabled);
        });
  }

  private static ResellerCustody custody(JsonFields owner, Currency currency) {
    JsonFields f = owner.object("custody", CUSTODY_FIELDS);
    if (f == null) {
      return null;
    }
    Money zero = Money.zero(currency);
    String partnerUid = f.string("partnerUid", true);
    Money quota = f.money("quota", currency, true, null);
    Money quotaUsed = f.money("quotaUsed", currency, false, zero);
    Money partnerBalance = f.money("partnerBalance", currency, false, zero);
    CustodyRelation relation =
        f.choice(
            "relation", JsonFields.names(CustodyRelation.class), false, CustodyRelation.STABLE);
    return partnerUid == null || quota == null
        ? f.incomplete()
        : new ResellerCustody(partnerUid, quota, quotaUsed, partnerBalance, relation);
  }

  private static List<RamUser> ramUsers(JsonFields owner) {
    return owner.list(
        "ramUsers",
        RAM_USER_FIELDS,
        f -> {
          String name = f.string("name", true);
          List<AccessKey> keys = keys(f);
          var actions = f.strings("allowedActions");
          var instances = f.strings("allowedInstances");
          return name == null ? f.incomplete() : new RamUser(name, keys, actions, instances);
        });
  }

  private static List<Coupon> coupons(JsonFields owner, Currency currency) {
    return owner.list(
        "coupons",
        COUPON_FIELDS,
        f -> {
          String id = f.string("id", true);
          Money amount = f.money("amount", currency, true, null);
          Instant expiresAt = f.instant("expiresAt", true);
          var products = f.choices("products", PRODUCTS);
          Money minimumSpend = f.money("minimumSpend", currency, false, Money.zero(currency));
          Money nominalValue = f.money("nominalValue", currency, false, amount);
          Instant grantedAt = f.instant("grantedAt", false);
          Instant effectiveAt = f.instant("effectiveAt", false);
          if (id == null || amount == null || expiresAt == null) {
            return f.incomplete();
          }
          return new Coupon(
              id, amount, expiresAt, products, minimumSpend, nominalValue, grantedAt, effectiveAt);
        });
  }

  private static List<StoredValueCard> cards(JsonFields owner, Currency currency) {
    return owner.list(
        "storedValueCards",
        CARD_FIELDS,
        f -> {
          String id = f.string("id", true);
          Money balance = f.money("balance", currency, true, null);
          Instant expiresAt = f.instant("expiresAt", true);
          Money nominalValue = f.money("nominalValue", currency, false, balance);
          Instant grantedAt = f.instant("grantedAt", false);
          Instant effectiveAt = f.instant("effectiveAt", false);
          return id == null || balance == null || expiresAt == null
              ? f.incomplete()
              : new StoredValueCard(id, balance, expiresAt, nominalValue, grantedAt, effectiveAt);
        });
  }
}
