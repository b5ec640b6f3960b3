package dev.billingsim.simulator.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.billing.Change;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeDocumentTest {

  private final BillingState rich = States.rich();

  @Test
  void readsBackAChangeWithItsAccount() {
    String uid = rich.accounts().get(0).uid();
    List<Order> orders = rich.orders().stream().filter(order -> order.uid().equals(uid)).toList();
    Change change = new Change(uid, rich.accounts().get(0), rich.instances().subList(0, 2), orders);

    ChangeDocument.Parsed parsed =
        ChangeDocument.fromTree(ChangeDocument.toTree(change), any -> null);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.change()).isEqualTo(change);
  }

  @Test
  void readsAmountsOfAChangeWithoutAccountInTheKnownAccountsCurrency() {
    Change change =
        new Change(
            "1000000000000002",
            null,
            List.of(rich.instances().get(2)),
            List.of(rich.orders().get(2)));

    ChangeDocument.Parsed parsed =
        ChangeDocument.fromTree(
            ChangeDocument.toTree(change), uid -> rich.accounts().get(1).currency());

    assertThat(parsed.change()).isEqualTo(change);
  }

  @Test
  void listsTheProblemsOfABrokenChange() {
    var tree = ChangeDocument.toTree(new Change("1", null, List.of(), List.of()));
    tree.put("extra", 1);
    tree.remove("uid");

    assertThat(ChangeDocument.fromTree(tree, uid -> null).problems())
        .containsExactly(
            "extra: unknown field (allowed: uid, account, instances, orders)", "uid: missing");
  }
}
