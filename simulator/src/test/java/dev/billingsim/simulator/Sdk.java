package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.List;
import java.util.Map;

/**
 * The official clients, unmodified, pointed at a simulator the way aliyun-rpc.md says. It needs
 * only tea-openapi and the typed clients, so the testkit's and the scenarios' tests share it.
 */
public final class Sdk {

  public static final String ENS = "2017-11-10";
  public static final String ECS = "2014-05-26";
  public static final String BSS = "2017-12-14";

  private Sdk() {}

  public static Config config(String endpoint, String ak, String sk, boolean v1) {
    Config config =
        new Config()
            .setAccessKeyId(ak)
            .setAccessKeySecret(sk)
            .setEndpoint(endpoint)
            .setProtocol("HTTP")
            .setRegionId("cn-hangzhou");
    if (v1) {
      config.setSignatureAlgorithm("v2");
    }
    return config;
  }

  public static com.aliyun.teaopenapi.Client generic(
      Simulator sim, String ak, String sk, boolean v1) throws Exception {
    return new com.aliyun.teaopenapi.Client(config(sim.endpoint(), ak, sk, v1));
  }

  public static com.aliyun.ecs20140526.Client ecs(Simulator sim, String ak, String sk, boolean v1)
      throws Exception {
    return ecs(sim.endpoint(), ak, sk, v1);
  }

  public static com.aliyun.ecs20140526.Client ecs(String endpoint, String ak, String sk, boolean v1)
      throws Exception {
    return new com.aliyun.ecs20140526.Client(config(endpoint, ak, sk, v1));
  }

  public static com.aliyun.bssopenapi20171214.Client bss(Simulator sim, String ak, String sk)
      throws Exception {
    return new com.aliyun.bssopenapi20171214.Client(config(sim.endpoint(), ak, sk, false));
  }

  /** A generic ENS call to {@code sim} as {@code ak}, V1- or V3-signed. */
  public static Map<String, Object> ens(
      Simulator sim, String ak, String sk, boolean v1, String action, Map<String, String> query)
      throws Exception {
    return call(generic(sim, ak, sk, v1), ENS, action, query);
  }

  /** The demo account renews {@code aic-demo-0001} for the default period. */
  public static Map<String, Object> renewDemo(Simulator sim, boolean v1) throws Exception {
    return ens(
        sim,
        "demo-ak",
        "demo-secret",
        v1,
        "RenewARMServerInstance",
        Map.of("InstanceId", "aic-demo-0001"));
  }

  /** The refusal of a V3-signed ENS call, as the generic client throws it (null if none). */
  public static TeaException ensRefusal(
      Simulator sim, String ak, String sk, String action, Map<String, String> query) {
    return catchThrowableOfType(TeaException.class, () -> ens(sim, ak, sk, false, action, query));
  }

  /** A renewal of the assurance {@code privatePoolId}, as the typed ECS client takes it. */
  public static RenewElasticityAssurancesRequest assuranceRenewal(String privatePoolId) {
    return new RenewElasticityAssurancesRequest()
        .setPrivatePoolOptions(
            new RenewElasticityAssurancesRequest
                    .RenewElasticityAssurancesRequestPrivatePoolOptions()
                .setId(List.of(privatePoolId)));
  }

  /** That renewal in cn-hangzhou for {@code months} months, under {@code token} (null: none). */
  public static RenewElasticityAssurancesRequest assuranceRenewal(
      String privatePoolId, int months, String token) {
    return assuranceRenewal(privatePoolId)
        .setRegionId("cn-hangzhou")
        .setPeriod(months)
        .setPeriodUnit("Month")
        .setClientToken(token);
  }

  /** A generic RPC call, as one makes it for ENS (whose generated SDK is not on Maven Central). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> call(
      com.aliyun.teaopenapi.Client client, String version, String action, Map<String, String> query)
      throws Exception {
    OpenApiRequest request =
        new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
    Map<String, ?> response =
        client.callApi(rpc(version, action, "POST"), request, new RuntimeOptions());
    return (Map<String, Object>) response.get("body");
  }

  /** The RPC-style {@code action} of API {@code version}, form in, JSON out, over HTTP. */
  public static Params rpc(String version, String action, String method) {
    return new Params()
        .setAction(action)
        .setVersion(version)
        .setProtocol("HTTP")
        .setPathname("/")
        .setMethod(method)
        .setAuthType("AK")
        .setStyle("RPC")
        .setReqBodyType("formData")
        .setBodyType("json");
  }
}
