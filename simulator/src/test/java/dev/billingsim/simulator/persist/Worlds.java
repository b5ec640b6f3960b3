package dev.billingsim.simulator.persist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billingsim.domain.account.Caller;
import dev.billingsim.domain.billing.Billing;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Billing worlds persisted to a file, for the persistence tests. */
final class Worlds {

  static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

  private Worlds() {}

  /**
   * {@code count} rich accounts {@code u00..}, each with ENS {@code aic-NN-1} and ECS {@code
   * eap-NN-1}.
   */
  static BillingState accounts(int count) {
    World world = World.startingAt(NOW);
    for (int n = 0; n < count; n++) {
      String uid = uid(n);
      Duration termLeft = Duration.ofDays(10);
      world
          .with(World.account(uid).accessKey("ak-" + n, "sk-" + n).cash("1000000.00"))
          .with(World.ensInstance(String.format("aic-%02d-1", n)).ownedBy(uid).expiresIn(termLeft))
          .with(
              World.ecsInstance(String.format("eap-%02d-1", n))
                  .ownedBy(uid)
                  .expiresIn(termLeft)
                  .monthlyPrice("300.00"));
    }
    return world.toState();
  }

  static String uid(int n) {
    return String.format("u%02d", n);
  }

  static void renew(Billing billing, int account, Product product, int months) {
    String id = String.format("%s%02d-1", product.idPrefix(), account);
    assertThat(
            billing.renew(RenewInstances.of(Caller.of(uid(account)), product, id, months)).isOk())
        .isTrue();
  }

  static String json(BillingState state) {
    return StateDocument.toJson(state);
  }

  /** What a simulator restarted on this state would show. */
  static String restarted(BillingState state) {
    return json(Billing.of(state).export());
  }

  /** A simulator restarted on {@code file}, closed again: what it showed and warned is kept. */
  static Live reopened(Path file) {
    try (Live again = new Live(file, accounts(1))) {
      return again;
    }
  }

  /** A running world persisted to a file: a Persistence with a Billing listening to it. */
  static final class Live implements AutoCloseable {
    final Persistence persistence;
    final Billing billing;
    final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    Live(Path file, BillingState fallback, long compactionThreshold) {
      persistence =
          Persistence.open(
              file,
              fallback,
              new Persistence.Settings(
                  compactionThreshold, new PrintStream(warnings, true, StandardCharsets.UTF_8)));
      billing = Billing.of(persistence.state());
      billing.onChange(persistence.listener());
    }

    Live(Path file, BillingState fallback) {
      this(file, fallback, 64L << 20);
    }

    String export() {
      return json(billing.export());
    }

    String warnings() {
      return warnings.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      persistence.close();
    }
  }
}
