package dev.billingsim.features.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.domain.instance.InstanceStatus;
import dev.billingsim.domain.instance.Product;
import dev.billingsim.domain.order.OrderStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What both drivers write into requests and read out of answers, the same way. */
public final class Wire {

  private Wire() {}

  /**
   * The parameters of a purchase ({@code CreateARMServerInstances} or {@code
   * CreateElasticityAssurance}): a whole number of years is bought by the year.
   */
  public static Map<String, String> purchase(
      Product product, String instanceType, int count, int months) {
    boolean years = months % 12 == 0;
    Map<String, String> parameters = new LinkedHashMap<>();
    boolean ens = product == Product.ENS;
    parameters.put(ens ? "EnsRegionId" : "RegionId", "cn-hangzhou");
    parameters.put(ens ? "ServerType" : "InstanceType.1", instanceType);
    parameters.put(ens ? "Amount" : "InstanceAmount", String.valueOf(count));
    parameters.put("Period", String.valueOf(years ? months / 12 : months));
    parameters.put("PeriodUnit", years ? "Year" : "Month");
    return parameters;
  }

  /** BSS QueryOrders' PaymentStatus. */
  public static OrderStatus orderStatus(String paymentStatus) {
    switch (paymentStatus) {
      case "Paid":
        return OrderStatus.PAID;
      case "Unpaid":
        return OrderStatus.UNPAID;
      default:
        return OrderStatus.FAILED;
    }
  }

  /** ECS names assurance states Preparing, Prepared, Active, Expired, Released. */
  public static InstanceStatus ecsStatus(String status) {
    switch (status) {
      case "Preparing":
        return InstanceStatus.Pending;
      case "Prepared":
        return InstanceStatus.Locked;
      case "Active":
        return InstanceStatus.Running;
      default:
        return InstanceStatus.valueOf(status);
    }
  }

  /** The servers of a DescribeARMServerInstances answer. */
  public static List<InstanceSummary> servers(JsonNode body) {
    List<InstanceSummary> servers = new ArrayList<>();
    for (JsonNode server : body.path("Servers")) {
      servers.add(
          new InstanceSummary(
              server.path("ServerId").asText(),
              InstanceStatus.valueOf(server.path("Status").asText()),
              time(server.path("ExpiredTime").asText())));
    }
    return servers;
  }

  /** Alibaba Cloud's ISO-8601 UTC to the minute, {@code 2026-12-01T00:00Z}. */
  public static Instant time(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }
}
