package dev.billingsim.simulator.action.ens;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.List;

/** ENS ReleaseARMServerInstance: releases a server, refunding unused PrePaid term. */
public final class ReleaseArmServerInstance implements RpcAction {

  @Override
  public String name() {
    return "ReleaseARMServerInstance";
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
        call.billing().release(call.caller(), call.param("InstanceId")),
        receipt -> Bodies.withRequestId(call.requestId()));
  }
}
