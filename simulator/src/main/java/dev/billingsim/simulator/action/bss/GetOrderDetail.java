package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.order.Order;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** BSS GetOrderDetail: one order of the caller, one entry per instance line. */
public final class GetOrderDetail extends RpcAction {

  public GetOrderDetail() {
    super("GetOrderDetail", Kind.QUERY, "OrderId");
  }

  @Override
  public Answer handle(RpcCall call) {
    Optional<Order> found = call.billing().order(call.caller().uid(), call.param("OrderId"));
    if (found.isEmpty()) {
      return Answer.refused(
          call.billing().catalogue().error(Api.ENS, "OrderNotFound", call.param("OrderId")));
    }
    Order order = found.get();
    List<Map<String, Object>> lines =
        order.lines().stream().map(line -> OrderViews.line(order, line)).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("HostName", call.host());
    data.put("PageNum", 1);
    data.put("PageSize", lines.size());
    data.put("TotalCount", lines.size());
    data.put("OrderList", Map.of("Order", lines));
    return Answer.success(Bodies.bss(call.requestId(), data));
  }
}
