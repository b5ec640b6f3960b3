package dev.billingsim.simulator.persist;

import static dev.billingsim.simulator.persist.Worlds.json;
import static dev.billingsim.simulator.persist.Worlds.renew;
import static dev.billingsim.simulator.persist.Worlds.reopened;
import static dev.billingsim.simulator.persist.Worlds.restarted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.renewal.ClientToken;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.renewal.Term;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersistenceTest {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("billing.log");
  }

  /**
   * The log never leaves a 0-byte file itself (it writes through a temporary file and a rename), so
   * an empty one is a file the user made, with nothing in it to lose: it is written at once.
   */
  @ParameterizedTest(name = "an empty file there first: {0}")
  @ValueSource(booleans = {false, true})
  void createsTheFileFromTheFallbackStateWhenThereIsNoneOrAnEmptyOne(boolean empty)
      throws Exception {
    if (empty) {
      Files.createFile(file());
    }
    BillingState demo = StateDocument.demo();

    try (Worlds.Live live = new Worlds.Live(file(), demo)) {
      assertThat(live.export()).isEqualTo(restarted(demo));
    }

    assertThat(Files.readString(file(), StandardCharsets.UTF_8))
        .startsWith("billing-simulator-log v1\nS ");
    assertThat(reopened(file()).export()).isEqualTo(restarted(demo));
  }

  @Test
  void restartShowsEveryAcknowledgedChange() {
    String before;
    try (Worlds.Live live = new Worlds.Live(file(), Worlds.accounts(2))) {
      renew(live.billing, 0, Product.ENS, 3);
      renew(live.billing, 1, Product.ECS, 12);
      Caller owner = Caller.of(Worlds.uid(0));
      RenewInstances unpaidRenewal =
          new RenewInstances(
              owner,
              Product.ECS,
              List.of("eap-00-1"),
              Term.ofMonths(2),
              false,
              null,
              new ClientToken("token-1", "eap-00-1;2"),
              null);
      String unpaid = live.billing.renew(unpaidRenewal).value().orderId();
      assertThat(live.billing.payOrder(owner, unpaid).isOk()).isTrue();
      CreateInstances purchase =
          new CreateInstances(
              owner, Product.ENS, "ens.aic.a1.large", 2, Term.ofMonths(1), null, "cn-hangzhou");
      String created = live.billing.create(purchase).value().instanceIds().get(0);
      assertThat(live.billing.release(owner, created).isOk()).isTrue();
      before = live.export();
    }

    Worlds.Live again = reopened(file());
    assertThat(again.export()).isEqualTo(before);
    assertThat(json(again.persistence.state())).isEqualTo(before);
    assertThat(again.warnings()).isEmpty();
  }

  @Test
  void clockMovesSurviveARestart() {
    String before;
    try (Worlds.Live live = new Worlds.Live(file(), Worlds.accounts(1))) {
      live.billing.advanceTo(Worlds.NOW.plus(Duration.ofDays(20)));
      before = live.export();
    }

    Worlds.Live again = reopened(file());
    assertThat(again.billing.now()).isEqualTo(Worlds.NOW.plus(Duration.ofDays(20)));
    assertThat(again.export()).isEqualTo(before).contains("\"status\": \"Expired\"");
  }

  @Test
  void anAtomicClockAdvanceIsLoggedAsOneSnapshot() throws Exception {
    BillingState autoRenewing = Worlds.accounts(2);
    autoRenewing =
        new BillingState(
            autoRenewing.now(),
            autoRenewing.accounts(),
            autoRenewing.instances().stream()
                .map(i -> i.toBuilder().autoRenew(true).build())
                .toList(),
            List.of());
    String before;
    int records;
    try (Worlds.Live live = new Worlds.Live(file(), autoRenewing)) {
      records = new LogFile(file()).recordOffsets().size();
      Instant target = Worlds.NOW.plus(Duration.ofDays(100));
      var events =
          live.persistence.atomically(live.billing::export, () -> live.billing.advanceTo(target));
      assertThat(events).hasSizeGreaterThan(4);
      before = live.export();
    }

    assertThat(new LogFile(file()).recordOffsets()).hasSize(records + 1);
    assertThat(reopened(file()).export())
        .isEqualTo(before)
        .contains("\"now\": \"2027-03-02T00:00:00Z\"");
  }

  @Test
  void anAtomicOperationThatFailsStillLeavesTheFileMatchingMemory() {
    String before;
    try (Worlds.Live live = new Worlds.Live(file(), Worlds.accounts(1))) {
      assertThatThrownBy(
              () ->
                  live.persistence.atomically(
                      live.billing::export,
                      () -> {
                        renew(live.billing, 0, Product.ENS, 1);
                        throw new IllegalStateException("broken half-way");
                      }))
          .hasMessage("broken half-way");
      before = live.export();
    }

    assertThat(reopened(file()).export())
        .isEqualTo(before)
        .contains("\"orderId\": \"200000000001\"");
  }

  @Test
  void replacingTheWholeWorldSurvivesARestart() {
    try (Worlds.Live live = new Worlds.Live(file(), Worlds.accounts(1))) {
      assertThat(live.billing.replace(StateDocument.demo())).isEmpty();
    }

    assertThat(reopened(file()).export()).isEqualTo(restarted(StateDocument.demo()));
  }

  @Test
  void snapshotRecordsTheWorldGivenToIt() {
    BillingState other = Worlds.accounts(3);
    try (Persistence persistence = Persistence.open(file(), Worlds.accounts(1))) {
      persistence.snapshot(other);
    }

    try (Persistence again = Persistence.open(file(), Worlds.accounts(1))) {
      assertThat(json(again.state())).isEqualTo(restarted(other));
    }
  }

  @Test
  void refusesAFileInUseByAnotherSimulator() {
    try (Persistence first = Persistence.open(file(), Worlds.accounts(1))) {
      assertThatThrownBy(() -> Persistence.open(file(), Worlds.accounts(1)))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining(file().toString())
          .hasMessageContaining("in use");
    }
  }

  @Test
  void refusesChangesAfterItIsClosed() {
    Worlds.Live live = new Worlds.Live(file(), Worlds.accounts(1));
    String before = live.export();
    live.close();

    assertThatThrownBy(() -> renew(live.billing, 0, Product.ENS, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThat(live.export()).isEqualTo(before);
  }
}
