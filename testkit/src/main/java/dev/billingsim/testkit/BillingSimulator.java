package dev.billingsim.testkit;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.account.Account;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.testkit.admin.AdminClock;
import dev.billingsim.testkit.admin.AdminFaults;
import dev.billingsim.testkit.admin.BillingAdmin;

/**
 * A running simulator as a test sees it: where it listens, whose keys sign calls, an official
 * client pointed at it, and the admin client that controls its world, clock and faults. {@link
 * BillingSimulatorExtension} is one; with {@link BillingSimulatorTest} it is injected as a test
 * method parameter. An implementation gives {@link #simulator}, {@link #credentials()} and {@link
 * #admin}; the rest follows from them.
 */
public interface BillingSimulator {

  default int port() {
    return simulator().port();
  }

  /** What an SDK's {@code Config.setEndpoint} takes: {@code 127.0.0.1:<port>}. */
  default String endpoint() {
    return simulator().endpoint();
  }

  /** {@code http://127.0.0.1:<port>}. */
  default String baseUrl() {
    return simulator().baseUrl();
  }

  /**
   * The first access key of the first account of the starting state ({@code demo-ak} / {@code
   * demo-secret} with the demo state).
   */
  Credentials credentials();

  /** The first access key of this account as it is now. */
  default Credentials credentials(String uid) {
    Account account = admin().account(uid);
    if (account.accessKeys().isEmpty()) {
      throw new IllegalStateException("account " + uid + " has no access key");
    }
    AccessKey key = account.accessKeys().get(0);
    return new Credentials(key.id(), key.secret());
  }

  /**
   * A new official client configuration for this simulator, signed with {@link #credentials()} (V3
   * signatures; {@code setSignatureAlgorithm("v2")} switches to V1). Give it to any generated
   * client too: {@code new com.aliyun.ecs20140526.Client(sim.clientConfig())}.
   */
  default Config clientConfig() {
    return clientConfig(credentials());
  }

  default Config clientConfig(Credentials credentials) {
    return new Config()
        .setAccessKeyId(credentials.accessKeyId())
        .setAccessKeySecret(credentials.accessKeySecret())
        .setEndpoint(endpoint())
        .setProtocol("HTTP")
        .setRegionId("cn-hangzhou");
  }

  /** The generic official client ({@code callApi}) with {@link #clientConfig()}. */
  default Client client() {
    return client(credentials());
  }

  default Client client(Credentials credentials) {
    try {
      return new Client(clientConfig(credentials));
    } catch (Exception e) {
      throw new IllegalStateException("the official client refused its configuration", e);
    }
  }

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
