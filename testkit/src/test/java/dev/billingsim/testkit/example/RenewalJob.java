package dev.billingsim.testkit.example;

import com.aliyun.tea.TeaException;
import dev.billingsim.testkit.example.EnsServers.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The downstream service under test: a nightly job that renews, for one month, every PrePaid ENS
 * server expiring within a week, and reports what it did.
 *
 * <ul>
 *   <li>Servers on auto-renewal are left to the platform.
 *   <li>Transient failures (a payment or pricing timeout, a system error, throttling, a broken
 *       connection) are retried, at most {@value #MAX_ATTEMPTS} attempts, after a growing pause.
 *   <li>After a broken connection it first looks whether the renewal went through before trying
 *       again: ENS renewals are not idempotent, so a blind retry could pay twice.
 *   <li>Any other error (insufficient balance, a frozen account, ...) is reported at once.
 * </ul>
 *
 * <p>Time comes from a {@link Clock} and pauses go through {@link Pause}, so tests give it the
 * simulator's business clock and a pause that only records: they never sleep.
 */
final class RenewalJob {

  static final int MAX_ATTEMPTS = 3;
  static final Duration WINDOW = Duration.ofDays(7);
  static final Duration FIRST_PAUSE = Duration.ofMillis(200);
  static final Set<String> TRANSIENT_CODES =
      Set.of(
          "PayHsfTimeoutError",
          "PriceHsfTimeoutError",
          "PaySystemError",
          "System.SystemError",
          "SystemConcurrentOperate",
          "Throttling.User",
          "InternalError",
          "ServiceUnavailable");

  /**
   * Waits between attempts; production passes {@code duration ->
   * Thread.sleep(duration.toMillis())}.
   */
  interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  /** What one run did: what it renewed, what failed and why, what it left to auto-renewal. */
  record Report(
      List<String> renewed,
      Map<String, String> failed,
      List<String> leftToAutoRenewal,
      int retries) {}

  private final EnsServers ens;
  private final Clock clock;
  private final Pause pause;

  RenewalJob(EnsServers ens, Clock clock, Pause pause) {
    this.ens = ens;
    this.clock = clock;
    this.pause = pause;
  }

  Report run() throws Exception {
    Instant horizon = clock.instant().plus(WINDOW);
    List<String> renewed = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    List<String> auto = new ArrayList<>();
    int retries = 0;
    for (Server server : ens.describe()) {
      if (!"PrePaid".equals(server.payType())
          || "Released".equals(server.state())
          || server.expiresAt().isAfter(horizon)) {
        continue;
      }
      if (server.autoRenew()) {
        auto.add(server.id());
        continue;
      }
      Outcome outcome = renew(server);
      retries += outcome.attempts() - 1;
      if (outcome.failure() == null) {
        renewed.add(server.id());
      } else {
        failed.put(server.id(), outcome.failure());
      }
    }
    return new Report(renewed, failed, auto, retries);
  }

  private record Outcome(int attempts, String failure) {}

  private Outcome renew(Server server) throws Exception {
    Duration wait = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      String failure;
      boolean transientFailure;
      try {
        ens.renew(server.id(), 1);
        return new Outcome(attempt, null);
      } catch (TeaException error) {
        failure = error.getCode();
        transientFailure = TRANSIENT_CODES.contains(error.getCode());
      } catch (RuntimeException brokenConnection) {
        // No answer at all (the client wraps the I/O error): did the renewal happen?
        if (ens.expiryOf(server.id()).isAfter(server.expiresAt())) {
          return new Outcome(attempt, null);
        }
        failure = "NetworkError";
        transientFailure = true;
      }
      if (!transientFailure || attempt == MAX_ATTEMPTS) {
        return new Outcome(attempt, failure);
      }
      pause.pause(wait);
      wait = wait.multipliedBy(2);
    }
  }
}
