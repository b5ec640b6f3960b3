package dev.billingsim.simulator.action.ens;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.CommandParameters;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.List;

/** ENS RenewARMServerInstance: renews one AIC server; answers {@code {"RequestId"}}. */
public final class RenewArmServerInstance implements RpcAction {

  @Override
  public String name() {
    return "RenewARMServerInstance";
  }

  @Override
  public List<String> required() {
    return List.of("InstanceId");
  }

  @Override
  public boolean billingCommand() {
    return true;
  }

  @Override
  public Answer handle(RpcCall call) {
    return Bodies.answer(
        new CommandParameters(call.billing().catalogue())
            .ensRenewal(call.caller(), call.params())
            .flatMap(call.billing()::renew),
        receipt -> Bodies.withRequestId(call.requestId()));
  }
}
