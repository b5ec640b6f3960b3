package dev.billingsim.simulator.action.ens;

import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;

/** ENS ReleaseARMServerInstance: releases a server, refunding unused PrePaid term. */
public final class ReleaseArmServerInstance extends RpcAction {

  public ReleaseArmServerInstance() {
    super("ReleaseARMServerInstance", Kind.BILLING_COMMAND, "InstanceId");
  }

  @Override
  public Answer handle(RpcCall call) {
    return Bodies.answer(
        call.billing().release(call.caller(), call.param("InstanceId")),
        receipt -> Bodies.withRequestId(call.requestId()));
  }
}
