package dev.billingsim.testkit.example;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ensInstance;
import static dev.billingsim.testkit.admin.Faults.fault;
import static dev.billingsim.testkit.admin.Faults.subsystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.coupon.Coupon;
import dev.billingsim.domain.event.InstanceRenewed;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.order.PaymentSource;
import dev.billingsim.domain.subsystem.Subsystem;
import dev.billingsim.simulator.faults.NetworkFault;
import dev.billingsim.simulator.world.World;
import dev.billingsim.testkit.BillingSimulatorExtension;
import dev.billingsim.testkit.Codes;
import dev.billingsim.testkit.admin.ClockMove;
import dev.billingsim.testkit.example.RenewalJob.Report;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The renewal job against a billing simulator: each test starts from the world below (the extension
 * resets it before every test), perhaps injects a fault, runs the job through the official Alibaba
 * Cloud client, and checks what the job reported and what the billing world now holds.
 */
class RenewalJobIT {

  static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  @RegisterExtension
  static BillingSimulatorExtension sim =
      BillingSimulatorExtension.newInstance()
          .state(
              World.startingAt(NOW)
                  .with(account("acme").accessKey("acme-ak", "acme-secret").cash("500.00"))
                  .with(ensInstance("aic-web-1").expiresIn(Duration.ofDays(3)))
                  .with(ensInstance("aic-web-2").expiresIn(Duration.ofDays(60)))
                  .with(ensInstance("aic-batch-1").expiresIn(Duration.ofDays(2)).autoRenew(true)))
          .build();

  /** The pauses the job asked for between attempts (it is never made to wait for real). */
  private final List<Duration> pauses = new ArrayList<>();

  private RenewalJob job() {
    return new RenewalJob(new EnsServers(sim.client()), sim.clock().asJavaClock(), pauses::add);
  }

  @Test
  void renewsWhatExpiresWithinAWeekForOneMonthPaidFromCash() throws Exception {
    Report report = job().run();

    assertThat(report.renewed()).containsExactly("aic-web-1");
    assertThat(report.failed()).isEmpty();
    assertThat(sim.admin().instance("aic-web-1").expiresAt())
        .isEqualTo(Instant.parse("2026-12-25T00:00:00Z"));
    Order order = sim.admin().ordersOf("aic-web-1").get(0);
    assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    assertThat(order.amount()).isEqualTo(Money.of("100.00"));
    assertThat(order.payments()).extracting(Payment::source).containsExactly(PaymentSource.CASH);
    assertThat(sim.admin().account("acme").cash()).isEqualTo(Money.of("400.00"));
    assertThat(pauses).isEmpty();
  }

  @Test
  void retriesAPaymentTimeoutAndPaysOnlyOnce() throws Exception {
    sim.faults().add(fault().action(EnsServers.RENEW).error(Codes.PAY_HSF_TIMEOUT_ERROR).times(1));

    Report report = job().run();

    assertThat(report.renewed()).containsExactly("aic-web-1");
    assertThat(report.retries()).isEqualTo(1);
    assertThat(pauses).containsExactly(Duration.ofMillis(200));
    assertThat(sim.admin().orders()).hasSize(1);
  }

  @Test
  void retriesWhenPricingTimesOut() throws Exception {
    sim.faults().add(subsystem(Subsystem.PRICING).error(Codes.PRICE_HSF_TIMEOUT_ERROR).times(1));

    Report report = job().run();

    assertThat(report.renewed()).containsExactly("aic-web-1");
    assertThat(report.retries()).isEqualTo(1);
    assertThat(sim.admin().orders()).hasSize(1);
  }

  @Test
  void givesUpAfterThreeTimeoutsAndNothingIsCharged() throws Exception {
    sim.faults().add(fault().action(EnsServers.RENEW).error(Codes.PAY_HSF_TIMEOUT_ERROR));

    Report report = job().run();

    assertThat(report.failed()).containsExactly(entry("aic-web-1", Codes.PAY_HSF_TIMEOUT_ERROR));
    assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(sim.admin().orders()).isEmpty();
    assertThat(sim.admin().account("acme").cash()).isEqualTo(Money.of("500.00"));
  }

  @Test
  void reportsInsufficientBalanceAtOnceAndTakesNothing() throws Exception {
    sim.admin()
        .load(
            World.startingAt(NOW)
                .with(
                    account("acme")
                        .accessKey("acme-ak", "acme-secret")
                        .cash("30.00")
                        .coupon("cp-1", "20.00"))
                .with(ensInstance("aic-web-1").expiresIn(Duration.ofDays(3))));

    Report report = job().run();

    assertThat(report.failed()).containsExactly(entry("aic-web-1", Codes.PAY_INSUFFICIENT_BALANCE));
    assertThat(report.retries()).isZero();
    assertThat(sim.admin().orders()).isEmpty();
    Account acme = sim.admin().account("acme");
    assertThat(acme.cash()).isEqualTo(Money.of("30.00"));
    assertThat(acme.coupons()).extracting(Coupon::amount).containsExactly(Money.of("20.00"));
  }

  @Test
  void aConnectionResetIsRetriedWithoutPayingTwice() throws Exception {
    sim.faults()
        .add(
            fault()
                .action(EnsServers.RENEW)
                .network(NetworkFault.CONNECTION_RESET_BY_PEER)
                .times(1));

    Report report = job().run();

    assertThat(report.renewed()).containsExactly("aic-web-1");
    assertThat(report.retries()).isEqualTo(1);
    assertThat(sim.admin().ordersOf("aic-web-1")).hasSize(1);
    assertThat(sim.admin().instance("aic-web-1").expiresAt())
        .isEqualTo(Instant.parse("2026-12-25T00:00:00Z"));
  }

  @Test
  void leavesAutoRenewingServersToThePlatformWhichRenewsThemWhenTheClockPassesTheirExpiry()
      throws Exception {
    Report report = job().run();
    assertThat(report.leftToAutoRenewal()).containsExactly("aic-batch-1");

    ClockMove week = sim.clock().advance(Period.ofDays(7));

    assertThat(week.renewals())
        .singleElement()
        .satisfies(
            renewal -> {
              assertThat(renewal.instanceId()).isEqualTo("aic-batch-1");
              assertThat(renewal.automatic()).isTrue();
              assertThat(renewal.months()).isEqualTo(1);
            });
    assertThat(week.expiries()).isEmpty();
    assertThat(sim.admin().ordersOf("aic-batch-1"))
        .extracting(Order::status)
        .containsExactly(OrderStatus.PAID);
  }

  @Test
  void aMonthLaterTheSameServerIsDueAgain() throws Exception {
    job().run();

    ClockMove month = sim.clock().advance(Period.ofMonths(1));
    Report next = job().run();

    assertThat(month.now()).isEqualTo(Instant.parse("2026-12-22T00:00:00Z"));
    assertThat(month.renewals())
        .extracting(InstanceRenewed::instanceId)
        .containsExactly("aic-batch-1");
    assertThat(next.renewed()).containsExactly("aic-web-1");
    assertThat(sim.admin().ordersOf("aic-web-1")).hasSize(2);
  }
}
