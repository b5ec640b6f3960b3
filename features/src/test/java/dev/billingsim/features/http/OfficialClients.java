package dev.billingsim.features.http;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.billingsim.domain.account.AccessKey;
import java.util.Map;

/**
 * The official Alibaba Cloud clients, unmodified, signing with one access key and pointed at a
 * simulator: the typed ECS and BSS clients, and the generic OpenAPI client (ENS has no generated
 * SDK on Maven Central, so its calls go through {@code callApi}, as ENS users make them).
 */
final class OfficialClients {

  static final String ENS_VERSION = "2017-11-10";
  static final String ECS_VERSION = "2014-05-26";

  private final com.aliyun.teaopenapi.Client generic;
  private final com.aliyun.ecs20140526.Client ecs;
  private final com.aliyun.bssopenapi20171214.Client bss;

  OfficialClients(String endpoint, AccessKey key) {
    try {
      generic = new com.aliyun.teaopenapi.Client(config(endpoint, key));
      ecs = new com.aliyun.ecs20140526.Client(config(endpoint, key));
      bss = new com.aliyun.bssopenapi20171214.Client(config(endpoint, key));
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the SDK clients", e);
    }
  }

  private static Config config(String endpoint, AccessKey key) {
    return new Config()
        .setAccessKeyId(key.id())
        .setAccessKeySecret(key.secret())
        .setEndpoint(endpoint)
        .setProtocol("HTTP")
        .setRegionId("cn-hangzhou")
        .setConnectTimeout(5_000)
        .setReadTimeout(30_000);
  }

  com.aliyun.ecs20140526.Client ecs() {
    return ecs;
  }

  com.aliyun.bssopenapi20171214.Client bss() {
    return bss;
  }

  /** A generic RPC call; the response body. Errors come as the SDK throws them. */
  @SuppressWarnings("unchecked")
  Map<String, Object> call(String version, String action, Map<String, String> query)
      throws Exception {
    Params params =
        new Params()
            .setAction(action)
            .setVersion(version)
            .setProtocol("HTTP")
            .setPathname("/")
            .setMethod("POST")
            .setAuthType("AK")
            .setStyle("RPC")
            .setReqBodyType("formData")
            .setBodyType("json");
    OpenApiRequest request =
        new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
    Map<String, ?> response = generic.callApi(params, request, new RuntimeOptions());
    return (Map<String, Object>) response.get("body");
  }
}
