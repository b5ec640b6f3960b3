package dev.billingsim.simulator.world;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ecsInstance;
import static dev.billingsim.simulator.world.World.ensInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.AccountStatus;
import dev.billingsim.domain.account.RiskFlag;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorldTest {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void buildsAccountsWithTheirMoneyAndInstancesRelativeToNow() {
    BillingState state =
        World.startingAt(NOW)
            .with(
                account("u1").cash("50.00").coupon("cp1", "20.00").storedValueCard("svc1", "5.00"))
            .with(ensInstance("aic-1").expiresIn(Duration.ofDays(3)).autoRenew(true))
            .toState();

    assertThat(state.now()).isEqualTo(NOW);
    Account u1 = state.accounts().get(0);
    assertThat(u1.cash()).isEqualTo(Money.of("50.00"));
    assertThat(u1.coupons().get(0).amount()).isEqualTo(Money.of("20.00"));
    assertThat(u1.coupons().get(0).expiresAt()).isEqualTo(NOW.plus(AccountSpec.DEFAULT_VALIDITY));
    assertThat(u1.storedValueCards().get(0).balance()).isEqualTo(Money.of("5.00"));
    Instance aic1 = state.instances().get(0);
    assertThat(aic1.product()).isEqualTo(Product.ENS);
    assertThat(aic1.ownerUid()).isEqualTo("u1");
    assertThat(aic1.expiresAt()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(aic1.autoRenew()).isTrue();
    assertThat(aic1.monthlyPrice()).isEqualTo(Money.of(InstanceSpec.DEFAULT_MONTHLY_PRICE));
  }

  @Test
  void anAccountWithoutKeysGetsOneNamedAfterItsUid() {
    Account u1 = World.empty().with(account("u1")).toState().accounts().get(0);

    assertThat(u1.accessKeys()).containsExactly(AccessKey.of("u1-ak", "u1-secret"));
    assertThat(u1.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(u1.cash()).isEqualTo(Money.of("0.00"));
  }

  @Test
  void instancesBelongToTheFirstAccountUnlessToldAndArePricedInTheOwnersCurrency() {
    BillingState state =
        World.empty()
            .with(account("cny"))
            .with(account("usd").currency("USD"))
            .with(ensInstance("aic-1"))
            .with(ecsInstance("eap-1").ownedBy("usd").monthlyPrice("12.50"))
            .toState();

    assertThat(state.instances().get(0).ownerUid()).isEqualTo("cny");
    assertThat(state.instances().get(1).ownerUid()).isEqualTo("usd");
    assertThat(state.instances().get(1).monthlyPrice())
        .isEqualTo(Money.parse("12.50", Currency.getInstance("USD")));
  }

  @Test
  void theDomainBuildersReachWhatTheSpecsDoNotName() {
    BillingState state =
        World.empty()
            .with(
                account("u1").frozen().with(b -> b.riskFlags(EnumSet.of(RiskFlag.ORDER_REJECTED))))
            .with(
                ensInstance("aic-1")
                    .status(InstanceStatus.Stopped)
                    .with(b -> b.regionId("cn-shanghai")))
            .toState();

    assertThat(state.accounts().get(0).status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(state.accounts().get(0).riskFlags()).hasSize(1);
    assertThat(state.instances().get(0).regionId()).isEqualTo("cn-shanghai");
  }

  @Test
  void aWorldTheSimulatorWouldRefuseIsRefusedWithEveryProblem() {
    World world =
        World.empty()
            .with(account("u1").accessKey("same", "s"))
            .with(account("u2").accessKey("same", "s"))
            .with(ensInstance("eap-wrong-prefix").ownedBy("nobody"));

    assertThatThrownBy(world::toState)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("access key same")
        .hasMessageContaining("starts with aic-")
        .hasMessageContaining("no account nobody");
  }

  @Test
  void aBadAmountNamesItsAccount() {
    assertThatThrownBy(() -> World.empty().with(account("u1").cash("lots")).toState())
        .hasMessageContaining("account u1")
        .hasMessageContaining("lots");
  }

  @Test
  void theDemoWorldIsTheSimulatorsDemoStateToAddTo() {
    BillingState demo = StateDocument.demo();

    BillingState state = World.demo().with(account("extra")).toState();

    assertThat(World.DEFAULT_NOW).isEqualTo(demo.now());
    assertThat(state.accounts()).hasSize(demo.accounts().size() + 1);
    assertThat(state.instances()).isEqualTo(demo.instances());
  }

  @Test
  void theDocumentReadsBackToTheSameState() {
    World world = World.startingAt(NOW).with(account("u1").cash("1.00")).with(ensInstance("aic-1"));

    assertThat(StateDocument.parse(world.toJson()).state()).isEqualTo(world.toState());
  }
}
