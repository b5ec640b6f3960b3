package dev.billingsim.testkit.admin;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ensInstance;
import static dev.billingsim.testkit.admin.Faults.fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billingsim.domain.money.Money;
import dev.billingsim.simulator.RunnableJar;
import dev.billingsim.simulator.world.World;
import dev.billingsim.testkit.Codes;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same admin client against a simulator started in another JVM, with an admin token. */
class RemoteSimulatorIT {

  private static final String TOKEN = "s3cret";
  private static RunnableJar simulator;

  @BeforeAll
  static void start() throws Exception {
    simulator = RunnableJar.start("256m", "--port", "0", "--admin-token", TOKEN, "--seed", "1");
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void drivesItsWorldClockAndFaults() {
    BillingAdmin admin = BillingAdmin.connect(simulator.baseUrl()).withToken(TOKEN);
    Instant now = Instant.parse("2026-11-22T00:00:00Z");

    admin.load(
        World.startingAt(now)
            .with(account("u1").cash("100.00"))
            .with(ensInstance("aic-1").expiresIn(Duration.ofDays(1)).autoRenew(true)));
    ClockMove move = admin.clock().advance(Period.ofDays(2));
    InstalledFault fault =
        admin.faults().add(fault().action("RenewARMServerInstance").error(Codes.PAY_SYSTEM_ERROR));

    assertThat(move.renewals())
        .singleElement()
        .satisfies(renewal -> assertThat(renewal.automatic()).isTrue());
    assertThat(admin.account("u1").cash()).isEqualTo(Money.of("0.00"));
    assertThat(admin.faults().list()).containsExactly(fault);

    admin.reset();

    assertThat(admin.faults().list()).isEmpty();
    assertThat(admin.state().accounts()).extracting(a -> a.uid()).contains("1000000000000001");
  }

  @Test
  void withoutTheTokenTheAdminApiIsRefused() {
    AdminRequestRefused refused =
        catchThrowableOfType(
            AdminRequestRefused.class,
            () -> BillingAdmin.connect(simulator.baseUrl()).clock().now());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.getMessage()).contains("withToken");
  }
}
