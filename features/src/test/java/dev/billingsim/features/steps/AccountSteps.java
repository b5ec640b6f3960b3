package dev.billingsim.features.steps;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.CustodyRelation;
import dev.billingsim.domain.account.PaymentMethod;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.money.Money;
import dev.billingsim.features.support.ScenarioContext;
import dev.billingsim.simulator.world.AccountSpec;
import io.cucumber.java.en.Given;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Accounts, the conditions they can be in, and what they pay with besides cash and credit: coupons
 * and stored-value cards.
 */
public class AccountSteps {

  private final ScenarioContext context;

  public AccountSteps(ScenarioContext context) {
    this.context = context;
  }

  @Given("these accounts:")
  public void theseAccounts(List<AccountSpec> accounts) {
    accounts.forEach(context.world()::with);
  }

  @Given("{word} has {money} in cash")
  public void hasCash(String uid, Money cash) {
    account(uid, b -> b.cash(cash));
  }

  @Given("{word} has a credit line of {money}")
  public void hasCreditLine(String uid, Money limit) {
    account(uid, b -> b.creditLimit(limit));
  }

  @Given("{word} has already used {money} of the credit line")
  public void hasUsedCredit(String uid, Money used) {
    account(uid, b -> b.creditUsed(used));
  }

  @Given("{word}'s account is {accountStatus}")
  public void accountIs(String uid, AccountStatus status) {
    account(uid, b -> b.status(status));
  }

  @Given("{word}'s account is closed")
  public void accountIsClosed(String uid) {
    account(uid, b -> b.closed(true));
  }

  @Given("{word} has not passed real-name verification")
  public void notRealNameVerified(String uid) {
    account(uid, b -> b.realNameVerified(false));
  }

  @Given("{word} has not completed the basic account information")
  public void basicInformationIncomplete(String uid) {
    account(uid, b -> b.basicInfoComplete(false));
  }

  @Given("{word} is a bidding customer")
  public void biddingCustomer(String uid) {
    account(uid, b -> b.bidUser(true));
  }

  @Given("{word} owes {money} in arrears")
  public void owesArrears(String uid, Money arrears) {
    account(uid, b -> b.arrears(arrears));
  }

  @Given("risk control flags {word} as {riskFlag}")
  public void riskControlFlags(String uid, RiskFlag flag) {
    account(uid, b -> b.riskFlags(Set.of(flag)));
  }

  @Given("{word}'s payment method is {paymentMethod}")
  public void paymentMethodIs(String uid, PaymentMethod method) {
    account(uid, b -> b.paymentMethod(method));
  }

  @Given("{word} may pay at most {money} per order")
  public void paymentLimit(String uid, Money limit) {
    account(uid, b -> b.paymentLimit(limit));
  }

  @Given("{word} may keep at most {int} unpaid order(s)")
  public void unpaidOrderLimit(String uid, int limit) {
    account(uid, b -> b.unpaidOrderLimit(limit));
  }

  @Given("{word} may own at most {int} instance(s)")
  public void instanceQuota(String uid, int quota) {
    account(uid, b -> b.instanceQuota(quota));
  }

  @Given("{word} is banned from refunds without reason")
  public void refundBanned(String uid) {
    account(uid, b -> b.refundBanned(true));
  }

  @Given("{word} holds these coupons:")
  public void holdsCoupons(String uid, List<Coupon> coupons) {
    account(uid, b -> b.coupons(coupons));
  }

  @Given("{word} holds a coupon {word} worth {money} expiring on {date}")
  public void holdsCoupon(String uid, String id, Money amount, Instant expires) {
    account(uid, b -> b.coupon(Coupon.of(id, amount, expires)));
  }

  @Given("{word} holds these stored-value cards:")
  public void holdsCards(String uid, List<StoredValueCard> cards) {
    account(uid, b -> b.storedValueCards(cards));
  }

  @Given("{word} holds a stored-value card {word} with {money} expiring on {date}")
  public void holdsCard(String uid, String id, Money balance, Instant expires) {
    account(uid, b -> b.storedValueCard(new StoredValueCard(id, balance, expires)));
  }

  @Given("{word} is in the custody of reseller {word} with a quota of {money} backed by {money}")
  public void inCustody(String uid, String partner, Money quota, Money backing) {
    context.world().accountSpec(uid).custody(partner, quota, backing, CustodyRelation.STABLE);
  }

  /** The quota and its backing are ample (1000.00 CNY): only the relation matters here. */
  @Given("the custody relation of {word} with reseller {word} is {custodyRelation}")
  public void custodyRelation(String uid, String partner, CustodyRelation relation) {
    Money ample = Money.of("1000.00");
    context.world().accountSpec(uid).custody(partner, ample, ample, relation);
  }

  @Given("{word} has a RAM user {word} allowed to call {word}")
  public void ramUser(String uid, String name, String action) {
    context.world().accountSpec(uid).ramUser(name, Set.of(action), Set.of());
  }

  @Given("{word} has a RAM user {word} allowed to call {word} on {word} only")
  public void ramUserOnOneInstance(String uid, String name, String action, String instanceId) {
    context.world().accountSpec(uid).ramUser(name, Set.of(action), Set.of(instanceId));
  }

  @Given("{word}'s access key is disabled")
  public void accessKeyDisabled(String uid) {
    context.world().accountSpec(uid).accessKeysDisabled();
  }

  private void account(String uid, UnaryOperator<Account.Builder> change) {
    context.world().accountSpec(uid).with(change);
  }
}
