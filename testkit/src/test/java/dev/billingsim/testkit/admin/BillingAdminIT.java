package dev.billingsim.testkit.admin;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ecsInstance;
import static dev.billingsim.simulator.world.World.ensInstance;
import static dev.billingsim.testkit.admin.Faults.fault;
import static dev.billingsim.testkit.admin.Faults.subsystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import dev.billingsim.domain.event.AutoRenewalFailed;
import dev.billingsim.domain.event.InstanceExpired;
import dev.billingsim.domain.event.InstanceReleased;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.faults.NetworkFault;
import dev.billingsim.simulator.world.World;
import dev.billingsim.testkit.BillingSimulatorExtension;
import dev.billingsim.testkit.Codes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every admin endpoint through the typed client: no JSON in sight. */
class BillingAdminIT {

  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  @RegisterExtension
  static BillingSimulatorExtension sim =
      BillingSimulatorExtension.newInstance()
          .state(
              World.startingAt(NOW)
                  .with(account("u1").cash("1000.00"))
                  .with(account("poor").cash("10.00"))
                  .with(ensInstance("aic-auto").expiresIn(Duration.ofDays(3)).autoRenew(true))
                  .with(ensInstance("aic-manual").expiresIn(Duration.ofDays(5)))
                  .with(
                      ensInstance("aic-poor")
                          .ownedBy("poor")
                          .expiresIn(Duration.ofDays(4))
                          .autoRenew(true))
                  .with(ecsInstance("eap-1").expiresIn(Duration.ofDays(60))))
          .build();

  private Map<String, Object> renew(String instanceId) throws Exception {
    return Sdk.call(
        sim.client(), Sdk.ENS, "RenewARMServerInstance", Map.of("InstanceId", instanceId));
  }

  @Test
  void theStateReadsAsTheDomainsRecords() {
    BillingState state = sim.admin().state();

    assertThat(state.now()).isEqualTo(NOW);
    assertThat(sim.admin().account("u1").cash()).isEqualTo(Money.of("1000.00"));
    assertThat(sim.admin().instance("aic-manual").expiresAt())
        .isEqualTo(NOW.plus(Duration.ofDays(5)));
  }

  @Test
  void loadingAWorldReplacesEverythingAndResetGoesBackToTheStart() {
    BillingState loaded =
        sim.admin()
            .load(World.startingAt(Instant.parse("2030-01-01T00:00:00Z")).with(account("other")));

    assertThat(loaded.accounts()).extracting(a -> a.uid()).containsExactly("other");
    assertThat(sim.clock().now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));

    sim.admin().reset();

    assertThat(sim.clock().now()).isEqualTo(NOW);
    assertThat(sim.admin().state().accounts()).hasSize(2);
  }

  @Test
  void anInvalidStateIsRefusedWithEveryProblem() {
    BillingState valid = World.empty().with(account("u1")).with(ensInstance("aic-x")).toState();
    BillingState broken =
        new BillingState(
            NOW,
            valid.accounts(),
            valid.instances().stream().map(i -> i.toBuilder().autoRenewPeriod(0).build()).toList(),
            List.of());

    AdminRequestRefused refused =
        catchThrowableOfType(AdminRequestRefused.class, () -> sim.admin().load(broken));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problems())
        .anySatisfy(problem -> assertThat(problem).contains("autoRenewPeriod"));
  }

  @Test
  void movingTheClockReportsTypedEventsInTimeOrder() {
    ClockMove move = sim.clock().advance(Period.ofDays(30));

    assertThat(move.now()).isEqualTo(Instant.parse("2026-12-22T00:00:00Z"));
    assertThat(move.renewals())
        .singleElement()
        .satisfies(
            renewed -> {
              assertThat(renewed.instanceId()).isEqualTo("aic-auto");
              assertThat(renewed.automatic()).isTrue();
              assertThat(renewed.orderId()).isNotBlank();
              assertThat(renewed.newExpiry()).isEqualTo(Instant.parse("2026-12-25T00:00:00Z"));
            });
    assertThat(move.failedRenewals())
        .singleElement()
        .satisfies(
            failed -> {
              assertThat(failed.instanceId()).isEqualTo("aic-poor");
              assertThat(failed.code()).isEqualTo(Codes.PAY_INSUFFICIENT_BALANCE);
            });
    assertThat(move.expiries())
        .extracting(InstanceExpired::instanceId)
        .containsExactly("aic-poor", "aic-manual");
    assertThat(move.events()).extracting(e -> e.at()).isSorted();
    assertThat(move.eventsOf(InstanceRenewed.class)).isEqualTo(move.renewals());
  }

  @Test
  void theClockMovesByDurationsToInstantsAndNeverBack() {
    assertThat(sim.clock().advance(Duration.ofHours(12)).now())
        .isEqualTo(NOW.plus(Duration.ofHours(12)));
    ClockMove later = sim.clock().advanceTo(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(later.releases()).extracting(InstanceReleased::instanceId).contains("aic-manual");

    AdminRequestRefused back =
        catchThrowableOfType(AdminRequestRefused.class, () -> sim.clock().advanceTo(NOW));

    assertThat(back.error()).contains("forward");
  }

  @Test
  void theClockIsAJavaClockForTheCodeUnderTest() {
    Clock clock = sim.clock().asJavaClock();
    assertThat(clock.instant()).isEqualTo(NOW);

    sim.clock().advance(Period.ofDays(1));

    assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void anErrorRuleAnswersItsCodeForItsTimesThenRetires() throws Exception {
    GatewayFault rule =
        fault()
            .action("RenewARMServerInstance")
            .instanceId("aic-manual")
            .error(Codes.PAY_HSF_TIMEOUT_ERROR)
            .times(1);
    InstalledFault installed = sim.faults().add(rule);

    TeaException error = catchThrowableOfType(TeaException.class, () -> renew("aic-manual"));

    assertThat(installed.id()).isNotBlank();
    assertThat(installed.spec()).isEqualTo(rule);
    assertThat(error.getCode()).isEqualTo(Codes.PAY_HSF_TIMEOUT_ERROR);
    assertThat(error.getMessage()).contains(Codes.message(Codes.PAY_HSF_TIMEOUT_ERROR));
    assertThat(sim.admin().orders()).isEmpty();
    assertThat(renew("aic-manual")).containsKey("RequestId");
    assertThat(sim.faults().list()).isEmpty();
  }

  @Test
  void aSubsystemFailureFailsWhereThatSubsystemIsCalled() {
    sim.faults()
        .add(
            subsystem(Subsystem.PRICING)
                .error(Codes.PRICE_HSF_TIMEOUT_ERROR)
                .instanceId("aic-manual")
                .times(1));

    TeaException error = catchThrowableOfType(TeaException.class, () -> renew("aic-manual"));

    assertThat(error.getCode()).isEqualTo(Codes.PRICE_HSF_TIMEOUT_ERROR);
    assertThat(sim.admin().orders()).isEmpty();
  }

  @Test
  void aRuleTheSimulatorRefusesComesBackWithEveryProblem() {
    AdminRequestRefused wrongCode =
        catchThrowableOfType(
            AdminRequestRefused.class,
            () -> sim.faults().add(fault().error("NoSuchCode").probability(2)));
    AdminRequestRefused wrongSubsystem =
        catchThrowableOfType(
            AdminRequestRefused.class,
            () ->
                sim.faults().add(subsystem(Subsystem.PRICING).error(Codes.PAY_HSF_TIMEOUT_ERROR)));

    assertThat(wrongCode.problems()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(wrongCode.getMessage()).contains("NoSuchCode").contains("probability");
    assertThat(wrongSubsystem.status()).isEqualTo(400);
  }

  @Test
  void aNetworkFaultBreaksTheConnectionAndChangesNothing() {
    sim.faults()
        .add(
            fault()
                .action("RenewARMServerInstance")
                .network(NetworkFault.CONNECTION_RESET_BY_PEER)
                .times(1));

    Throwable failure = catchThrowable(() -> renew("aic-manual"));

    assertThat(failure).isNotNull().isNotInstanceOf(TeaException.class);
    assertThat(sim.admin().orders()).isEmpty();
  }

  @Test
  void aDelayedAnswerArrivesLateButWhole() throws Exception {
    sim.faults()
        .add(fault().action("RenewARMServerInstance").delay(Duration.ofMillis(300)).times(1));

    long started = System.nanoTime();
    Map<String, Object> answer = renew("aic-manual");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(answer).containsKey("RequestId");
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(sim.admin().orders()).hasSize(1);
  }

  @Test
  void aDelayDrawnFromADistributionIsListedAsGivenAndHoldsTheAnswer() throws Exception {
    GatewayFault uniform =
        fault()
            .action("RenewARMServerInstance")
            .delayUniform(Duration.ofMillis(200), Duration.ofMillis(250))
            .times(1);
    GatewayFault logNormal =
        fault().action("DescribeARMServerInstances").delayLogNormal(Duration.ofMillis(80), 0.4);
    sim.faults().add(uniform);
    sim.faults().add(logNormal);

    assertThat(sim.faults().list())
        .extracting(InstalledFault::spec)
        .containsExactly(uniform, logNormal);
    long started = System.nanoTime();
    renew("aic-manual");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    sim.faults().clear();
  }

  @Test
  void faultsAreListedRemovedOneByOneAndAllAtOnce() {
    GatewayFault gateway = fault().error(Codes.PAY_SYSTEM_ERROR).probability(0.5);
    SubsystemFailure tax = subsystem(Subsystem.TAX).error("PayTaxCalcFailed").uid("u1");
    InstalledFault first = sim.faults().add(gateway);
    sim.faults().add(tax);

    assertThat(sim.faults().list()).extracting(InstalledFault::spec).containsExactly(gateway, tax);

    sim.faults().remove(first);
    assertThat(sim.faults().list()).hasSize(1);
    assertThat(
            catchThrowableOfType(AdminRequestRefused.class, () -> sim.faults().remove(first))
                .status())
        .isEqualTo(404);

    sim.faults().clear();
    assertThat(sim.faults().list()).isEmpty();
  }

  @Test
  void ordersAreTypedAndAnUnpaidOneCanBePaid() throws Exception {
    renew("aic-manual");
    Map<String, Object> unpaid =
        Sdk.call(
            sim.client(),
            Sdk.ECS,
            "RenewElasticityAssurances",
            Map.of(
                "RegionId",
                "cn-hangzhou",
                "PrivatePoolOptions.Id.1",
                "eap-1",
                "Period",
                "1",
                "PeriodUnit",
                "Month",
                "AutoPay",
                "false"));
    String unpaidId = (String) unpaid.get("OrderId");

    assertThat(sim.admin().orders())
        .extracting(Order::type, Order::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OrderType.RENEW, OrderStatus.PAID),
            org.assertj.core.groups.Tuple.tuple(OrderType.RENEW, OrderStatus.UNPAID));
    assertThat(sim.admin().ordersOf("eap-1")).extracting(Order::orderId).containsExactly(unpaidId);

    sim.admin().payOrder(unpaidId);

    assertThat(sim.admin().ordersOf("eap-1"))
        .extracting(Order::status)
        .containsExactly(OrderStatus.PAID);
    assertThat(sim.admin().account("u1").cash()).isEqualTo(Money.of("800.00"));
  }

  @Test
  void theCatalogueListsEveryRowWithItsTrigger() {
    assertThat(sim.admin().catalogue())
        .hasSize(118)
        .anySatisfy(
            row -> {
              assertThat(row.code()).isEqualTo(Codes.PAY_HSF_TIMEOUT_ERROR);
              assertThat(row.api()).isEqualTo("ens:RenewARMServerInstance");
              assertThat(row.httpStatus()).isEqualTo(400);
              assertThat(row.trigger()).contains("payment");
            });
  }

  @Test
  void anAutoRenewalRefusedForLackOfMoneyIsAFailedEvent() {
    ClockMove move = sim.clock().advance(Period.ofDays(4));

    assertThat(move.eventsOf(AutoRenewalFailed.class))
        .extracting(AutoRenewalFailed::instanceId)
        .containsExactly("aic-poor");
  }
}
