package dev.billingsim.simulator.action.bss;

import com.google.common.collect.Lists;
import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.order.Order;
import dev.billingsim.domain.result.Result;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.action.Paging;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BSS QueryOrders: the caller's orders, newest first, filtered by {@code ProductCode}, {@code
 * OrderType} (New, Renew, Refund) and {@code PaymentStatus} (Paid, Unpaid, Cancelled), paged by
 * {@code PageNum}/{@code PageSize} (default 1 and 20, at most 300).
 */
public final class QueryOrders extends RpcAction {

  public QueryOrders() {
    super("QueryOrders", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Result<Paging> paging = Paging.read(call, Api.ENS, "PageNum", "PageSize", 20, 300);
    if (!paging.isOk()) {
      return Answer.refused(paging.error());
    }
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Order order : Lists.reverse(call.billing().orders(call.caller().uid()))) {
      Map<String, Object> view = OrderViews.summary(order);
      if (matches(call.param("ProductCode"), view.get("ProductCode"))
          && matches(call.param("OrderType"), view.get("OrderType"))
          && matches(call.param("PaymentStatus"), view.get("PaymentStatus"))) {
        matching.add(view);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("HostName", call.host());
    data.put("PageNum", paging.value().page());
    data.put("PageSize", paging.value().size());
    data.put("TotalCount", matching.size());
    data.put("OrderList", Map.of("Order", paging.value().slice(matching)));
    return Answer.success(Bodies.bss(call.requestId(), data));
  }

  private static boolean matches(String filter, Object value) {
    return filter == null || filter.equalsIgnoreCase(String.valueOf(value));
  }
}
