package dev.billingsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoStateTest {

  private final BillingState demo = StateDocument.demo();
  private final Billing billing = Billing.of(demo);

  @Test
  void startsOnTheContractsDate() {
    assertThat(demo.now()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
  }

  @Test
  void holdsTheDemoAccountOfTheContract() {
    Account account = account("1000000000000001");

    assertThat(account.accessKeys()).containsExactly(AccessKey.of("demo-ak", "demo-secret"));
    assertThat(account.cash()).isEqualTo(Money.of("1000.00"));
    assertThat(account.coupons())
        .singleElement()
        .satisfies(
            coupon -> {
              assertThat(coupon.id()).isEqualTo("cp-1");
              assertThat(coupon.amount()).isEqualTo(Money.of("50.00"));
            });
    assertThat(account.storedValueCards())
        .singleElement()
        .satisfies(
            card -> {
              assertThat(card.id()).isEqualTo("svc-1");
              assertThat(card.balance()).isEqualTo(Money.of("100.00"));
              assertThat(card.expiresAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
            });
    assertThat(account.ramUsers())
        .singleElement()
        .satisfies(
            user -> {
              assertThat(user.accessKeys()).containsExactly(AccessKey.of("ram-ak", "ram-secret"));
              assertThat(user.allowedActions()).containsExactly("DescribeARMServerInstances");
            });
  }

  @Test
  void holdsTheDemoInstances() {
    assertThat(instance("aic-demo-0001"))
        .satisfies(
            i -> {
              assertThat(i.product()).isEqualTo(Product.ENS);
              assertThat(i.chargeType()).isEqualTo(ChargeType.PrePaid);
              assertThat(i.status()).isEqualTo(InstanceStatus.Running);
              assertThat(i.monthlyPrice()).isEqualTo(Money.of("100.00"));
              assertThat(i.expiresAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
            });
    assertThat(instance("eap-demo-0001"))
        .satisfies(
            i -> {
              assertThat(i.product()).isEqualTo(Product.ECS);
              assertThat(i.chargeType()).isEqualTo(ChargeType.PrePaid);
              assertThat(i.monthlyPrice()).isEqualTo(Money.of("300.00"));
            });
  }

  @Test
  void showsTheCommonFailuresEachWithItsOwnKey() {
    assertThat(billing.credentials("frozen-ak"))
        .get()
        .satisfies(
            c -> assertThat(account(c.caller().uid()).status()).isEqualTo(AccountStatus.FROZEN));
    assertThat(billing.credentials("noname-ak"))
        .get()
        .satisfies(c -> assertThat(account(c.caller().uid()).realNameVerified()).isFalse());
    assertThat(billing.credentials("broke-ak"))
        .get()
        .satisfies(c -> assertThat(account(c.caller().uid()).cash()).isEqualTo(Money.of("0.00")));
    assertThat(billing.credentials("reseller-ak"))
        .get()
        .satisfies(c -> assertThat(account(c.caller().uid()).custody()).isNotNull());
    assertThat(billing.credentials("ram-ak"))
        .get()
        .satisfies(
            c ->
                assertThat(c.caller())
                    .isEqualTo(Caller.ramUser("1000000000000001", "describe-only")));
    assertThat(instance("aic-frozen-0001").ownerUid()).isEqualTo("1000000000000002");
    assertThat(instance("aic-noname-0001").ownerUid()).isEqualTo("1000000000000003");
    assertThat(instance("aic-broke-0001").ownerUid()).isEqualTo("1000000000000004");
    assertThat(instance("eap-broke-0001").ownerUid()).isEqualTo("1000000000000004");
  }

  @Test
  void renewsTheDemoInstanceAndRefusesTheFailureAccounts() {
    assertThat(renew("1000000000000001", "aic-demo-0001").isOk()).isTrue();
    assertThat(renew("1000000000000002", "aic-frozen-0001").error().code())
        .isEqualTo("AccountAliyunAccountFrozen");
    assertThat(renew("1000000000000004", "aic-broke-0001").error().code())
        .isEqualTo("PayInsufficientBalance");
  }

  private Result<?> renew(String uid, String instanceId) {
    return billing.renew(RenewInstances.of(Caller.of(uid), Product.ENS, instanceId, 1));
  }

  private Account account(String uid) {
    return demo.accounts().stream().filter(a -> a.uid().equals(uid)).findFirst().orElseThrow();
  }

  private Instance instance(String id) {
    return demo.instances().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
