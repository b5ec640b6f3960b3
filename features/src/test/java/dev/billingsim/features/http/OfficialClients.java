package dev.billingsim.features.http;

import com.aliyun.teaopenapi.models.Config;
import dev.billingsim.domain.account.AccessKey;
import dev.billingsim.simulator.Sdk;
import java.util.Map;

/**
 * The official Alibaba Cloud clients, unmodified, signing with one access key and pointed at a
 * simulator: the typed ECS and BSS clients, and the generic OpenAPI client (ENS has no generated
 * SDK on Maven Central, so its calls go through {@code callApi}, as ENS users make them).
 */
record OfficialClients(
    com.aliyun.teaopenapi.Client generic,
    com.aliyun.ecs20140526.Client ecs,
    com.aliyun.bssopenapi20171214.Client bss) {

  static OfficialClients of(String endpoint, AccessKey key) {
    try {
      return new OfficialClients(
          new com.aliyun.teaopenapi.Client(config(endpoint, key)),
          new com.aliyun.ecs20140526.Client(config(endpoint, key)),
          new com.aliyun.bssopenapi20171214.Client(config(endpoint, key)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the SDK clients", e);
    }
  }

  private static Config config(String endpoint, AccessKey key) {
    return Sdk.config(endpoint, key.id(), key.secret(), false)
        .setConnectTimeout(5_000)
        .setReadTimeout(30_000);
  }

  /** A generic RPC call; the response body. Errors come as the SDK throws them. */
  Map<String, Object> call(String version, String action, Map<String, String> query)
      throws Exception {
    return Sdk.call(generic, version, action, query);
  }
}
