package dev.billingsim.simulator.action.bss;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.clock.BillingCalendar;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
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
 * BSS QueryAvailableInstances: the caller's subscription instances of every product, filtered by
 * {@code ProductCode} and {@code InstanceIDs} (comma-separated), paged by {@code PageNum}/{@code
 * PageSize} (default 1 and 20, at most 300).
 */
public final class QueryAvailableInstances extends RpcAction {

  public QueryAvailableInstances() {
    super("QueryAvailableInstances", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Result<Paging> paging = Paging.read(call, Api.ENS, "PageNum", "PageSize", 20, 300);
    if (!paging.isOk()) {
      return Answer.refused(paging.error());
    }
    String product = call.param("ProductCode");
    String idFilter = call.param("InstanceIDs");
    List<String> ids = idFilter == null ? List.of() : List.of(idFilter.split(","));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Instance instance : call.billing().instances(call.caller().uid())) {
      if ((product == null || product.equalsIgnoreCase(instance.product().code()))
          && (ids.isEmpty() || ids.contains(instance.id()))) {
        list.add(view(instance, call.caller().uid()));
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("PageNum", paging.value().page());
    data.put("PageSize", paging.value().size());
    data.put("TotalCount", list.size());
    data.put("InstanceList", paging.value().slice(list));
    return Answer.success(Bodies.bss(call.requestId(), data));
  }

  private static Map<String, Object> view(Instance instance, String uid) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("InstanceID", instance.id());
    view.put("ProductCode", instance.product().code());
    view.put("ProductType", "");
    view.put(
        "SubscriptionType",
        instance.chargeType().name().equals("PrePaid") ? "Subscription" : "PayAsYouGo");
    view.put("Status", instance.status() == InstanceStatus.Released ? "Released" : "Normal");
    view.put("SubStatus", instance.status() == InstanceStatus.Expired ? "Expired" : "Normal");
    view.put("RenewStatus", instance.autoRenew() ? "AutoRenewal" : "ManualRenewal");
    view.put("RenewalDurationUnit", "M");
    view.put("RenewalDuration", instance.autoRenewPeriod());
    view.put("CreateTime", Bodies.time(instance.createdAt()));
    view.put("EndTime", Bodies.time(instance.expiresAt()));
    view.put(
        "ExpectedReleaseTime", Bodies.time(instance.expiresAt().plus(BillingCalendar.RETENTION)));
    view.put("Region", instance.regionId());
    view.put("Seller", "aliyun");
    view.put("OwnerId", parseOrZero(uid));
    return view;
  }

  private static long parseOrZero(String uid) {
    try {
      return Long.parseLong(uid);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
