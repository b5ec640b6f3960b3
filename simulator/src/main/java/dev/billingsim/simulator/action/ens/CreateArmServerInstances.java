package dev.billingsim.simulator.action.ens;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.order.CreateInstances;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.PurchaseTerm;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.List;
import java.util.Map;

/**
 * ENS CreateARMServerInstances: buys {@code Amount} PrePaid servers of {@code ServerType} for
 * {@code Period} {@code PeriodUnit}; answers {@code {"RequestId","OrderId","InstanceIds"}}.
 */
public final class CreateArmServerInstances implements RpcAction {

  @Override
  public String name() {
    return "CreateARMServerInstances";
  }

  @Override
  public List<String> required() {
    return List.of("EnsRegionId", "ServerType");
  }

  @Override
  public boolean billingCommand() {
    return true;
  }

  @Override
  public Answer handle(RpcCall call) {
    var catalogue = call.billing().catalogue();
    Integer amount = Bodies.positive(call.param("Amount"), 1, 100);
    if (amount == null) {
      return Answer.refused(catalogue.error(Api.ENS, "OrderQuantityInvalid", null));
    }
    Result<Integer> months = PurchaseTerm.months(call, Api.ENS, "Month");
    if (!months.isOk()) {
      return Answer.refused(months.error());
    }
    String payType = call.param("PayType");
    if (payType != null && !payType.equals("Subscription") && !payType.equals("PrePaid")) {
      return Answer.refused(catalogue.error(Api.ENS, "InvalidParameter.PayType", null));
    }
    CreateInstances command =
        new CreateInstances(
            call.caller(),
            Product.ENS,
            name(),
            call.param("ServerType"),
            amount,
            months.value(),
            "true".equalsIgnoreCase(call.param("AutoRenew")),
            call.param("EnsRegionId"));
    return Bodies.answer(
        call.billing().create(command),
        receipt -> {
          Map<String, Object> body = Bodies.withRequestId(call.requestId());
          body.put("OrderId", receipt.orderId());
          body.put("InstanceIds", receipt.instanceIds());
          return body;
        });
  }
}
