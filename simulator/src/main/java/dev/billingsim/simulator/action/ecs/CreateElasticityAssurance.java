package dev.billingsim.simulator.action.ecs;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.CommandParameters;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.Map;

/**
 * ECS CreateElasticityAssurance: buys one elasticity assurance of {@code InstanceType.1} for {@code
 * Period} {@code PeriodUnit} (default 1 Year); answers {@code
 * {"RequestId","OrderId","PrivatePoolOptionsId"}}.
 */
public final class CreateElasticityAssurance extends RpcAction {

  public CreateElasticityAssurance() {
    super("CreateElasticityAssurance", Kind.BILLING_COMMAND, "RegionId", "InstanceType.1");
  }

  @Override
  public Answer handle(RpcCall call) {
    return Bodies.answer(
        new CommandParameters(call.billing().catalogue())
            .ecsPurchase(call.caller(), call.params())
            .flatMap(call.billing()::create),
        receipt -> {
          Map<String, Object> body = Bodies.withRequestId(call.requestId());
          body.put("OrderId", receipt.orderId());
          body.put("PrivatePoolOptionsId", receipt.instanceIds().get(0));
          return body;
        });
  }
}
