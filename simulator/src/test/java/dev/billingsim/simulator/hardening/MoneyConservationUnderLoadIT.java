package dev.billingsim.simulator.hardening;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.order.OrderLine;
import dev.billingsim.domain.order.OrderStatus;
import dev.billingsim.domain.order.OrderType;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.gateway.Concurrently;
import dev.billingsim.simulator.hardening.LoadWorld.Tenant;
import dev.billingsim.simulator.persist.Persistence;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money is conserved under concurrency, through the HTTP server and the official SDKs: 8 client
 * threads make thousands of mixed calls at once against one simulator running with {@code
 * --persist}: renewals (ENS and ECS, V1 and V3 signatures) on shared and on distinct accounts,
 * ClientToken retries and duplicates (also from several threads at once), AutoPay=false orders paid
 * later through the admin API, gateway faults and network faults fired by probability, a payment
 * subsystem failing mid-renewal, clock advances, balance queries, magic error ids, another
 * account's instances, wrong signatures, and state GETs that check every invariant of {@link
 * LoadWorld} mid-run. Afterwards, for every account and every call:
 *
 * <ul>
 *   <li>every invariant of {@link LoadWorld} holds;
 *   <li>every acknowledged renewal is there exactly once (ECS by its OrderId and ClientToken, ENS
 *       by counting per instance), and no order exists that no call was told about;
 *   <li>every failed or cut call changed nothing: its token has no order, and each instance's term
 *       grew by exactly the months of its PAID orders;
 *   <li>the --persist file, replayed, is exactly the state the API shows.
 * </ul>
 */
class MoneyConservationUnderLoadIT {

  static final int THREADS = 8;
  static final int CALLS = Integer.getInteger("billing.load.calls", 500);
  static final int MAX_CLOCK_MOVES = 40;
  static final int SHARED_TOKENS = 40;
  static final Set<String> TRANSIENT =
      Set.of("PayHsfTimeoutError", "InternalError", "OrderCaptureFailed");

  @TempDir Path dir;

  enum Outcome {
    ACK,
    REFUSED,
    CUT
  }

  /** One call as the client saw it (outcome, OrderId and code unset until it is made). */
  record Call(
      String kind,
      String uid,
      String instanceId,
      int months,
      String token,
      Outcome outcome,
      String orderId,
      String code) {
    static Call to(String kind, Tenant tenant, String instanceId, int months, String token) {
      return new Call(kind, tenant.uid(), instanceId, months, token, null, null, null);
    }

    /** A call to the admin API: no account, instance or token. */
    static Call admin(String kind, Outcome outcome, String orderId) {
      return new Call(kind, null, null, 0, null, outcome, orderId, null);
    }

    Call made(Outcome made, String order, String error) {
      return new Call(kind, uid, instanceId, months, token, made, order, error);
    }
  }

  /** A call to the server; its OrderId, if it answers one. */
  interface Attempt {
    String orderId() throws Exception;
  }

  private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
  private final AtomicInteger clockMoves = new AtomicInteger();
  private final AtomicInteger snapshotsChecked = new AtomicInteger();
  private final Set<String> paidByAdmin = ConcurrentHashMap.newKeySet();

  private final List<Tenant> own = new ArrayList<>();
  private final List<Tenant> shared = new ArrayList<>();
  private Simulator sim;
  private Http admin;
  private BillingState initial;

  private BillingState world() {
    World world = World.startingAt(LoadWorld.NOW);
    for (int t = 0; t < THREADS; t++) {
      Tenant tenant = LoadWorld.tenant("7100000000000", t, 6);
      own.add(tenant);
      world.with(LoadWorld.account(tenant, "8000.00", "500.00", "200.00", "300.00"));
      LoadWorld.withInstances(world, tenant);
    }
    for (int s = 0; s < 3; s++) {
      Tenant tenant = LoadWorld.tenant("7200000000000", s, 6);
      shared.add(tenant);
      LoadWorld.withInstances(world, tenant);
    }
    world.with(LoadWorld.account(shared.get(0), "30000.00", "1000.00", "500.00", "800.00"));
    world.with(LoadWorld.custodyAccount(shared.get(1), "20000.00"));
    // Runs dry early: its later renewals are refused and its credit line is used to the end.
    world.with(LoadWorld.account(shared.get(2), "300.00", "200.00", null, "50.00"));
    return world.toState();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void eightThreadsOfMixedCallsNeverLoseMakeOrDoubleCountMoney() throws Exception {
    Path log = dir.resolve("load.wal");
    initial = world();
    var builder = Simulator.builder().port(0).state(initial).flowControl(false).seed(17L);
    sim = (Boolean.getBoolean("billing.load.nopersist") ? builder : builder.persist(log)).start();
    admin = new Http(sim.baseUrl());
    addFaults();
    long started = System.nanoTime();
    BillingState after;
    try {
      Concurrently.run(THREADS, Duration.ofMinutes(4), thread -> new ClientThread(thread).run());
      after = state();
    } finally {
      sim.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    LoadWorld.assertMoneyKept(initial, after);
    assertEveryAcknowledgedOrderOnceAndNothingElse(after);
    assertTermsGrewByExactlyThePaidMonths(after);
    assertPersistedFileReplaysToTheSameState(log, after);

    Map<String, Long> outcomes =
        calls.stream()
            .collect(groupingBy(c -> c.kind() + ":" + c.outcome(), TreeMap::new, counting()));
    long faultsFired =
        calls.stream()
            .filter(c -> c.outcome() == Outcome.CUT || TRANSIENT.contains(String.valueOf(c.code())))
            .count();
    Map<String, Long> refusals =
        calls.stream()
            .filter(c -> c.outcome() != Outcome.ACK)
            .collect(groupingBy(c -> String.valueOf(c.code()), TreeMap::new, counting()));
    System.out.printf(
        "MoneyConservationUnderLoadIT: %d threads x %d calls = %d calls in %.1f s; "
            + "%d orders; %d mid-run snapshots checked; %d clock moves; faults fired (cut + refused by "
            + "rule): %d; outcomes %s; refusals %s%n",
        THREADS,
        CALLS,
        calls.size(),
        seconds,
        after.orders().size(),
        snapshotsChecked.get(),
        Math.min(clockMoves.get(), MAX_CLOCK_MOVES),
        faultsFired,
        outcomes,
        refusals);
    assertThat(
            calls.stream()
                .filter(c -> !c.kind().endsWith("-retry") && !c.kind().equals("ecs-duplicate")))
        .as("calls made, retries and duplicates aside")
        .hasSize(THREADS * CALLS);
    assertThat(snapshotsChecked.get()).isPositive();
  }

  private void addFaults() {
    for (String rule :
        List.of(
            "{\"action\":\"RenewARMServerInstance\",\"error\":\"PayHsfTimeoutError\",\"probability\":0.05}",
            "{\"action\":\"RenewARMServerInstance\",\"delayMs\":20,\"probability\":0.05}",
            "{\"action\":\"RenewElasticityAssurances\",\"fault\":\"CONNECTION_RESET_BY_PEER\",\"probability\":0.03}",
            "{\"action\":\"RenewElasticityAssurances\",\"fault\":\"EMPTY_RESPONSE\",\"probability\":0.02}",
            "{\"action\":\"RenewElasticityAssurances\",\"error\":\"InternalError\",\"probability\":0.02}",
            "{\"action\":\"QueryAccountBalance\",\"fault\":\"RANDOM_DATA_THEN_CLOSE\",\"probability\":0.05}",
            "{\"subsystem\":\"payment\",\"error\":\"OrderCaptureFailed\",\"times\":40}")) {
      Http.Reply reply = admin.post("/faults", rule);
      assertThat(reply.status()).as(rule + " -> " + reply.body()).isEqualTo(200);
    }
  }

  // ---- the client threads ----

  /** One client thread: its random sequence, its SDK clients, the signature of the call at hand. */
  private final class ClientThread {
    private final int thread;
    private final Random random;
    private final LoadWorld.Clients clients = new LoadWorld.Clients(sim.endpoint());
    private final List<Call> myAcks = new ArrayList<>();
    private final List<String> unpaid = new ArrayList<>();
    private boolean v1;

    ClientThread(int thread) {
      this.thread = thread;
      this.random = new Random(1000L + thread);
    }

    void run() {
      for (int i = 0; i < CALLS; i++) {
        Tenant tenant =
            random.nextInt(100) < 40 ? own.get(thread) : shared.get(random.nextInt(shared.size()));
        v1 = random.nextBoolean();
        int roll = random.nextInt(100);
        if (roll < 26) {
          ensRenew(tenant, tenant.ens().get(random.nextInt(tenant.ens().size())), "ens");
        } else if (roll < 52) {
          String instanceId = tenant.ecs().get(random.nextInt(tenant.ecs().size() - 1));
          ecsRenew(tenant, instanceId, "ecs-" + thread + "-" + i);
        } else if (roll < 58) {
          sharedTokenRenew(random.nextInt(SHARED_TOKENS));
        } else if (roll < 61 && !myAcks.isEmpty()) {
          Call first = myAcks.get(random.nextInt(myAcks.size()));
          Tenant owner = tenantOf(first.uid());
          Call changed =
              ecs(
                  owner,
                  first.instanceId(),
                  first.months() + 1,
                  first.token(),
                  true,
                  "ecs-token-reused");
          assertThat(changed.outcome())
              .as("same token %s, other parameters", first.token())
              .isNotEqualTo(Outcome.ACK);
        } else if (roll < 68) {
          // AutoPay=false blocks the instance until paid: only the last instance of each account
          // takes these, so the others stay renewable.
          String last = tenant.ecs().get(tenant.ecs().size() - 1);
          Call call = ecs(tenant, last, 1, "unpaid-" + thread + "-" + i, false, "ecs-unpaid");
          if (call.outcome() == Outcome.ACK) {
            unpaid.add(call.orderId());
          }
        } else if (roll < 71 && !unpaid.isEmpty()) {
          String orderId = unpaid.remove(random.nextInt(unpaid.size()));
          Http.Reply paid = admin.post("/orders/" + orderId + "/pay", "");
          assertThat(paid.status()).as("paying " + orderId + ": " + paid.body()).isIn(200, 400);
          if (paid.status() == 200) {
            paidByAdmin.add(orderId);
          }
          calls.add(
              Call.admin(
                  "admin-pay", paid.status() == 200 ? Outcome.ACK : Outcome.REFUSED, orderId));
        } else if (roll < 74) {
          String magic =
              random.nextBoolean()
                  ? "aic-err-PayInsufficientBalance"
                  : "aic-err-InvalidParameter.Period";
          Call call = ensRenew(tenant, magic, "magic");
          assertThat(call.outcome()).as("magic id %s", magic).isEqualTo(Outcome.REFUSED);
        } else if (roll < 77) {
          Call call = ensRenew(tenant, own.get((thread + 1) % own.size()).ens().get(0), "foreign");
          assertThat(call.outcome())
              .as("renewing another account's instance")
              .isNotEqualTo(Outcome.ACK);
        } else if (roll < 80) {
          assertThat(wrongSecret(tenant).code()).isEqualTo("SignatureDoesNotMatch");
        } else if (roll < 88) {
          balance(tenant);
        } else if (roll < 95) {
          LoadWorld.assertMoneyKept(initial, state());
          snapshotsChecked.incrementAndGet();
          calls.add(Call.admin("state", Outcome.ACK, null));
        } else if (clockMoves.incrementAndGet() <= MAX_CLOCK_MOVES) {
          Http.Reply moved = admin.post("/clock/advance", "{\"by\":\"PT6H\"}");
          assertThat(moved.status()).as(moved.body()).isEqualTo(200);
          for (JsonNode event : moved.json().get("events")) {
            assertThat(event.get("type").asText())
                .as("no expiry, renewal or coupon event in these 10 days")
                .isNotIn(
                    "InstanceRenewed",
                    "CouponExpired",
                    "StoredValueCardExpired",
                    "InstanceReleased");
          }
          calls.add(Call.admin("clock", Outcome.ACK, null));
        } else {
          assertThat(admin.get("/clock").status()).isEqualTo(200);
          calls.add(Call.admin("clock", Outcome.ACK, null));
        }
      }
    }

    private Call ensRenew(Tenant tenant, String instanceId, String kind) {
      boolean year = random.nextInt(50) == 0;
      int period = year ? 1 : 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
      Map<String, String> query = new HashMap<>();
      query.put("InstanceId", instanceId);
      query.put("Period", String.valueOf(period));
      query.put("PeriodUnit", year ? "Year" : "Month");
      if (random.nextInt(20) == 0) {
        query.put("AutoRenew", "true");
      }
      return make(
          Call.to(kind, tenant, instanceId, year ? 12 : period, null),
          () -> {
            assertThat(
                    Sdk.call(clients.generic(tenant, v1), Sdk.ENS, "RenewARMServerInstance", query))
                .containsKey("RequestId");
            return null;
          });
    }

    /**
     * An ECS renewal under a fresh token, retried with the same token up to twice if it failed; now
     * and then sent again after the answer, which must give the same OrderId and no charge.
     */
    private void ecsRenew(Tenant tenant, String instanceId, String token) {
      int months = random.nextInt(10) < 8 ? 1 : 2;
      Call call = ecs(tenant, instanceId, months, token, true, "ecs");
      for (int retry = 0; retry < 2 && isTransient(call); retry++) {
        call = ecs(tenant, instanceId, months, token, true, "ecs-retry");
      }
      if (call.outcome() == Outcome.ACK) {
        myAcks.add(call);
        if (random.nextInt(10) == 0) {
          Call again = ecs(tenant, instanceId, months, token, true, "ecs-duplicate");
          if (again.outcome() == Outcome.ACK) { // unless a fault rule cut it
            assertThat(again.orderId())
                .as("duplicate of token %s", token)
                .isEqualTo(call.orderId());
          }
        }
      }
    }

    /**
     * Token {@code k} of a pool every thread draws from: same instance and period whoever sends it.
     */
    private void sharedTokenRenew(int k) {
      Tenant tenant = shared.get(k % shared.size());
      String instanceId = tenant.ecs().get(k % (tenant.ecs().size() - 1));
      ecs(tenant, instanceId, 1, "shared-" + k, true, "ecs-shared-token");
    }

    private Call ecs(
        Tenant tenant, String instanceId, int months, String token, boolean autoPay, String kind) {
      return make(
          Call.to(kind, tenant, instanceId, months, token),
          () -> {
            RenewElasticityAssurancesRequest request =
                Sdk.assuranceRenewal(instanceId, months, token);
            if (!autoPay) {
              request.setAutoPay(false);
            }
            String orderId =
                clients.ecs(tenant, v1).renewElasticityAssurances(request).getBody().getOrderId();
            assertThat(orderId).as("OrderId of an acknowledged renewal").isNotBlank();
            return orderId;
          });
    }

    private Call wrongSecret(Tenant tenant) {
      String instanceId = tenant.ens().get(0);
      return make(
          Call.to("wrong-secret", tenant, instanceId, 1, null),
          () -> {
            Sdk.call(
                Sdk.generic(sim, tenant.ak(), "not-" + tenant.secret(), random.nextBoolean()),
                Sdk.ENS,
                "RenewARMServerInstance",
                Map.of("InstanceId", instanceId));
            return null;
          });
    }

    private void balance(Tenant tenant) {
      make(
          Call.to("balance", tenant, null, 0, null),
          () -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> data =
                (Map<String, Object>)
                    Sdk.call(
                            clients.generic(tenant, false),
                            Sdk.BSS,
                            "QueryAccountBalance",
                            Map.of())
                        .get("Data");
            assertThat(new BigDecimal(String.valueOf(data.get("AvailableAmount"))).signum())
                .as("available amount of %s", tenant.uid())
                .isGreaterThanOrEqualTo(0);
            return null;
          });
    }
  }

  /** Cut, or refused by an injected fault: what a client retries with the same ClientToken. */
  private static boolean isTransient(Call call) {
    return call.outcome() == Outcome.CUT
        || (call.outcome() == Outcome.REFUSED && TRANSIENT.contains(call.code()));
  }

  /** Makes a call and records it as acknowledged, refused or cut; a failed assertion fails. */
  private Call make(Call call, Attempt attempt) {
    Call made;
    try {
      made = call.made(Outcome.ACK, attempt.orderId(), null);
    } catch (Exception e) {
      boolean refused =
          e instanceof TeaException tea && tea.getCode() != null && tea.getStatusCode() != null;
      made =
          refused
              ? call.made(Outcome.REFUSED, null, ((TeaException) e).getCode())
              : call.made(Outcome.CUT, null, e.getClass().getSimpleName());
    }
    calls.add(made);
    return made;
  }

  private BillingState state() {
    Http.Reply reply = admin.get("/state");
    assertThat(reply.status()).isEqualTo(200);
    StateDocument.Parsed parsed = StateDocument.parse(reply.body());
    assertThat(parsed.problems()).isEmpty();
    return parsed.state();
  }

  private Tenant tenantOf(String uid) {
    return Stream.concat(own.stream(), shared.stream())
        .filter(t -> t.uid().equals(uid))
        .findFirst()
        .orElseThrow();
  }

  // ---- the checks after the run ----

  private void assertEveryAcknowledgedOrderOnceAndNothingElse(BillingState after) {
    Map<String, List<Order>> ordersByToken =
        after.orders().stream()
            .filter(order -> order.clientToken() != null)
            .collect(groupingBy(Order::clientToken));
    Map<String, List<Call>> callsByToken =
        calls.stream().filter(call -> call.token() != null).collect(groupingBy(Call::token));
    int acknowledgedOrders = 0;
    for (Map.Entry<String, List<Call>> entry : callsByToken.entrySet()) {
      String token = entry.getKey();
      List<Call> acks = entry.getValue().stream().filter(c -> c.outcome() == Outcome.ACK).toList();
      List<String> acked = acks.stream().map(Call::orderId).distinct().toList();
      List<Order> orders = ordersByToken.getOrDefault(token, List.of());
      assertThat(acked).as("OrderIds answered for token %s", token).hasSizeLessThanOrEqualTo(1);
      if (acked.isEmpty()) {
        assertThat(orders)
            .as("orders of token %s, whose every call failed: %s", token, entry.getValue())
            .isEmpty();
        continue;
      }
      acknowledgedOrders++;
      assertThat(orders).as("orders of acknowledged token %s", token).hasSize(1);
      Order order = orders.get(0);
      assertThat(order.orderId()).isEqualTo(acked.get(0));
      assertThat(order.lines())
          .extracting(OrderLine::instanceId)
          .containsExactly(acks.get(0).instanceId());
      assertThat(order.lines().get(0).months()).isEqualTo(acks.get(0).months());
      if (token.startsWith("unpaid-")) {
        assertThat(order.status())
            .as("AutoPay=false order %s", order.orderId())
            .isEqualTo(
                paidByAdmin.contains(order.orderId()) ? OrderStatus.PAID : OrderStatus.UNPAID);
      } else {
        assertThat(order.status()).as("order %s", order.orderId()).isEqualTo(OrderStatus.PAID);
      }
    }
    Map<String, Long> ensAcks = new HashMap<>();
    for (Call call : calls) {
      if (call.kind().equals("ens") && call.outcome() == Outcome.ACK) {
        ensAcks.merge(call.instanceId(), 1L, Long::sum);
      }
      if (!call.kind().startsWith("ens")
          && !call.kind().startsWith("ecs")
          && call.instanceId() != null) {
        assertThat(call.outcome()).as("%s call", call.kind()).isNotEqualTo(Outcome.ACK);
      }
    }
    Map<String, Long> ensOrders = new HashMap<>();
    for (Order order : after.orders()) {
      if (order.clientToken() == null) {
        assertThat(order.type()).isEqualTo(OrderType.RENEW);
        assertThat(order.status())
            .as("order %s without a token", order.orderId())
            .isEqualTo(OrderStatus.PAID);
        order.lines().forEach(line -> ensOrders.merge(line.instanceId(), 1L, Long::sum));
      }
    }
    assertThat(ensOrders)
        .as("ENS orders per instance = ENS renewals acknowledged per instance")
        .isEqualTo(ensAcks);
    long ensTotal = ensAcks.values().stream().mapToLong(Long::longValue).sum();
    assertThat(after.orders())
        .as("every order is one some call was told about")
        .hasSize((int) ensTotal + acknowledgedOrders);
  }

  private void assertTermsGrewByExactlyThePaidMonths(BillingState after) {
    Map<String, Integer> months = new HashMap<>();
    for (Order order : after.orders()) {
      if (order.status() == OrderStatus.PAID && order.type() == OrderType.RENEW) {
        order.lines().forEach(line -> months.merge(line.instanceId(), line.months(), Integer::sum));
      }
    }
    for (Instance instance : after.instances()) {
      int paid = months.getOrDefault(instance.id(), 0);
      assertThat(instance.expiresAt())
          .as("expiry of %s after %d paid months", instance.id(), paid)
          .isEqualTo(BillingCalendar.plusMonths(LoadWorld.EXPIRY, paid));
    }
  }

  private static void assertPersistedFileReplaysToTheSameState(Path log, BillingState after) {
    try (Persistence replayed = Persistence.open(log, StateDocument.demo())) {
      assertThat(StateDocument.toJson(replayed.state()))
          .as("the --persist file, replayed")
          .isEqualTo(StateDocument.toJson(after));
    }
  }
}
