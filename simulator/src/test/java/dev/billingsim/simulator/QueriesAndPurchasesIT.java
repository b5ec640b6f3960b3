package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.bssopenapi20171214.models.GetOrderDetailRequest;
import com.aliyun.bssopenapi20171214.models.QueryAvailableInstancesRequest;
import com.aliyun.bssopenapi20171214.models.QueryCashCouponsRequest;
import com.aliyun.bssopenapi20171214.models.QueryOrdersRequest;
import com.aliyun.bssopenapi20171214.models.QueryPrepaidCardsRequest;
import com.aliyun.ecs20140526.models.CreateElasticityAssuranceRequest;
import com.aliyun.ecs20140526.models.DescribeElasticityAssurancesRequest;
import com.aliyun.tea.TeaException;
import dev.billingsim.domain.account.Caller;
import dev.billingsim.simulator.gateway.Concurrently;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query and purchase actions, through the typed and generic official clients. */
class QueriesAndPurchasesIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(9L));

  /** An ENS call as the demo account, V3-signed. */
  private static Map<String, Object> demo(String action, Map<String, String> query)
      throws Exception {
    return Sdk.ens(SIM.sim(), "demo-ak", "demo-secret", false, action, query);
  }

  private static TeaException demoRefusal(String action, Map<String, String> query) {
    return Sdk.ensRefusal(SIM.sim(), "demo-ak", "demo-secret", action, query);
  }

  @Test
  void describeArmServersFiltersByAJsonListAndPages() throws Exception {
    Map<String, Object> all = demo("DescribeARMServerInstances", Map.of());
    Map<String, Object> one =
        demo(
            "DescribeARMServerInstances",
            Map.of("ServerIds", "[\"aic-demo-0001\"]", "PageSize", "1"));

    assertThat(((Number) all.get("TotalCount")).intValue()).isEqualTo(1);
    assertThat((List<?>) one.get("Servers")).hasSize(1);
    assertThat(((Map<?, ?>) ((List<?>) one.get("Servers")).get(0)).get("ExpiredTime"))
        .isEqualTo("2026-12-01T00:00Z");
    TeaException bad = demoRefusal("DescribeARMServerInstances", Map.of("PageSize", "1000"));
    assertThat(bad.getCode()).isEqualTo("InvalidParameter.PageSize");
  }

  @Test
  void createArmServersChargesANewOrderAndTheyCanBeRenewedAndReleased() throws Exception {
    Map<String, Object> created =
        demo(
            "CreateARMServerInstances",
            Map.of(
                "EnsRegionId", "cn-hangzhou-44",
                "ServerType", "ens.aic.a1.large",
                "Amount", "2",
                "Period", "1"));

    List<?> ids = (List<?>) created.get("InstanceIds");
    assertThat(ids).hasSize(2);
    String id = (String) ids.get(0);
    assertThat(demo("RenewARMServerInstance", Map.of("InstanceId", id))).containsKey("RequestId");
    assertThat(demo("ReleaseARMServerInstance", Map.of("InstanceId", id))).containsKey("RequestId");
    TeaException unknownType =
        demoRefusal(
            "CreateARMServerInstances",
            Map.of("EnsRegionId", "cn-hangzhou-44", "ServerType", "ens.nope"));
    assertThat(unknownType.getCode()).isEqualTo("CommodityInvalidItemCode");
  }

  @Test
  void ecsAssurancesAreCreatedAndDescribed() throws Exception {
    var ecs = Sdk.ecs(SIM.sim(), "demo-ak", "demo-secret", false);
    var purchase =
        new CreateElasticityAssuranceRequest()
            .setRegionId("cn-hangzhou")
            .setInstanceType(List.of("ecs.c6.large"))
            .setPeriod(1)
            .setPeriodUnit("Month");
    String id = ecs.createElasticityAssurance(purchase).getBody().getPrivatePoolOptionsId();

    var described =
        ecs.describeElasticityAssurances(
                new DescribeElasticityAssurancesRequest().setRegionId("cn-hangzhou"))
            .getBody();

    assertThat(id).startsWith("eap-");
    assertThat(described.getTotalCount()).isEqualTo(2);
    assertThat(described.getElasticityAssuranceSet().getElasticityAssuranceItem())
        .extracting(item -> item.getPrivatePoolOptionsId())
        .contains(id, "eap-demo-0001");
  }

  @Test
  void couponsCardsOrdersAndInstancesThroughTheTypedBillingClient() throws Exception {
    demo("RenewARMServerInstance", Map.of("InstanceId", "aic-demo-0001"));
    var bss = Sdk.bss(SIM.sim(), "demo-ak", "demo-secret");

    var coupons =
        bss.queryCashCoupons(new QueryCashCouponsRequest()).getBody().getData().getCashCoupon();
    var cards =
        bss.queryPrepaidCards(new QueryPrepaidCardsRequest()).getBody().getData().getPrepaidCard();
    var orders = bss.queryOrders(new QueryOrdersRequest()).getBody().getData();
    String orderId = orders.getOrderList().getOrder().get(0).getOrderId();
    var detail =
        bss.getOrderDetail(new GetOrderDetailRequest().setOrderId(orderId)).getBody().getData();
    var instances =
        bss.queryAvailableInstances(new QueryAvailableInstancesRequest().setProductCode("ens"))
            .getBody()
            .getData();

    assertThat(coupons)
        .singleElement()
        .extracting(c -> c.getCashCouponNo(), c -> c.getBalance())
        .containsExactly("cp-1", "0.00");
    assertThat(coupons.get(0).getCashCouponId()).isPositive();
    assertThat(cards).singleElement().satisfies(c -> assertThat(c.getBalance()).isEqualTo("50.00"));
    assertThat(orders.getTotalCount()).isEqualTo(1);
    assertThat(detail.getOrderList().getOrder().get(0).getInstanceIDs()).isEqualTo("aic-demo-0001");
    assertThat(instances.getInstanceList())
        .extracting(i -> i.getInstanceID())
        .containsExactly("aic-demo-0001");
  }

  @Test
  void bssAnswersTheGrantsPaymentTimeRegionAndHostTheStateHolds() throws Exception {
    var ecs = Sdk.ecs(SIM.sim(), "demo-ak", "demo-secret", false);
    String orderId =
        ecs.renewElasticityAssurances(
                Sdk.assuranceRenewal("eap-demo-0001", 1, null).setAutoPay(false))
            .getBody()
            .getOrderId();
    Instant later = SIM.sim().world().billing().now().plus(Duration.ofDays(2));
    SIM.sim().world().advanceClock(later);
    assertThat(SIM.sim().world().billing().payOrder(Caller.of("1000000000000001"), orderId).isOk())
        .isTrue();
    var bss = Sdk.bss(SIM.sim(), "demo-ak", "demo-secret");

    var coupon =
        bss.queryCashCoupons(new QueryCashCouponsRequest())
            .getBody()
            .getData()
            .getCashCoupon()
            .get(0);
    var order =
        bss.getOrderDetail(new GetOrderDetailRequest().setOrderId(orderId)).getBody().getData();

    // The demo document records no grant: it was granted at the state's now.
    assertThat(coupon.getGrantedTime()).isEqualTo("2026-11-22T00:00Z");
    assertThat(coupon.getEffectiveTime()).isEqualTo("2026-11-22T00:00Z");
    assertThat(coupon.getNominalValue()).isEqualTo("50.00");
    assertThat(order.getHostName()).isEqualTo("127.0.0.1:" + SIM.sim().port());
    assertThat(order.getOrderList().getOrder().get(0))
        .extracting(l -> l.getCreateTime(), l -> l.getPaymentTime(), l -> l.getRegion())
        .containsExactly("2026-11-22T00:00Z", "2026-11-24T00:00Z", "cn-hangzhou");
  }

  @Test
  void aRamUserMayCallOnlyItsActions() throws Exception {
    assertThat(
            Sdk.ens(
                SIM.sim(), "ram-ak", "ram-secret", false, "DescribeARMServerInstances", Map.of()))
        .containsKey("Servers");
    Map<String, String> demoInstance = Map.of("InstanceId", "aic-demo-0001");
    TeaException renew =
        Sdk.ensRefusal(SIM.sim(), "ram-ak", "ram-secret", "RenewARMServerInstance", demoInstance);
    TeaException query =
        catchThrowableOfType(
            TeaException.class,
            () -> Sdk.bss(SIM.sim(), "ram-ak", "ram-secret").queryAccountBalance());

    assertThat(renew.getCode()).isEqualTo("AuthRamAuthFailed");
    assertThat(query.getCode()).isEqualTo("Forbidden.RAM");
    assertThat(query.getStatusCode()).isEqualTo(403);
  }

  @Test
  void flowControlRefusesTheEleventhCallInASecond() throws Exception {
    // Twenty calls released together: sequential calls could take 100 ms each on a busy machine,
    // and the bucket (10, refilled at 10 a second) would then never run dry.
    try (Simulator throttled = Simulator.builder().port(0).seed(1L).start()) {
      var bss = Sdk.bss(throttled, "demo-ak", "demo-secret");
      AtomicInteger refused = new AtomicInteger();
      Concurrently.run(
          20,
          Duration.ofSeconds(60),
          thread -> {
            TeaException error = catchThrowableOfType(TeaException.class, bss::queryAccountBalance);
            if (error != null) {
              assertThat(error.getCode()).isEqualTo("Throttling.User");
              refused.incrementAndGet();
            }
          });
      assertThat(refused.get()).isBetween(1, 10);
    }
  }
}
