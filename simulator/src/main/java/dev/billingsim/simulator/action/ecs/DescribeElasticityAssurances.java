package dev.billingsim.simulator.action.ecs;

import dev.billingsim.domain.catalogue.Api;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.simulator.action.Bodies;
import dev.billingsim.simulator.rpc.Answer;
import dev.billingsim.simulator.rpc.RpcAction;
import dev.billingsim.simulator.rpc.RpcCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECS DescribeElasticityAssurances: the caller's assurances, filtered by {@code
 * PrivatePoolOptions.Ids} (a JSON array string), paged by {@code MaxResults} (default 10, at most
 * 100) and {@code NextToken} (an offset).
 */
public final class DescribeElasticityAssurances extends RpcAction {

  public DescribeElasticityAssurances() {
    super("DescribeElasticityAssurances", Kind.QUERY, "RegionId");
  }

  @Override
  public Answer handle(RpcCall call) {
    Integer max = Bodies.positive(call.param("MaxResults"), 10, 100);
    List<String> ids = call.jsonList("PrivatePoolOptions.Ids");
    Integer offset =
        call.param("NextToken") == null
            ? Integer.valueOf(0)
            : Bodies.positive(call.param("NextToken"), 0, 1_000_000);
    var catalogue = call.billing().catalogue();
    if (max == null) {
      return Answer.refused(catalogue.error(Api.ECS, "InvalidParameter.MaxResults", null));
    }
    if (ids == null) {
      return Answer.refused(
          catalogue.error(Api.ECS, "InvalidParameter.PrivatePoolOptionsId", null));
    }
    if (offset == null) {
      return Answer.refused(catalogue.error(Api.ECS, "InvalidParameter.NextToken", null));
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Instance instance : call.billing().instances(call.caller().uid())) {
      if (instance.product() == Product.ECS && (ids.isEmpty() || ids.contains(instance.id()))) {
        items.add(item(instance));
      }
    }
    int from = Math.min(items.size(), offset);
    int to = Math.min(items.size(), from + max);
    Map<String, Object> body = Bodies.withRequestId(call.requestId());
    body.put("NextToken", to < items.size() ? String.valueOf(to) : "");
    body.put("MaxResults", max);
    body.put("TotalCount", items.size());
    body.put("ElasticityAssuranceSet", Map.of("ElasticityAssuranceItem", items.subList(from, to)));
    return Answer.success(body);
  }

  private static Map<String, Object> item(Instance instance) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("PrivatePoolOptionsId", instance.id());
    item.put("RegionId", instance.regionId());
    item.put("Status", ecsStatus(instance.status()));
    item.put("ChargeType", instance.chargeType().name());
    item.put("InstanceChargeType", instance.chargeType().name());
    item.put("StartTime", Bodies.time(instance.createdAt()));
    item.put("EndTime", Bodies.time(instance.expiresAt()));
    item.put("PrivatePoolOptionsMatchCriteria", "Open");
    item.put(
        "AllocatedResources",
        Map.of("AllocatedResource", List.of(Map.of("InstanceType", instance.instanceType()))));
    return item;
  }

  /** ECS names assurance states Preparing/Prepared/Active/Released; the domain's map onto them. */
  private static String ecsStatus(InstanceStatus status) {
    return switch (status) {
      case Pending -> "Preparing";
      case Locked -> "Prepared";
      case Expired -> "Expired";
      case Released -> "Released";
      default -> "Active";
    };
  }
}
