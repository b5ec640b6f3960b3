package dev.billingsim.testkit.example;

import com.aliyun.teaopenapi.Client;
import dev.billingsim.simulator.Sdk;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The downstream service's own gateway to ENS, through the official generic client (the ENS SDK is
 * not on Maven Central): list the account's ARM servers, renew one. Production code, unaware of the
 * simulator: its RPC call is the one {@link Sdk#call} makes, as any ENS user makes it.
 */
final class EnsServers {

  static final String VERSION = "2017-11-10";
  static final String DESCRIBE = "DescribeARMServerInstances";
  static final String RENEW = "RenewARMServerInstance";
  private static final int PAGE_SIZE = 100;

  /** One ARM server as DescribeARMServerInstances shows it. */
  record Server(String id, String payType, String state, Instant expiresAt, boolean autoRenew) {}

  private final Client client;

  EnsServers(Client client) {
    this.client = client;
  }

  List<Server> describe() throws Exception {
    List<Server> servers = new ArrayList<>();
    for (int page = 1; ; page++) {
      Map<String, Object> body =
          call(
              DESCRIBE,
              Map.of("PageNumber", String.valueOf(page), "PageSize", String.valueOf(PAGE_SIZE)));
      List<?> listed = (List<?>) body.get("Servers");
      for (Object item : listed) {
        Map<?, ?> server = (Map<?, ?>) item;
        servers.add(
            new Server(
                (String) server.get("ServerId"),
                (String) server.get("PayType"),
                (String) server.get("State"),
                OffsetDateTime.parse((String) server.get("ExpiredTime")).toInstant(),
                Boolean.TRUE.equals(server.get("AutoRenew"))));
      }
      if (listed.size() < PAGE_SIZE) {
        return servers;
      }
    }
  }

  Instant expiryOf(String serverId) throws Exception {
    return describe().stream()
        .filter(server -> server.id().equals(serverId))
        .findFirst()
        .map(Server::expiresAt)
        .orElseThrow(() -> new IllegalStateException("server " + serverId + " is gone"));
  }

  void renew(String serverId, int months) throws Exception {
    call(
        RENEW,
        Map.of("InstanceId", serverId, "Period", String.valueOf(months), "PeriodUnit", "Month"));
  }

  private Map<String, Object> call(String action, Map<String, String> query) throws Exception {
    return Sdk.call(client, VERSION, action, query);
  }
}
