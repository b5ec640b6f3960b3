package dev.billingsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.bssopenapi20171214.models.QueryAccountBalanceResponse;
import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.ecs20140526.models.RenewElasticityAssurancesResponse;
import com.aliyun.tea.TeaException;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.billingsim.domain.instance.Instance;
import dev.billingsim.domain.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official SDKs, unmodified, renew and query against the simulator's demo state. */
class RenewalOverSdkIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(7L));

  private Instance demo(String id) {
    return SIM.sim().world().billing().instance("1000000000000001", id).orElseThrow();
  }

  private Money demoCash() {
    return SIM.sim().world().billing().account("1000000000000001").orElseThrow().cash();
  }

  @Test
  void ensRenewalWithV3SignaturesThroughTheGenericClient() throws Exception {
    Instant before = demo("aic-demo-0001").expiresAt();
    Money cashBefore = demoCash();

    Map<String, String> renewal =
        Map.of("InstanceId", "aic-demo-0001", "Period", "1", "PeriodUnit", "Month");
    Map<String, Object> body =
        Sdk.ens(SIM.sim(), "demo-ak", "demo-secret", false, "RenewARMServerInstance", renewal);

    assertThat(body).containsOnlyKeys("RequestId");
    assertThat(demo("aic-demo-0001").expiresAt()).isAfter(before);
    assertThat(demoCash()).isLessThanOrEqualTo(cashBefore);
  }

  @Test
  void ensRenewalWithV1SignaturesThroughTheGenericClient() throws Exception {
    Instant before = demo("aic-demo-0001").expiresAt();

    Map<String, Object> body = Sdk.renewDemo(SIM.sim(), true);

    assertThat(body.get("RequestId")).asString().matches("[0-9A-F-]{36}");
    assertThat(demo("aic-demo-0001").expiresAt()).isAfter(before);
  }

  @Test
  void ecsRenewalThroughTheTypedClient() throws Exception {
    RenewElasticityAssurancesResponse response =
        Sdk.ecs(SIM.sim(), "demo-ak", "demo-secret", false)
            .renewElasticityAssurances(Sdk.assuranceRenewal("eap-demo-0001", 1, null));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getBody().getOrderId()).isNotBlank();
    assertThat(response.getBody().getPrivatePoolOptionsIdSet().getPrivatePoolOptionsId())
        .containsExactly("eap-demo-0001");
  }

  @Test
  void ecsRenewalThroughTheTypedClientWithV1AndAClientTokenIsIdempotent() throws Exception {
    var client = Sdk.ecs(SIM.sim(), "demo-ak", "demo-secret", true);
    RenewElasticityAssurancesRequest request = Sdk.assuranceRenewal("eap-demo-0001", 1, "token-1");

    String first = client.renewElasticityAssurances(request).getBody().getOrderId();
    Money afterFirst = demoCash();
    String retry = client.renewElasticityAssurances(request).getBody().getOrderId();

    assertThat(retry).isEqualTo(first);
    assertThat(demoCash()).isEqualTo(afterFirst);
  }

  @Test
  void ecsRenewalThroughTheOldClientByGetAndPost() throws Exception {
    for (MethodType method : List.of(MethodType.GET, MethodType.POST)) {
      CommonRequest request = oldRequest(Sdk.ECS, "RenewElasticityAssurances", method);
      request.putQueryParameter("RegionId", "cn-hangzhou");
      request.putQueryParameter("PrivatePoolOptions.Id.1", "eap-demo-0001");
      request.putQueryParameter("Period", "1");
      request.putQueryParameter("PeriodUnit", "Month");

      CommonResponse response = old("demo-ak", "demo-secret").getCommonResponse(request);

      assertThat(response.getHttpStatus()).as(method.name()).isEqualTo(200);
      assertThat(response.getData()).contains("\"OrderId\"").contains("eap-demo-0001");
    }
  }

  @Test
  void balanceThroughTheTypedBillingClient() throws Exception {
    QueryAccountBalanceResponse response =
        Sdk.bss(SIM.sim(), "demo-ak", "demo-secret").queryAccountBalance();

    assertThat(response.getBody().getSuccess()).isTrue();
    assertThat(response.getBody().getData().getAvailableCashAmount()).isEqualTo("1000.00");
    assertThat(response.getBody().getData().getCurrency()).isEqualTo("CNY");
  }

  @Test
  void anotherAccountsAssuranceIsTheDocumented500() throws Exception {
    TeaException error =
        catchThrowableOfType(
            TeaException.class,
            () ->
                Sdk.ecs(SIM.sim(), "broke-ak", "broke-secret", false)
                    .renewElasticityAssurances(Sdk.assuranceRenewal("eap-demo-0001")));

    assertThat(error.getCode()).isEqualTo("InvalidPrivatePoolId.NotFound");
    assertThat(error.getStatusCode()).isEqualTo(500);
    assertThat(error.getMessage()).contains("The specified private pool does not exist.");
  }

  @Test
  void aWrongSecretIsSignatureDoesNotMatchToTheOldClientToo() {
    ClientException v1 =
        catchThrowableOfType(
            ClientException.class,
            () -> {
              CommonRequest request =
                  oldRequest(Sdk.ENS, "RenewARMServerInstance", MethodType.POST);
              request.putQueryParameter("InstanceId", "aic-demo-0001");
              old("demo-ak", "wrong").getCommonResponse(request);
            });

    assertThat(v1.getErrCode()).isEqualTo("SignatureDoesNotMatch");
  }

  /** Refusals as the new client reports them; an empty instance id sends no InstanceId. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "insufficientBalance, broke-ak, broke-secret, RenewARMServerInstance, aic-broke-0001,"
        + " PayInsufficientBalance, 400,"
        + " 'Account balance is insufficient, please recharge and try again.'",
    "magicIdWithNoSetUp, demo-ak, demo-secret, RenewARMServerInstance, aic-err-PayHsfTimeoutError,"
        + " PayHsfTimeoutError, 400, Call payment system timeout.",
    "wrongSecret, demo-ak, wrong, RenewARMServerInstance, aic-demo-0001, SignatureDoesNotMatch,"
        + " 400, Specified signature is not matched with our calculation.",
    "unknownKey, nobody, x, RenewARMServerInstance, aic-demo-0001, InvalidAccessKeyId.NotFound,"
        + " 404, Specified access key is not found.",
    "unknownAction, demo-ak, demo-secret, MakeCoffee, '', InvalidAction.NotFound, 404,"
        + " 'Specified api is not found, please check your url and method.'",
    "missingInstanceId, demo-ak, demo-secret, RenewARMServerInstance, '', MissingParameter, 400,"
        + " '\"InstanceId\"'"
  })
  void refusalsAsTheNewClientReportsThem(
      String name,
      String ak,
      String secret,
      String action,
      String instanceId,
      String code,
      int status,
      String message) {
    TeaException error =
        Sdk.ensRefusal(
            SIM.sim(),
            ak,
            secret,
            action,
            instanceId.isEmpty() ? Map.of() : Map.of("InstanceId", instanceId));

    assertThat(error.getCode()).isEqualTo(code);
    assertThat(error.getStatusCode()).isEqualTo(status);
    assertThat(error.getMessage()).contains(message);
    assertThat(error.getData()).containsKeys("RequestId", "HostId", "Code", "Message", "Recommend");
  }

  /** The old client (V1 signatures). Its retries are off, so a simulated 500 is seen once. */
  private static IAcsClient old(String ak, String sk) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", ak, sk));
  }

  private static CommonRequest oldRequest(String version, String action, MethodType method) {
    CommonRequest request = new CommonRequest();
    request.setSysDomain(SIM.sim().endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysVersion(version);
    request.setSysAction(action);
    request.setSysMethod(method);
    return request;
  }
}
