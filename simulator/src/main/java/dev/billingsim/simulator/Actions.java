package dev.billingsim.simulator;

import dev.billingsim.simulator.action.bss.GetOrderDetail;
import dev.billingsim.simulator.action.bss.QueryAccountBalance;
import dev.billingsim.simulator.action.bss.QueryAvailableInstances;
import dev.billingsim.simulator.action.bss.QueryCashCoupons;
import dev.billingsim.simulator.action.bss.QueryOrders;
import dev.billingsim.simulator.action.bss.QueryPrepaidCards;
import dev.billingsim.simulator.action.ecs.CreateElasticityAssurance;
import dev.billingsim.simulator.action.ecs.DescribeElasticityAssurances;
import dev.billingsim.simulator.action.ecs.RenewElasticityAssurances;
import dev.billingsim.simulator.action.ens.CreateArmServerInstances;
import dev.billingsim.simulator.action.ens.DescribeArmServerInstances;
import dev.billingsim.simulator.action.ens.ReleaseArmServerInstance;
import dev.billingsim.simulator.action.ens.RenewArmServerInstance;
import dev.billingsim.simulator.rpc.ProductApi;
import dev.billingsim.simulator.rpc.RpcRouter;
import java.util.List;

/**
 * The RPC surface of contract section 2: every product, its Version and its actions (the
 * dispatcher's routing table, and the in-process Cucumber driver's).
 */
public final class Actions {

  public static final String ENS_VERSION = "2017-11-10";
  public static final String ECS_VERSION = "2014-05-26";
  public static final String BSS_VERSION = "2017-12-14";

  private Actions() {}

  public static RpcRouter router() {
    return new RpcRouter(
        List.of(
            ProductApi.of(
                "Ens",
                ENS_VERSION,
                List.of(
                    new RenewArmServerInstance(), new DescribeArmServerInstances(),
                    new CreateArmServerInstances(), new ReleaseArmServerInstance())),
            ProductApi.of(
                "Ecs",
                ECS_VERSION,
                List.of(
                    new RenewElasticityAssurances(),
                    new DescribeElasticityAssurances(),
                    new CreateElasticityAssurance())),
            ProductApi.of(
                "BssOpenApi",
                BSS_VERSION,
                List.of(
                    new QueryAccountBalance(),
                    new QueryCashCoupons(),
                    new QueryPrepaidCards(),
                    new QueryOrders(),
                    new GetOrderDetail(),
                    new QueryAvailableInstances()))));
  }
}
