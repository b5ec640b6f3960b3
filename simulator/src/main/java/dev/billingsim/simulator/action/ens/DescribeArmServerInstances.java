package dev.billingsim.simulator.action.ens;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.Product;
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
 * ENS DescribeARMServerInstances: the caller's ARM servers, filtered by {@code ServerIds} (a JSON
 * array string) and paged by {@code PageNumber}/{@code PageSize} (default 1 and 10, at most 100).
 */
public final class DescribeArmServerInstances extends RpcAction {

  public DescribeArmServerInstances() {
    super("DescribeARMServerInstances", Kind.QUERY);
  }

  @Override
  public Answer handle(RpcCall call) {
    Result<Paging> paging = Paging.read(call, Api.ENS, "PageNumber", "PageSize", 10, 100);
    if (!paging.isOk()) {
      return Answer.refused(paging.error());
    }
    List<String> ids = call.jsonList("ServerIds");
    if (ids == null) {
      return Answer.refused(
          call.billing().catalogue().error(Api.ENS, "InvalidParameter.ServerIds", null));
    }
    List<Map<String, Object>> servers = new ArrayList<>();
    for (Instance instance : call.billing().instances(call.caller().uid())) {
      if (instance.product() == Product.ENS && (ids.isEmpty() || ids.contains(instance.id()))) {
        servers.add(server(instance));
      }
    }
    Map<String, Object> body = Bodies.withRequestId(call.requestId());
    body.put("PageNumber", paging.value().page());
    body.put("PageSize", paging.value().size());
    body.put("TotalCount", servers.size());
    body.put("Servers", paging.value().slice(servers));
    return Answer.success(body);
  }

  private static Map<String, Object> server(Instance instance) {
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("ServerId", instance.id());
    server.put("EnsRegionId", instance.regionId());
    server.put("SpecName", instance.instanceType());
    server.put("ServerType", instance.instanceType());
    server.put("PayType", instance.chargeType().name());
    server.put("State", instance.status().name());
    server.put("Status", instance.status().name());
    server.put("CreationTime", Bodies.time(instance.createdAt()));
    server.put("ExpiredTime", Bodies.time(instance.expiresAt()));
    server.put("AutoRenew", instance.autoRenew());
    server.put("AICInstances", List.of());
    return server;
  }
}
