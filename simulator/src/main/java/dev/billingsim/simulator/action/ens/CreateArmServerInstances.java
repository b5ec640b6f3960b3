package dev.billingsim.simulator.action.ens;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.CommandParameters;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.Map;

/**
 * ENS CreateARMServerInstances: buys {@code Amount} PrePaid servers of {@code ServerType} for
 * {@code Period} {@code PeriodUnit}; answers {@code {"RequestId","OrderId","InstanceIds"}}.
 */
public final class CreateArmServerInstances extends RpcAction {

  public CreateArmServerInstances() {
    super("CreateARMServerInstances", Kind.BILLING_COMMAND, "EnsRegionId", "ServerType");
  }

  @Override
  public Answer handle(RpcCall call) {
    return Bodies.answer(
        new CommandParameters(call.billing().catalogue())
            .ensPurchase(call.caller(), call.params())
            .flatMap(call.billing()::create),
        receipt -> {
          Map<String, Object> body = Bodies.withRequestId(call.requestId());
          body.put("OrderId", receipt.orderId());
          body.put("InstanceIds", receipt.instanceIds());
          return body;
        });
  }
}
