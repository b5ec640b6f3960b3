package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaException;
import dev.billingsim.domain.account.Account;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.money.Money;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.Payment;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with {@code --persist}: the jar runs in a child JVM under renewal load from 4 client
 * threads, is killed with SIGKILL at a random moment once renewals flow (20 times by default,
 * {@code -Dbilling.kills=N}), and restarted on the same file each time. After every restart, and at
 * the end:
 *
 * <ul>
 *   <li>every renewal acknowledged to a client is there exactly once (its OrderId, under its
 *       ClientToken), and PAID;
 *   <li>nothing is half-applied: each order's payments add up to its amount, the cash left plus
 *       every order paid is the cash at the start, and the term added to the instances is the term
 *       paid for, so an unacknowledged renewal is either all there or not there at all;
 *   <li>a renewal whose answer the kill cut off, sent again with its ClientToken after the restart,
 *       gets the OrderId it was committed under (if it was) and is never charged twice.
 * </ul>
 */
class KillNineIT {

  static final int KILLS = Integer.getInteger("billing.kills", 20);
  private static final String UID = "9000000000000001";
  private static final Money CASH = Money.of("1000000.00");
  private static final Instant EXPIRY = Instant.parse("2026-12-15T00:00:00Z");
  private static final int INSTANCES = 32;
  private static final int THREADS = 4;

  @TempDir Path dir;

  /** What a renewal asked for: the instance and months, under its ClientToken. */
  record Renewal(String token, String instanceId, int months) {}

  private final Map<String, Renewal> sent = new ConcurrentHashMap<>();
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  private Path initialState() throws Exception {
    World world =
        World.startingAt(World.DEFAULT_NOW)
            .with(World.account(UID).accessKey("crash-ak", "crash-secret").cash("1000000.00"));
    for (int i = 0; i < INSTANCES; i++) {
      world.with(
          World.ecsInstance("eap-crash-" + i)
              .ownedBy(UID)
              .expiresAt(EXPIRY)
              .monthlyPrice(i % 2 == 0 ? "1.00" : "2.50"));
    }
    return Files.writeString(dir.resolve("initial.json"), world.toJson());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyAcknowledgedRenewalSurvivesKillNineAndNothingIsHalfApplied() throws Exception {
    Path state = initialState();
    Path log = dir.resolve("billing.wal");
    Random random = new Random(11);
    List<Renewal> cut = new ArrayList<>();
    int resent = 0;
    long started = System.nanoTime();

    for (int round = 0; round < KILLS; round++) {
      RunnableJar child = startOn(state, log, "--flow-control", "off");
      String endpoint = "127.0.0.1:" + child.port();
      assertSurvivorHoldsEveryAcknowledgedRenewal(child);
      resent += resend(endpoint, cut);
      cut.clear();
      assertSurvivorHoldsEveryAcknowledgedRenewal(child);

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger acksThisRound = new AtomicInteger();
      List<Renewal> inFlight = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService clients = Executors.newFixedThreadPool(THREADS);
      int thisRound = round;
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        clients.execute(
            () -> {
              try {
                var client = Sdk.ecs(endpoint, "crash-ak", "crash-secret", thread % 2 == 1);
                for (int call = 0; running.get() && call < 10_000; call++) {
                  Renewal renewal =
                      new Renewal(
                          "r" + thisRound + "-" + thread + "-" + call,
                          "eap-crash-" + ((thread * 7 + call) % INSTANCES),
                          1 + call % 2);
                  inFlight.add(renewal);
                  if (renew(client, renewal)) {
                    acksThisRound.incrementAndGet();
                    inFlight.remove(renewal);
                  } else if (!running.get()) {
                    break; // cut by the kill: it stays in flight, to be sent again after the
                    // restart
                  } else {
                    inFlight.remove(renewal);
                  }
                }
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
      }
      // Kill at a random moment once renewals are flowing.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (acksThisRound.get() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      assertThat(acksThisRound.get())
          .as("renewals acknowledged before kill %d", round + 1)
          .isPositive();
      Thread.sleep(random.nextInt(150));
      running.set(false);
      child.kill();
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      cut.addAll(inFlight);
    }

    try (RunnableJar survivor = startOn(state, log)) {
      resent += resend("127.0.0.1:" + survivor.port(), cut);
      BillingState after = assertSurvivorHoldsEveryAcknowledgedRenewal(survivor);
      System.out.printf(
          "KillNineIT: %d kills (SIGKILL) survived in %.1f s, %d renewals acknowledged, "
              + "%d cut off by a kill and sent again, %d orders after the last restart, nothing lost%n",
          KILLS,
          (System.nanoTime() - started) / 1e9,
          acknowledged.size(),
          resent,
          after.orders().size());
    }
  }

  private static RunnableJar startOn(Path state, Path log, String... more) throws Exception {
    return RunnableJar.start(
        "256m",
        Stream.concat(
                Stream.of("--port", "0", "--state", state.toString(), "--persist", log.toString()),
                Stream.of(more))
            .toArray(String[]::new));
  }

  /** Sends again, under their tokens, the renewals whose answers a kill cut off; how many. */
  private int resend(String endpoint, List<Renewal> cut) throws Exception {
    var ecs = Sdk.ecs(endpoint, "crash-ak", "crash-secret", false);
    cut.forEach(renewal -> renew(ecs, renewal));
    return cut.size();
  }

  /** Sends a renewal; true if acknowledged. Records what was sent and what was answered. */
  private boolean renew(com.aliyun.ecs20140526.Client client, Renewal renewal) {
    sent.putIfAbsent(renewal.token(), renewal);
    try {
      String orderId =
          client
              .renewElasticityAssurances(
                  Sdk.assuranceRenewal(renewal.instanceId(), renewal.months(), renewal.token()))
              .getBody()
              .getOrderId();
      String before = acknowledged.putIfAbsent(renewal.token(), orderId);
      assertThat(before == null || before.equals(orderId))
          .as("token %s answered %s, then %s", renewal.token(), before, orderId)
          .isTrue();
      return true;
    } catch (TeaException refused) {
      assertThat(refused.getCode()).as("a refusal under load").isNotEqualTo("InternalError");
      return false;
    } catch (Exception cutByTheKill) {
      return false;
    }
  }

  private BillingState assertSurvivorHoldsEveryAcknowledgedRenewal(RunnableJar child) {
    Http.Reply reply = new Http(child.baseUrl()).get("/state");
    assertThat(reply.status()).isEqualTo(200);
    BillingState after = StateDocument.parse(reply.body()).state();

    Map<String, Order> byToken = new HashMap<>();
    Money paid = Money.zero(CASH.currency());
    Map<String, Integer> monthsPaid = new HashMap<>();
    for (Order order : after.orders()) {
      assertThat(order.status()).isEqualTo(OrderStatus.PAID);
      assertThat(order.clientToken())
          .as("order %s has a token some client sent", order.orderId())
          .isIn(sent.keySet());
      assertThat(byToken.put(order.clientToken(), order))
          .as("orders under token %s", order.clientToken())
          .isNull();
      Renewal asked = sent.get(order.clientToken());
      assertThat(order.lines()).hasSize(1);
      assertThat(order.lines().get(0).instanceId()).isEqualTo(asked.instanceId());
      assertThat(order.lines().get(0).months()).isEqualTo(asked.months());
      Money drawn =
          order.payments().stream()
              .map(Payment::amount)
              .reduce(Money.zero(CASH.currency()), Money::plus);
      assertThat(drawn).as("payments of order %s", order.orderId()).isEqualTo(order.amount());
      paid = paid.plus(order.amount());
      monthsPaid.merge(asked.instanceId(), asked.months(), Integer::sum);
    }
    for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
      Order order = byToken.get(ack.getKey());
      assertThat(order)
          .as("acknowledged renewal %s (order %s)", ack.getKey(), ack.getValue())
          .isNotNull();
      assertThat(order.orderId()).isEqualTo(ack.getValue());
    }
    assertThat(after.orders()).extracting(Order::orderId).doesNotHaveDuplicates();
    Account account = after.accounts().get(0);
    assertThat(account.cash().plus(paid)).as("cash left + every paid order").isEqualTo(CASH);
    for (Instance instance : after.instances()) {
      assertThat(instance.expiresAt())
          .as("term of %s = term paid for", instance.id())
          .isEqualTo(BillingCalendar.plusMonths(EXPIRY, monthsPaid.getOrDefault(instance.id(), 0)));
    }
    return after;
  }

  @Test
  void sigtermStopsTheJarCleanly() throws Exception {
    RunnableJar child = RunnableJar.start("256m", "--port", "0");
    child.stop();
    assertThat(child.exitCode(5)).isIn(0, 143);
  }
}
