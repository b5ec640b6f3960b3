package dev.billingsim.features.http;

import static dev.billingsim.testkit.admin.Faults.subsystem;

import com.aliyun.bssopenapi20171214.models.QueryCashCouponsRequest;
import com.aliyun.bssopenapi20171214.models.QueryOrdersRequest;
import com.aliyun.bssopenapi20171214.models.QueryPrepaidCardsRequest;
import com.aliyun.ecs20140526.models.CreateElasticityAssuranceRequest;
import com.aliyun.ecs20140526.models.DescribeElasticityAssurancesRequest;
import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaModel;
import com.aliyun.tea.TeaRetryableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.subsystem.SubsystemFault;
import dev.billingsim.features.support.BillingDriver;
import dev.billingsim.features.support.Refusal;
import dev.billingsim.features.support.Reply;
import dev.billingsim.features.support.Wire;
import dev.billingsim.simulator.Sdk;
import dev.billingsim.simulator.Simulator;
import dev.billingsim.testkit.admin.AdminRequestRefused;
import dev.billingsim.testkit.admin.BillingAdmin;
import dev.billingsim.testkit.admin.GatewayFault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs scenarios against a real simulator over HTTP, as a downstream user would: the world is
 * loaded through the testkit's admin client ({@code PUT /__admin/billing/state}, {@code POST
 * .../faults}) and every call goes through the official SDK clients, signed with the caller's
 * access key. What the world looks like afterwards is read back with {@code GET
 * /__admin/billing/state}.
 */
public final class HttpDriver implements BillingDriver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Simulator simulator = SharedSimulator.main();
  private final BillingAdmin admin = BillingAdmin.connect(simulator.baseUrl());
  private final Map<AccessKey, OfficialClients> clients = new HashMap<>();
  private BillingState loaded;

  @Override
  public void start(BillingState state, List<SubsystemFault> faults) {
    admin.reset();
    admin.load(state);
    for (SubsystemFault fault : faults) {
      admin.faults().add(subsystem(fault.subsystem()).error(fault.code()).message(fault.message()));
    }
    loaded = state;
  }

  @Override
  public Reply renew(AccessKey key, Product product, Map<String, String> parameters) {
    if (product == Product.ENS) {
      return BillingDriver.super.renew(key, product, parameters);
    }
    Optional<RenewElasticityAssurancesRequest> typed = EcsRenewals.typed(parameters);
    if (typed.isEmpty()) {
      Map<String, String> withRegion = new LinkedHashMap<>(Map.of("RegionId", "cn-hangzhou"));
      withRegion.putAll(parameters);
      return call(key, product, product.renewAction(), withRegion);
    }
    return attempt(
        Api.ECS,
        () -> clients(key).ecs().renewElasticityAssurances(typed.get()).getBody().getOrderId());
  }

  @Override
  public Reply buy(AccessKey key, Product product, String instanceType, int count, int months) {
    if (product == Product.ENS) {
      return BillingDriver.super.buy(key, product, instanceType, count, months);
    }
    Map<String, String> parameters = Wire.purchase(product, instanceType, count, months);
    CreateElasticityAssuranceRequest request =
        new CreateElasticityAssuranceRequest()
            .setRegionId(parameters.get("RegionId"))
            .setInstanceType(List.of(instanceType))
            .setInstanceAmount(count)
            .setPeriod(Integer.valueOf(parameters.get("Period")))
            .setPeriodUnit(parameters.get("PeriodUnit"));
    return attempt(
        Api.ECS,
        () -> clients(key).ecs().createElasticityAssurance(request).getBody().getOrderId());
  }

  /** Paying an order is not in the RPC surface: the simulator's admin API does it for the owner. */
  @Override
  public Reply payOrder(AccessKey key, String orderId) {
    try {
      admin.payOrder(orderId);
      return Reply.done(Api.ENS, orderId);
    } catch (AdminRequestRefused refused) {
      // The problem reads "<Code>: <message>".
      String problem = refused.problems().isEmpty() ? "" : refused.problems().get(0);
      int colon = problem.indexOf(": ");
      if (refused.status() != 400 || colon < 0) {
        throw refused;
      }
      return Reply.refused(
          Api.ENS, new Refusal(problem.substring(0, colon), 400, problem.substring(colon + 2)));
    }
  }

  @Override
  public void advanceTo(Instant when) {
    admin.clock().advanceTo(when);
  }

  @Override
  public BillingState snapshot() {
    return admin.state();
  }

  /** BSS and ECS through their typed clients; ENS, which has none, through the generic one. */
  @Override
  public JsonNode answer(AccessKey key, Query query) {
    OfficialClients client = clients(key);
    var usableCoupons = new QueryCashCouponsRequest().setEffectiveOrNot(true);
    var usableCards = new QueryPrepaidCardsRequest().setEffectiveOrNot(true);
    var allOrders = new QueryOrdersRequest().setPageSize(300);
    var assurances =
        new DescribeElasticityAssurancesRequest().setRegionId("cn-hangzhou").setMaxResults(100);
    Map<String, String> page = Map.of("PageSize", "100");
    return switch (query) {
      case BALANCE -> typed(() -> client.bss().queryAccountBalance().getBody());
      case COUPONS -> typed(() -> client.bss().queryCashCoupons(usableCoupons).getBody());
      case CARDS -> typed(() -> client.bss().queryPrepaidCards(usableCards).getBody());
      case ORDERS -> typed(() -> client.bss().queryOrders(allOrders).getBody());
      case SERVERS ->
          JSON.valueToTree(sdk(() -> client.call(Sdk.ENS, "DescribeARMServerInstances", page)));
      case ASSURANCES ->
          typed(() -> client.ecs().describeElasticityAssurances(assurances).getBody());
    };
  }

  @Override
  public Reply call(AccessKey key, Product product, String action, Map<String, String> parameters) {
    String version = product == Product.ENS ? Sdk.ENS : Sdk.ECS;
    return attempt(
        product.api(),
        () ->
            Objects.toString(clients(key).call(version, action, parameters).get("OrderId"), null));
  }

  /**
   * On a second simulator with flow control on, loaded with this scenario's world: all the calls
   * are released at once from their own threads, so the bucket (10 a second) empties however slow
   * the machine is.
   */
  @Override
  public List<Reply> burst(AccessKey key, int calls) {
    Simulator throttled = SharedSimulator.throttled();
    BillingAdmin.connect(throttled.baseUrl()).load(loaded);
    CyclicBarrier start = new CyclicBarrier(calls);
    List<Callable<Reply>> queries = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      OfficialClients client = OfficialClients.of(throttled.endpoint(), key);
      queries.add(
          () -> {
            start.await();
            return balanceQuery(client);
          });
    }
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    try {
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> answer : threads.invokeAll(queries, 60, TimeUnit.SECONDS)) {
        replies.add(answer.get());
      }
      return replies;
    } catch (Exception e) {
      throw new IllegalStateException("the burst of balance queries failed", e);
    } finally {
      threads.shutdownNow();
    }
  }

  private static Reply balanceQuery(OfficialClients client) {
    try {
      client.bss().queryAccountBalance();
      return Reply.done(Api.BSS, null);
    } catch (Exception e) {
      return failure(Api.BSS, e);
    }
  }

  @Override
  public void addFault(GatewayFault fault) {
    admin.faults().add(fault);
  }

  private OfficialClients clients(AccessKey key) {
    return clients.computeIfAbsent(key, k -> OfficialClients.of(simulator.endpoint(), k));
  }

  /** A command's answer: done with the order id {@code call} returns, or how it failed. */
  private static Reply attempt(Api api, Callable<String> call) {
    try {
      return Reply.done(api, call.call());
    } catch (Exception e) {
      return failure(api, e);
    }
  }

  /** A refusal as the SDK reports it, or a call lost on the way (no answer to read). */
  private static Reply failure(Api api, Exception e) {
    if (e instanceof TeaException tea
        && !(e instanceof TeaRetryableException)
        && tea.getCode() != null
        && tea.getStatusCode() != null) {
      Object message = tea.getData() == null ? null : tea.getData().get("Message");
      return Reply.refused(
          api,
          new Refusal(
              tea.getCode(),
              tea.getStatusCode(),
              message == null ? tea.getMessage() : message.toString()));
    }
    return Reply.lost(api, e.toString());
  }

  /**
   * A typed client's answer as its wire-named map: the model has read the answer first, so a field
   * it cannot take fails here as it would for a user.
   */
  private static JsonNode typed(Callable<TeaModel> call) {
    return JSON.valueToTree(sdk(call).toMap());
  }

  /** A query that must succeed: a failure here is a broken scenario, not an outcome. */
  private static <T> T sdk(Callable<T> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
