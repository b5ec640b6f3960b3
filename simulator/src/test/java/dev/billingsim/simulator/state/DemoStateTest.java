package dev.billingsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.account.RamUser;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.card.StoredValueCard;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.instance.ChargeType;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.result.Result;
import dev.billingsim.domain.state.BillingState;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
        .extracting(Coupon::id, Coupon::amount)
        .containsExactly("cp-1", Money.of("50.00"));
    assertThat(account.storedValueCards())
        .singleElement()
        .extracting(StoredValueCard::id, StoredValueCard::balance, StoredValueCard::expiresAt)
        .containsExactly("svc-1", Money.of("100.00"), Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(account.ramUsers())
        .singleElement()
        .extracting(RamUser::accessKeys, RamUser::allowedActions)
        .containsExactly(
            List.of(AccessKey.of("ram-ak", "ram-secret")), Set.of("DescribeARMServerInstances"));
  }

  @Test
  void holdsTheDemoInstances() {
    assertThat(instance("aic-demo-0001"))
        .extracting(
            Instance::product,
            Instance::chargeType,
            Instance::status,
            Instance::monthlyPrice,
            Instance::expiresAt)
        .containsExactly(
            Product.ENS,
            ChargeType.PrePaid,
            InstanceStatus.Running,
            Money.of("100.00"),
            Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(instance("eap-demo-0001"))
        .extracting(Instance::product, Instance::chargeType, Instance::monthlyPrice)
        .containsExactly(Product.ECS, ChargeType.PrePaid, Money.of("300.00"));
  }

  @Test
  void showsTheCommonFailuresEachWithItsOwnKey() {
    assertThat(accountOf("frozen-ak").status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(accountOf("noname-ak").realNameVerified()).isFalse();
    assertThat(accountOf("broke-ak").cash()).isEqualTo(Money.of("0.00"));
    assertThat(accountOf("reseller-ak").custody()).isNotNull();
    assertThat(callerOf("ram-ak")).isEqualTo(Caller.ramUser("1000000000000001", "describe-only"));
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

  private Caller callerOf(String accessKeyId) {
    return billing.credentials(accessKeyId).orElseThrow().caller();
  }

  private Account accountOf(String accessKeyId) {
    return account(callerOf(accessKeyId).uid());
  }

  private Account account(String uid) {
    return demo.accounts().stream().filter(a -> a.uid().equals(uid)).findFirst().orElseThrow();
  }

  private Instance instance(String id) {
    return demo.instances().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
