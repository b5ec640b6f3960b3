package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.state.BillingState;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateTest {

  @Test
  void anExportedStateImportsBackUnchanged() {
    Fixture fixture = new Fixture();
    fixture.ens();
    fixture.ecs("AutoPay", "false");
    BillingState exported = fixture.billing().export();

    Billing copy = Billing.of(exported);

    assertThat(copy.export()).isEqualTo(exported);
  }

  @Test
  void anInvalidStateIsRefusedWithEveryProblemAndChangesNothing() {
    Fixture fixture = new Fixture();
    BillingState before = fixture.billing().export();
    Account broken = Account.builder("u1").cash(Money.of("-1.00")).build();
    BillingState bad =
        new BillingState(before.now(), List.of(broken, broken), before.instances(), List.of());

    List<String> problems = fixture.billing().replace(bad);

    assertThat(problems)
        .anyMatch(p -> p.contains("accounts[0].cash"))
        .anyMatch(p -> p.contains("duplicate uid"));
    assertThat(fixture.billing().export()).isEqualTo(before);
  }

  @Test
  void orderIdsContinueAfterImportedOnes() {
    Fixture fixture = new Fixture();
    String first = fixture.ens().value().orderId();
    Billing copy = Billing.of(fixture.billing().export());

    String next =
        copy.renew(
                dev.billingsim.domain.renewal.RenewInstances.of(
                    Fixture.U1, dev.billingsim.domain.instance.Product.ENS, "aic-1", 1))
            .value()
            .orderId();

    assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(first));
  }
}
