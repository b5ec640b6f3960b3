package dev.billingsim.testkit;

import static dev.billingsim.simulator.world.World.account;
import static dev.billingsim.simulator.world.World.ensInstance;
import static dev.billingsim.testkit.admin.Faults.fault;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import dev.billingsim.domain.money.Money;
import dev.billingsim.simulator.world.World;
import dev.billingsim.testkit.admin.BillingAdmin;
import java.time.Instant;
import java.time.Period;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How the extension starts, resets, hands out and stops its simulator, in each of its forms. */
class ExtensionLifecycleIT {

  /** On a static field: one simulator for the class, back to its start before every test. */
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class OnAStaticField {

    @RegisterExtension
    static BillingSimulatorExtension sim = BillingSimulatorExtension.newInstance().build();

    @Test
    @Order(1)
    void startsOnAFreePortWithTheDemoStateAndItsCredentials() {
      assertThat(sim.port()).isPositive();
      assertThat(sim.endpoint()).isEqualTo("127.0.0.1:" + sim.port());
      assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
      assertThat(sim.credentials()).isEqualTo(new Credentials("demo-ak", "demo-secret"));
      assertThat(sim.credentials("1000000000000004"))
          .isEqualTo(new Credentials("broke-ak", "broke-secret"));
      Config config = sim.clientConfig();
      assertThat(config.getEndpoint()).isEqualTo(sim.endpoint());
      assertThat(config.getProtocol()).isEqualTo("HTTP");
      assertThat(config.getAccessKeyId()).isEqualTo("demo-ak");
    }

    @Test
    @Order(2)
    void changesTheWorldAndAddsAFault() {
      sim.admin().load(World.empty().with(account("u1")));
      sim.clock().advance(Period.ofYears(1));
      sim.faults().add(fault().error(Codes.PAY_SYSTEM_ERROR));

      assertThat(sim.faults().list()).hasSize(1);
    }

    @Test
    @Order(3)
    void theNextTestFindsTheStartingStateWithNoFaults() {
      assertThat(sim.clock().now()).isEqualTo(World.DEFAULT_NOW);
      assertThat(sim.admin().state().accounts())
          .extracting(a -> a.uid())
          .contains("1000000000000001");
      assertThat(sim.faults().list()).isEmpty();
    }
  }

  /** On an instance field: a simulator of its own for every test. */
  @Nested
  class OnAnInstanceField {

    @RegisterExtension
    BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance()
            .state(World.empty().with(account("u1").cash("1.00")))
            .build();

    @Test
    void runsDuringTheTest() {
      assertThat(sim.admin().account("u1").cash()).isEqualTo(Money.of("1.00"));
      assertThat(sim.credentials()).isEqualTo(new Credentials("u1-ak", "u1-secret"));
    }
  }

  /** With resetting turned off, what one test leaves the next one finds. */
  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class WithoutResetting {

    @RegisterExtension
    static BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance().resetBetweenTests(false).build();

    @Test
    @Order(1)
    void movesTheClock() {
      sim.clock().advance(Period.ofDays(1));
    }

    @Test
    @Order(2)
    void findsItMoved() {
      assertThat(sim.clock().now()).isEqualTo(World.DEFAULT_NOW.plus(java.time.Duration.ofDays(1)));
    }
  }

  /** With an admin token, the admin client sends it. */
  @Nested
  class WithAnAdminToken {

    @RegisterExtension
    static BillingSimulatorExtension sim =
        BillingSimulatorExtension.newInstance().adminToken("s3cret").build();

    @Test
    void theAdminClientIsAuthorised() {
      assertThat(sim.clock().now()).isEqualTo(World.DEFAULT_NOW);
    }
  }

  /** The annotation form: settings on the class, the simulator and its clients as parameters. */
  @Nested
  @BillingSimulatorTest(state = ExtensionLifecycleIT.OneServer.class, seed = 7)
  class AsAnAnnotation {

    @Test
    void givesTheSimulatorAndItsClientsAsParameters(
        BillingSimulator sim,
        BillingAdmin admin,
        Client client,
        Config config,
        Credentials credentials) {
      assertThat(admin.baseUrl().toString()).isEqualTo(sim.baseUrl());
      assertThat(admin.instance("aic-1").expiresAt())
          .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
      assertThat(credentials).isEqualTo(new Credentials("owner-ak", "owner-secret"));
      assertThat(config.getEndpoint()).isEqualTo(sim.endpoint());
      assertThat(client).isNotNull();
    }
  }

  static final class OneServer implements Supplier<World> {
    @Override
    public World get() {
      return World.startingAt(Instant.parse("2026-06-01T00:00:00Z"))
          .with(account("owner").accessKey("owner-ak", "owner-secret"))
          .with(ensInstance("aic-1").expiresAt(Instant.parse("2027-01-01T00:00:00Z")));
    }
  }
}
