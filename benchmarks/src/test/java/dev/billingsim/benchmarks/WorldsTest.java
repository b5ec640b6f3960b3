package dev.billingsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.DomainEvent;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.action.CommandParameters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark worlds do what the benchmarks' comments say they do. */
class WorldsTest {

  @Test
  void aRenewableInstanceTakesFiftyNineMonthlyRenewalsAndRefusesTheSixtieth() {
    Billing billing = Billing.of(Worlds.renewable(1, 1));
    RenewInstances renewal =
        RenewInstances.of(
            Caller.of(Worlds.uid(0)), Product.ENS, Worlds.instanceId(Product.ENS, 0, 0), 1);

    for (int i = 0; i < Worlds.RENEWALS_PER_INSTANCE; i++) {
      assertThat(billing.renew(renewal).isOk()).as("renewal %d", i + 1).isTrue();
    }
    Result<?> sixtieth = billing.renew(renewal);

    assertThat(sixtieth.isOk()).isFalse();
    assertThat(sixtieth.error().code()).isEqualTo("OrderPeriodInvalid");
  }

  @Test
  void movingThirtyDaysOverAFallingWorldRenewsHalfAndExpiresTheRest() {
    Billing billing = Billing.of(Worlds.falling(1000));

    List<DomainEvent> events = billing.advanceTo(Worlds.START.plus(Duration.ofDays(30)));

    assertThat(events).filteredOn(InstanceRenewed.class::isInstance).hasSize(500);
    assertThat(events).filteredOn(InstanceExpired.class::isInstance).hasSize(500);
    assertThat(events).filteredOn(AutoRenewalFailed.class::isInstance).isEmpty();
    assertThat(events).filteredOn(InstanceReleased.class::isInstance).hasSizeBetween(200, 300);
  }

  @Test
  void anHourOnNothingIsDue() {
    Billing billing = Billing.of(Worlds.falling(1000));

    assertThat(billing.advanceTo(Worlds.START.plus(Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void theSoakWorldReplaysClientTokensAndRefusesTheEmptyAccount() {
    Billing billing = Billing.of(HttpSoak.state());
    Map<String, String> ecs =
        Map.of(
            "PrivatePoolOptions.Id.1", Worlds.instanceId(Product.ECS, 0, 7),
            "Period", "1",
            "PeriodUnit", "Month",
            "ClientToken", "soak-token-7");
    CommandParameters parameters = new CommandParameters(billing.catalogue());
    RenewInstances token = parameters.ecsRenewal(Caller.of(Worlds.uid(0)), ecs).value();
    RenewInstances broke =
        parameters
            .ensRenewal(
                Caller.of(Worlds.uid(1)),
                Map.of("InstanceId", Worlds.instanceId(Product.ENS, 1, 7)))
            .value();

    String first = billing.renew(token).value().orderId();
    String replay = billing.renew(token).value().orderId();
    Result<?> refused = billing.renew(broke);

    assertThat(replay).isEqualTo(first);
    assertThat(billing.export().orders()).hasSize(1);
    assertThat(refused.error().code()).isEqualTo("PayInsufficientBalance");
  }
}
