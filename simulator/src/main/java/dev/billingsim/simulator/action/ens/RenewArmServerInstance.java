package dev.billingsim.simulator.action.ens;

import dev.billingsim.domain.renewal.RenewInstances;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.action.Bodies;
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
    Result<RenewInstances> command = call.billing().parameters().ens(call.caller(), call.params());
    if (!command.isOk()) {
      return Answer.refused(command.error());
    }
    return Bodies.answer(
        call.billing().renew(command.value()), receipt -> Bodies.withRequestId(call.requestId()));
  }
}
