package dev.billingsim.testkit;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.testkit.admin.AdminClock;
import dev.billingsim.testkit.admin.AdminFaults;
import dev.billingsim.testkit.admin.BillingAdmin;

/**
 * A running simulator as a test sees it: where it listens, whose keys sign calls, an official
 * client pointed at it, and the admin client that controls its world, clock and faults. {@link
 * BillingSimulatorExtension} is one; with {@link BillingSimulatorTest} it is injected as a test
 * method parameter.
 */
public interface BillingSimulator {

  int port();

  /** What an SDK's {@code Config.setEndpoint} takes: {@code 127.0.0.1:<port>}. */
  String endpoint();

  /** {@code http://127.0.0.1:<port>}. */
  String baseUrl();

  /**
   * The first access key of the first account of the starting state ({@code demo-ak} / {@code
   * demo-secret} with the demo state).
   */
  Credentials credentials();

  /** The first access key of this account as it is now. */
  Credentials credentials(String uid);

  /**
   * A new official client configuration for this simulator, signed with {@link #credentials()} (V3
   * signatures; {@code setSignatureAlgorithm("v2")} switches to V1). Give it to any generated
   * client too: {@code new com.aliyun.ecs20140526.Client(sim.clientConfig())}.
   */
  Config clientConfig();

  Config clientConfig(Credentials credentials);

  /** The generic official client ({@code callApi}) with {@link #clientConfig()}. */
  Client client();

  Client client(Credentials credentials);

  BillingAdmin admin();

  /** Shorthand for {@code admin().clock()}. */
  default AdminClock clock() {
    return admin().clock();
  }

  /** Shorthand for {@code admin().faults()}. */
  default AdminFaults faults() {
    return admin().faults();
  }

  /** The in-process simulator, for plain WireMock stubs ({@code simulator().wireMock()}). */
  Simulator simulator();
}
