package dev.billingsim.simulator.action.ens;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.CommandParameters;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;

/** ENS RenewARMServerInstance: renews one AIC server; answers {@code {"RequestId"}}. */
public final class RenewArmServerInstance extends RpcAction {

  public RenewArmServerInstance() {
    super("RenewARMServerInstance", Kind.BILLING_COMMAND, "InstanceId");
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
