package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with {@code --persist}: the jar runs in a child JVM under renewal load, is killed
 * with SIGKILL at a random moment, and restarted on the same file. Every renewal acknowledged to
 * a client must be there exactly once, and money must add up (nothing half-applied).
 */
class KillNineIT {

  static final int KILLS = Integer.getInteger("billing.kills", 3);
  private static final String UID = "9000000000000001";
  private static final Money CASH = Money.of("1000000.00");

  @TempDir Path dir;

  private Path initialState() throws Exception {
    List<Instance> instances = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      instances.add(Instance.builder("eap-crash-" + i, Product.ECS, UID)
          .expiresAt(Instant.parse("2026-12-01T00:00:00Z")).monthlyPrice(Money.of("1.00")).build());
    }
    Account account = Account.builder(UID).accessKey("crash-ak", "crash-secret").cash(CASH).build();
    BillingState state = new BillingState(Instant.parse("2026-11-22T00:00:00Z"), List.of(account), instances, List.of());
    Path file = dir.resolve("initial.json");
    Files.writeString(file, StateDocument.toJson(state));
    return file;
  }

  @Test
  void everyAcknowledgedRenewalSurvivesKillNineAndNothingIsHalfApplied() throws Exception {
    Path state = initialState();
    Path log = dir.resolve("billing.wal");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Random random = new Random(11);

    for (int round = 0; round < KILLS; round++) {
      ChildSimulator child = ChildSimulator.start(
          "--port", "0", "--state", state.toString(), "--persist", log.toString(), "--flow-control", "off");
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService clients = Executors.newFixedThreadPool(4);
      for (int t = 0; t < 4; t++) {
        final int thread = t;
        clients.execute(() -> {
          try {
            var ecs = Sdk.ecs("127.0.0.1:" + child.port, "crash-ak", "crash-secret", false);
            for (int call = 0; running.get(); call++) {
              String id = "eap-crash-" + ((thread * 2 + call) % 8);
              try {
                String orderId = ecs.renewElasticityAssurances(new RenewElasticityAssurancesRequest()
                    .setPeriod(1).setPeriodUnit("Month")
                    .setPrivatePoolOptions(new RenewElasticityAssurancesRequest.RenewElasticityAssurancesRequestPrivatePoolOptions()
                        .setId(List.of(id)))).getBody().getOrderId();
                acknowledged.add(orderId);
              } catch (Exception refusedOrCut) {
                // A refusal (term limit) or a cut connection: not acknowledged, so not counted.
              }
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
      }
      // Kill at a random moment once renewals are flowing (the SDK's first call is slow).
      int before = acknowledged.size();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (acknowledged.size() < before + 20 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(random.nextInt(300));
      child.kill();
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    try (ChildSimulator survivor = ChildSimulator.start(
        "--port", "0", "--state", state.toString(), "--persist", log.toString())) {
      Admin.Reply reply = Admin.raw(HttpRequest.newBuilder(URI.create(survivor.baseUrl() + "/__admin/billing/state")).GET());
      BillingState after = StateDocument.parse(reply.body()).state();

      List<String> orderIds = new ArrayList<>();
      Money paid = Money.zero(CASH.currency());
      for (Order order : after.orders()) {
        orderIds.add(order.orderId());
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        paid = paid.plus(order.amount());
      }
      assertThat(acknowledged).as("acknowledged renewals").isNotEmpty();
      assertThat(orderIds).doesNotHaveDuplicates().containsAll(acknowledged);
      Account account = after.accounts().get(0);
      assertThat(account.cash().plus(paid)).as("cash left + every paid order").isEqualTo(CASH);
      long monthsPaid = 0;
      for (Order order : after.orders()) {
        monthsPaid += order.lines().get(0).months();
      }
      long monthsAdded = 0;
      for (Instance instance : after.instances()) {
        monthsAdded += monthsBetween(Instant.parse("2026-12-01T00:00:00Z"), instance.expiresAt());
      }
      assertThat(monthsAdded).as("term added = term paid for").isEqualTo(monthsPaid);
      System.out.printf("KillNineIT: %d kills, %d acknowledged renewals, %d orders after restart%n",
          KILLS, acknowledged.size(), orderIds.size());
    }
  }

  private static long monthsBetween(Instant from, Instant to) {
    return java.time.temporal.ChronoUnit.MONTHS.between(from.atZone(java.time.ZoneOffset.UTC), to.atZone(java.time.ZoneOffset.UTC));
  }

  @Test
  void sigtermStopsTheJarCleanly() throws Exception {
    ChildSimulator child = ChildSimulator.start("--port", "0");
    assertThat(child.terminate()).isIn(0, 143);
  }
}
