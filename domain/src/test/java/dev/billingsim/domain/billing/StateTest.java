package dev.billingsim.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.Fixture;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateTest {

  @Test
  void anExportedStateImportsBackUnchanged() {
    Fixture fixture = new Fixture();
    fixture.ens();
    fixture.renew(Fixture.ecsRenewal(false, null, null, null));
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

    long next = renewed(copy, Fixture.U1, "aic-1");

    assertThat(next).isGreaterThan(Long.parseLong(first));
  }

  @Test
  void orderIdsAreUniqueInTheWorldAndIncreaseWithinEachAccount() {
    // Accounts take ids a block at a time (so renewals of two accounts do not share one counter):
    // interleaved renewals of u1 and u2, for more than one block each, never collide, and each
    // account's ids keep its own order.
    Fixture fixture = new Fixture();
    int renewals = 2 * Ledger.ORDER_ID_BLOCK + 1;
    for (int i = 0; i < renewals; i++) {
      fixture.instance("aic-u1-" + i, Product.ENS, "u1", "1.00");
      fixture.instance("aic-u2-" + i, Product.ENS, "u2", "1.00");
    }
    Billing billing = fixture.billing();
    List<Long> u1Ids = new ArrayList<>();
    List<Long> u2Ids = new ArrayList<>();
    for (int i = 0; i < renewals; i++) {
      u1Ids.add(renewed(billing, Fixture.U1, "aic-u1-" + i));
      u2Ids.add(renewed(billing, Caller.of("u2"), "aic-u2-" + i));
    }

    assertThat(u1Ids).isSorted().doesNotHaveDuplicates();
    assertThat(u2Ids).isSorted().doesNotHaveDuplicates();
    assertThat(u1Ids).doesNotContainAnyElementsOf(u2Ids);
    assertThat(u1Ids.get(0)).isEqualTo(Billing.FIRST_ORDER_ID);
    // Listed by creation time, then id: with the clock still, one account's block, then the
    // other's.
    assertThat(billing.export().orders())
        .extracting(order -> Long.parseLong(order.orderId()))
        .isSorted()
        .hasSize(u1Ids.size() + u2Ids.size());
  }

  /** The order id of a month's renewal of {@code id}, as a number. */
  private static long renewed(Billing billing, Caller caller, String id) {
    return Long.parseLong(
        billing.renew(RenewInstances.of(caller, Product.ENS, id, 1)).value().orderId());
  }
}
