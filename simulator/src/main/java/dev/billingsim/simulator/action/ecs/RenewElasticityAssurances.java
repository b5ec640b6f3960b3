package dev.billingsim.simulator.action.ecs;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.CommandParameters;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.Map;

/**
 * ECS RenewElasticityAssurances: renews up to 20 elasticity assurances in one order; answers {@code
 * {"RequestId","OrderId","PrivatePoolOptionsIdSet":{"PrivatePoolOptionsId":[...]}}}.
 */
public final class RenewElasticityAssurances extends RpcAction {

  public RenewElasticityAssurances() {
    super("RenewElasticityAssurances", Kind.BILLING_COMMAND);
  }

  @Override
  public Answer handle(RpcCall call) {
    return Bodies.answer(
        new CommandParameters(call.billing().catalogue())
            .ecsRenewal(call.caller(), call.params())
            .flatMap(call.billing()::renew),
        receipt -> {
          Map<String, Object> body = Bodies.withRequestId(call.requestId());
          body.put("OrderId", receipt.orderId());
          body.put(
              "PrivatePoolOptionsIdSet", Map.of("PrivatePoolOptionsId", receipt.instanceIds()));
          return body;
        });
  }
}
