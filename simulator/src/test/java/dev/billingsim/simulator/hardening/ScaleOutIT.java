package dev.billingsim.simulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.tea.TeaException;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.simulator.gateway.Concurrently;
import dev.billingsim.simulator.hardening.LoadWorld.Tenant;
import dev.billingsim.simulator.state.StateDocument;
import dev.billingsim.simulator.world.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Running more than one" (README, Hardening), as a test: two simulators with disjoint states
 * behind a load balancer that routes by AccessKeyId ({@link KeyRouter}, the README's nginx rule). 8
 * threads renew through the balancer with the official SDKs (V1 and V3, ENS, ECS and BSS, the old
 * client too, ClientToken duplicates) for the tenants of both partitions, and the clock is moved by
 * fanning the admin call out to both. Then: no call reached a simulator that does not know its key,
 * each simulator holds exactly its own tenants' orders, every acknowledged renewal is in the right
 * one exactly once, money is conserved per account in each, and a merged view has every account
 * once. A control run without the routing rule shows why it is needed.
 */
class ScaleOutIT {

  static final int THREADS = 8;
  static final int CALLS = 150;

  private static BillingState partition(String prefix, List<Tenant> tenants) {
    World world = World.startingAt(LoadWorld.NOW);
    for (int i = 0; i < 4; i++) {
      Tenant tenant = LoadWorld.tenant(prefix, i, 4);
      tenants.add(tenant);
      world.with(LoadWorld.account(tenant, "5000.00", "300.00", "100.00", "200.00"));
      LoadWorld.withInstances(world, tenant);
    }
    return world.toState();
  }

  record Ack(String ak, String instanceId, String token, String orderId) {}

  private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  private final Map<String, Integer> refusals = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void routingByAccessKeyIdKeepsEveryAccountConsistentAcrossTwoSimulators() throws Exception {
    List<Tenant> tenantsA = new ArrayList<>();
    List<Tenant> tenantsB = new ArrayList<>();
    BillingState startA = partition("8100000000000", tenantsA);
    BillingState startB = partition("8200000000000", tenantsB);
    try (Simulator a =
            Simulator.builder().port(0).state(startA).flowControl(false).seed(1L).start();
        Simulator b =
            Simulator.builder().port(0).state(startB).flowControl(false).seed(2L).start()) {
      Map<String, Integer> table = new HashMap<>();
      tenantsA.forEach(t -> table.put(t.ak(), a.port()));
      tenantsB.forEach(t -> table.put(t.ak(), b.port()));
      List<Tenant> all = new ArrayList<>(tenantsA);
      all.addAll(tenantsB);
      try (KeyRouter router = new KeyRouter(table, a.port())) {
        String endpoint = "127.0.0.1:" + router.port();
        Concurrently.run(
            THREADS,
            Duration.ofMinutes(2),
            thread -> {
              load(endpoint, all, thread);
              if (thread == 0) { // the clock moves everywhere: fan the admin call out to both
                for (Simulator sim : List.of(a, b)) {
                  assertThat(
                          new Http(sim.baseUrl())
                              .post("/clock/advance", "{\"by\":\"P1D\"}")
                              .status())
                      .isEqualTo(200);
                }
              }
            });
        assertThat(router.unrouted.get()).as("requests the router found no partition for").isZero();
        System.out.printf(
            "ScaleOutIT: %d threads x %d calls through the key router: %d to A, %d to B "
                + "(%d routed by the V3 Credential, %d by the V1 AccessKeyId), %d acknowledged, refusals %s%n",
            THREADS,
            CALLS,
            router.routed.get(a.port()).get(),
            router.routed.get(b.port()).get(),
            router.byHeader.get(),
            router.byQuery.get(),
            acks.size(),
            refusals);
      }
      assertThat(refusals)
          .as("no key ever reached a simulator that does not know it")
          .doesNotContainKey("InvalidAccessKeyId.NotFound");

      BillingState endA = StateDocument.parse(new Http(a.baseUrl()).get("/state").body()).state();
      BillingState endB = StateDocument.parse(new Http(b.baseUrl()).get("/state").body()).state();
      LoadWorld.assertMoneyKept(startA, endA);
      LoadWorld.assertMoneyKept(startB, endB);
      assertThat(endA.now()).isEqualTo(endB.now());
      assertOnlyItsOwn(endA, tenantsA);
      assertOnlyItsOwn(endB, tenantsB);
      List<String> merged = new ArrayList<>();
      endA.accounts().forEach(x -> merged.add(x.uid()));
      endB.accounts().forEach(x -> merged.add(x.uid()));
      assertThat(merged).as("a merged view").doesNotHaveDuplicates().hasSize(8);

      // Control: without the rule (round robin), half the calls reach a simulator that does not
      // know the key.
      int notFound = 0;
      for (int i = 0; i < 20; i++) {
        Tenant tenant = all.get(i % all.size());
        Simulator wrongOrRight = i % 2 == 0 ? a : b;
        try {
          Sdk.call(
              Sdk.generic(wrongOrRight, tenant.ak(), tenant.secret(), false),
              Sdk.BSS,
              "QueryAccountBalance",
              Map.of());
        } catch (TeaException e) {
          notFound += e.getCode().equals("InvalidAccessKeyId.NotFound") ? 1 : 0;
        }
      }
      assertThat(notFound)
          .as("calls sent round robin that met a simulator without their key")
          .isEqualTo(10);
    }
  }

  private void load(String endpoint, List<Tenant> tenants, int thread) throws Exception {
    Random random = new Random(thread);
    LoadWorld.Clients clients = new LoadWorld.Clients(endpoint);
    for (int call = 0; call < CALLS; call++) {
      Tenant tenant = tenants.get(random.nextInt(tenants.size()));
      boolean v1 = random.nextBoolean();
      try {
        if (random.nextInt(10) == 0) {
          // The old client (V1, POST): its AccessKeyId too travels in the query, where the router
          // sees it.
          com.aliyuncs.CommonRequest request = new com.aliyuncs.CommonRequest();
          request.setSysDomain(endpoint);
          request.setSysProtocol(com.aliyuncs.http.ProtocolType.HTTP);
          request.setSysVersion(Sdk.BSS);
          request.setSysAction("QueryAccountBalance");
          request.setSysMethod(com.aliyuncs.http.MethodType.POST);
          com.aliyuncs.CommonResponse response =
              new com.aliyuncs.DefaultAcsClient(
                      com.aliyuncs.profile.DefaultProfile.getProfile(
                          "cn-hangzhou", tenant.ak(), tenant.secret()))
                  .getCommonResponse(request);
          assertThat(response.getHttpStatus()).as(response.getData()).isEqualTo(200);
        } else if (random.nextBoolean()) {
          String instanceId = tenant.ens().get(random.nextInt(tenant.ens().size()));
          Sdk.call(
              clients.generic(tenant, v1),
              Sdk.ENS,
              "RenewARMServerInstance",
              Map.of("InstanceId", instanceId));
          acks.add(new Ack(tenant.ak(), instanceId, null, null));
        } else {
          com.aliyun.ecs20140526.Client ecs = clients.ecs(tenant, v1);
          String instanceId = tenant.ecs().get(random.nextInt(tenant.ecs().size()));
          String token = "t-" + thread + "-" + call;
          RenewElasticityAssurancesRequest request = Sdk.assuranceRenewal(instanceId, 1, token);
          String orderId = ecs.renewElasticityAssurances(request).getBody().getOrderId();
          assertThat(ecs.renewElasticityAssurances(request).getBody().getOrderId())
              .as("the duplicate of %s, routed by the same key", token)
              .isEqualTo(orderId);
          acks.add(new Ack(tenant.ak(), instanceId, token, orderId));
        }
      } catch (TeaException refused) {
        refusals.merge(refused.getCode(), 1, Integer::sum);
      } catch (com.aliyuncs.exceptions.ClientException refused) {
        refusals.merge(refused.getErrCode(), 1, Integer::sum);
      }
    }
  }

  private void assertOnlyItsOwn(BillingState state, List<Tenant> tenants) {
    Map<String, Tenant> byAk = new HashMap<>();
    tenants.forEach(t -> byAk.put(t.ak(), t));
    Map<String, Long> ensAcks = new HashMap<>();
    Map<String, String> tokenAcks = new HashMap<>();
    for (Ack ack : acks) {
      if (byAk.containsKey(ack.ak())) {
        if (ack.token() == null) {
          ensAcks.merge(ack.instanceId(), 1L, Long::sum);
        } else {
          tokenAcks.put(ack.token(), ack.orderId());
        }
      }
    }
    Map<String, Long> ensOrders = new HashMap<>();
    Map<String, String> tokenOrders = new HashMap<>();
    for (Order order : state.orders()) {
      assertThat(tenants)
          .extracting(Tenant::uid)
          .as("owner of order %s", order.orderId())
          .contains(order.uid());
      if (order.clientToken() == null) {
        order.lines().forEach(line -> ensOrders.merge(line.instanceId(), 1L, Long::sum));
      } else {
        assertThat(tokenOrders.put(order.clientToken(), order.orderId()))
            .as("orders of %s", order.clientToken())
            .isNull();
      }
    }
    assertThat(ensOrders).isEqualTo(ensAcks);
    assertThat(tokenOrders).isEqualTo(tokenAcks);
  }
}
