package dev.billingsim.simulator.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest;
import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest.RenewElasticityAssurancesRequestPrivatePoolOptions;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.policy.retry.RetryPolicy;
import com.aliyuncs.profile.DefaultProfile;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.simulator.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decisive tests: the official Alibaba Cloud clients, unmodified, against the gateway running
 * inside WireMock. If they accept it, the signatures, parsing and error bodies are right.
 */
class OfficialClientsIT {

  private static final String ENS = "2017-11-10";
  private static final String RENEW = "RenewARMServerInstance";
  private static final Set<String> UNSETTABLE_HEADERS =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");

  private static final GatewayUnderTest gateway = new GatewayUnderTest();
  private static WireMockServer server;

  private FakeNanoTime nanoTime;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort().extensions(gateway));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void freshGateway() {
    nanoTime = new FakeNanoTime();
    useGatewayWithWallClock(Clock.systemUTC());
    server.resetRequests();
  }

  private void useGatewayWithWallClock(Clock wallClock) {
    gateway.use(
        Gateway.create(gateway.errors(), TestKeys.LOOKUP, wallClock, new FlowControl(nanoTime)));
  }

  // ---- new client (tea-openapi), V3 and V1 ----

  @Test
  void acceptsV3SignatureFromTheNewClient() throws Exception {
    Map<String, ?> response =
        renew(
            null,
            "POST",
            Map.of("InstanceId", "aic-1", "Period", "1"),
            Map.of("PeriodUnit", "Month", "Note", "a+b c*~/中"));

    assertThat(response.get("statusCode")).isEqualTo(200);
    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V3);
    assertThat(caller.accessKeyId()).isEqualTo(TestKeys.AK);
    assertThat(caller.action()).isEqualTo(RENEW);
    assertThat(caller.version()).isEqualTo(ENS);
    assertThat(caller.parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("Period", List.of("1"))
        .containsEntry("PeriodUnit", List.of("Month"))
        .containsEntry("Note", List.of("a+b c*~/中"));
  }

  @Test
  void acceptsV3SignatureFromTheNewClientOverGet() throws Exception {
    renew(null, "GET", Map.of("InstanceId", "aic-1", "ClientToken", ""), null);

    assertThat(onlyAccepted().parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("ClientToken", List.of(""));
  }

  @Test
  void acceptsTheTypedBillingClient() throws Exception {
    new com.aliyun.bssopenapi20171214.Client(config(TestKeys.AK, TestKeys.SECRET, null))
        .queryAccountBalance();

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.action()).isEqualTo("QueryAccountBalance");
    assertThat(caller.version()).isEqualTo("2017-12-14");
  }

  @Test
  void acceptsV1SignatureFromTheNewClientOverGet() throws Exception {
    renew("v2", "GET", Map.of("InstanceId", "aic-1", "Note", "x y+z*~'!()"), null);

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(caller.parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("Note", List.of("x y+z*~'!()"))
        .doesNotContainKeys("Signature", "SignatureNonce", "Timestamp", "AccessKeyId", "Action");
  }

  @Test
  void acceptsV1SignatureFromTheNewClientOverPost() throws Exception {
    renew(
        "v2", "POST", Map.of("InstanceId", "aic-1"), Map.of("Period", "2", "PeriodUnit", "Month"));

    assertThat(onlyAccepted().parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("Period", List.of("2"))
        .containsEntry("PeriodUnit", List.of("Month"));
  }

  @Test
  void acceptsAnEmptyOptionalParameterThatTheNewClientSendsButDoesNotSign() throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("InstanceId", "aic-1");
    query.put("ClientToken", "");
    renew("v2", "GET", query, null);

    assertThat(lastServeEvent().getRequest().getUrl()).contains("ClientToken=");
    assertThat(onlyAccepted().parameters().asMap()).containsEntry("ClientToken", List.of(""));
  }

  @Test
  void acceptsTheTypedEcsClientWithAPoolIdListAndAnEmptyClientToken() throws Exception {
    renewElasticityAssurances(null);

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V3);
    assertThat(caller.action()).isEqualTo("RenewElasticityAssurances");
    assertThat(caller.version()).isEqualTo("2014-05-26");
    assertThat(caller.parameters().asMap())
        .containsEntry("PrivatePoolOptions.Id.1", List.of("eap-1"))
        .containsEntry("PrivatePoolOptions.Id.2", List.of("eap-2"))
        .containsEntry("RegionId", List.of("cn-hangzhou"))
        .containsEntry("ClientToken", List.of(""))
        .containsEntry("Period", List.of("1"))
        .containsEntry("PeriodUnit", List.of("Month"));
  }

  @Test
  void acceptsTheTypedEcsClientSigningWithV1() throws Exception {
    renewElasticityAssurances("v2");

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(caller.parameters().all("PrivatePoolOptions.Id.1")).containsExactly("eap-1");
    assertThat(caller.parameters().all("PrivatePoolOptions.Id.2")).containsExactly("eap-2");
    assertThat(caller.parameters().all("ClientToken")).containsExactly("");
  }

  // ---- old client (aliyun-java-sdk-core) ----

  @Test
  void acceptsV1SignatureFromTheOldClientOverGet() throws Exception {
    CommonRequest request = oldRequest(MethodType.GET);
    request.putQueryParameter("InstanceId", "aic-1");
    request.putQueryParameter("Note", "a b+c*~/中");

    CommonResponse response = oldClient(TestKeys.SECRET).getCommonResponse(request);

    assertThat(response.getHttpStatus()).isEqualTo(200);
    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(caller.parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("Note", List.of("a b+c*~/中"));
  }

  @Test
  void acceptsV1SignatureFromTheOldClientOverPostWithAnEmptyParameter() throws Exception {
    CommonRequest request = oldRequest(MethodType.POST);
    request.putQueryParameter("InstanceId", "aic-1");
    request.putQueryParameter("ClientToken", "");
    request.putBodyParameter("Period", "3");

    oldClient(TestKeys.SECRET).getCommonResponse(request);

    assertThat(onlyAccepted().parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("ClientToken", List.of(""))
        .containsEntry("Period", List.of("3"));
  }

  @Test
  void oldClientRetriesAnInternalErrorWithAFreshNonce() throws Exception {
    gateway.answerInternalError(1);
    DefaultAcsClient client = oldClient(TestKeys.SECRET);
    client.setSysRetryPolicy(RetryPolicy.defaultRetryPolicy(true));

    client.getCommonResponse(oldRequest(MethodType.GET));

    assertThat(gateway.accepted).hasSize(1);
    assertThat(gateway.nonces).hasSize(2).doesNotHaveDuplicates();
  }

  // ---- refusals, as the SDKs report them ----

  @Test
  void newClientReportsSignatureDoesNotMatchForAWrongSecretWithV3() {
    TeaException error = teaFailure(TestKeys.SECRET + "x", null);

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getMessage())
        .contains("Specified signature is not matched with our calculation.");
    assertThat(gateway.accepted).isEmpty();
  }

  @Test
  void newClientReportsSignatureDoesNotMatchForAWrongSecretWithV1() {
    TeaException error = teaFailure("wrong", "v2");

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  @Test
  void oldClientReportsSignatureDoesNotMatchForAWrongSecret() {
    ClientException error =
        catchThrowableOfType(
            ClientException.class,
            () -> oldClient("wrong").getCommonResponse(oldRequest(MethodType.POST)));

    assertThat(error.getErrCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getErrMsg())
        .contains("Specified signature is not matched with our calculation.");
  }

  @Test
  void errorBodyCarriesRequestIdHostIdAndRecommend() {
    TeaException error = teaFailure("wrong", null);

    Map<String, Object> data = error.getData();
    String requestId = (String) data.get("RequestId");
    assertThat(requestId)
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
    assertThat(data.get("HostId")).isEqualTo("127.0.0.1:" + server.port());
    assertThat(data.get("Code")).isEqualTo("SignatureDoesNotMatch");
    assertThat(data.get("Recommend"))
        .isEqualTo(
            "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ens&requestId="
                + requestId);
    LoggedResponse response = lastServeEvent().getResponse();
    assertThat(response.getHeaders().getHeader("Content-Type").firstValue())
        .isEqualTo("application/json;charset=utf-8");
  }

  @Test
  void unknownAccessKeyIsNotFound() {
    TeaException error = teaFailure(TestKeys.UNKNOWN_AK, "secret", null);

    assertThat(error.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
    assertThat(error.getStatusCode()).isEqualTo(404);
    assertThat(error.getMessage()).contains("Specified access key is not found.");
  }

  @Test
  void disabledAccessKeyIsInactive() {
    ClientException error =
        catchThrowableOfType(
            ClientException.class,
            () ->
                new DefaultAcsClient(
                        DefaultProfile.getProfile(
                            "cn-hangzhou", TestKeys.DISABLED_AK, TestKeys.DISABLED_SECRET))
                    .getCommonResponse(oldRequest(MethodType.GET)));

    assertThat(error.getErrCode()).isEqualTo("InvalidAccessKeyId.Inactive");
  }

  /** The V1 renewal over GET and the V3 one over POST, sent again byte for byte. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"v2, GET", ", POST"})
  void replayedRequestIsRefusedAsNonceUsed(String signatureAlgorithm, String method)
      throws Exception {
    Map<String, String> body = method.equals("POST") ? Map.of("Period", "1") : null;
    renew(signatureAlgorithm, method, Map.of("InstanceId", "aic-1"), body);

    Http.Reply replay = replay(lastServeEvent());

    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"");
    assertThat(gateway.accepted).hasSize(1);
  }

  @Test
  void flowControlThrottlesTheEleventhCallWithinASecond() throws Exception {
    com.aliyun.teaopenapi.Client client = teaClient(TestKeys.SECRET, null);
    for (int i = 0; i < 10; i++) {
      client.callApi(renewParams("POST"), new OpenApiRequest(), new RuntimeOptions());
    }

    TeaException throttled =
        catchThrowableOfType(
            TeaException.class,
            () -> client.callApi(renewParams("POST"), new OpenApiRequest(), new RuntimeOptions()));

    assertThat(throttled.getCode()).isEqualTo("Throttling.User");
    assertThat(throttled.getStatusCode()).isEqualTo(400);
    assertThat(throttled.getMessage()).contains("Request was denied due to user flow control.");
    Params otherAction = renewParams("POST").setAction("DescribeARMServerInstances");
    client.callApi(otherAction, new OpenApiRequest(), new RuntimeOptions());

    nanoTime.advance(Duration.ofSeconds(1));
    client.callApi(renewParams("POST"), new OpenApiRequest(), new RuntimeOptions());
    assertThat(gateway.accepted).hasSize(12);
  }

  @Test
  void clientTwentyMinutesBehindTheServerGetsTimestampExpired() {
    useGatewayWithWallClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20)));

    TeaException error = teaFailure(TestKeys.SECRET, "v2");

    assertThat(error.getCode()).isEqualTo("InvalidTimeStamp.Expired");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  @Test
  void timestampsAreJudgedAgainstTheInjectedWallClock() throws Exception {
    useGatewayWithWallClock(new MovableClock(Instant.now().minus(Duration.ofMinutes(14))));

    renew(null, "POST", null, null);

    assertThat(gateway.accepted).hasSize(1);
  }

  @Test
  void requestToAnotherPathIsActionNotFound() throws Exception {
    Http.Reply response =
        Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/some/path?Action=X")));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).contains("\"Code\":\"InvalidAction.NotFound\"");
  }

  @Test
  void oversizedBodyIsInvalidParameterNotAServerError() throws Exception {
    byte[] body = new byte[RpcRequestParser.DEFAULT_MAX_BODY_BYTES + 1];
    Http.Reply response =
        Http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"Code\":\"InvalidParameter\"");
  }

  // ---- helpers ----

  private static Params renewParams(String method) {
    return new Params()
        .setAction(RENEW)
        .setVersion(ENS)
        .setProtocol("HTTP")
        .setPathname("/")
        .setMethod(method)
        .setAuthType("AK")
        .setStyle("RPC")
        .setReqBodyType("formData")
        .setBodyType("json");
  }

  /** A renewal through the new client, signing with TestKeys.SECRET (null: no query or body). */
  private static Map<String, ?> renew(
      String signatureAlgorithm, String method, Map<String, String> query, Map<String, ?> body)
      throws Exception {
    return teaClient(TestKeys.SECRET, signatureAlgorithm)
        .callApi(
            renewParams(method),
            new OpenApiRequest().setQuery(query).setBody(body),
            new RuntimeOptions());
  }

  private static Config config(String accessKeyId, String secret, String signatureAlgorithm) {
    Config config =
        new Config()
            .setAccessKeyId(accessKeyId)
            .setAccessKeySecret(secret)
            .setEndpoint("127.0.0.1:" + server.port())
            .setProtocol("HTTP")
            .setRegionId("cn-hangzhou");
    if (signatureAlgorithm != null) {
      config.setSignatureAlgorithm(signatureAlgorithm);
    }
    return config;
  }

  private static com.aliyun.teaopenapi.Client teaClient(String secret, String signatureAlgorithm)
      throws Exception {
    return new com.aliyun.teaopenapi.Client(config(TestKeys.AK, secret, signatureAlgorithm));
  }

  private static TeaException teaFailure(String secret, String signatureAlgorithm) {
    return teaFailure(TestKeys.AK, secret, signatureAlgorithm);
  }

  private static TeaException teaFailure(
      String accessKeyId, String secret, String signatureAlgorithm) {
    return catchThrowableOfType(
        TeaException.class,
        () ->
            new com.aliyun.teaopenapi.Client(config(accessKeyId, secret, signatureAlgorithm))
                .callApi(
                    renewParams("POST"),
                    new OpenApiRequest().setQuery(Map.of("InstanceId", "aic-1")),
                    new RuntimeOptions()));
  }

  private static void renewElasticityAssurances(String signatureAlgorithm) throws Exception {
    com.aliyun.ecs20140526.Client ecs =
        new com.aliyun.ecs20140526.Client(config(TestKeys.AK, TestKeys.SECRET, signatureAlgorithm));
    ecs.renewElasticityAssurances(
        new RenewElasticityAssurancesRequest()
            .setRegionId("cn-hangzhou")
            .setPrivatePoolOptions(
                new RenewElasticityAssurancesRequestPrivatePoolOptions()
                    .setId(List.of("eap-1", "eap-2")))
            .setClientToken("")
            .setPeriod(1)
            .setPeriodUnit("Month"));
  }

  private static DefaultAcsClient oldClient(String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", TestKeys.AK, secret));
  }

  private static CommonRequest oldRequest(MethodType method) {
    CommonRequest request = new CommonRequest();
    request.setSysDomain("127.0.0.1:" + server.port());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysVersion(ENS);
    request.setSysAction(RENEW);
    request.setSysMethod(method);
    return request;
  }

  private static VerifiedRequest onlyAccepted() {
    assertThat(gateway.accepted).hasSize(1);
    return gateway.accepted.get(0);
  }

  private static ServeEvent lastServeEvent() {
    List<ServeEvent> events = server.getAllServeEvents();
    assertThat(events).isNotEmpty();
    return events.get(0);
  }

  /** Sends the logged request again, byte for byte as far as java.net.http allows. */
  private static Http.Reply replay(ServeEvent event) {
    var logged = event.getRequest();
    // The same host as the client used: V3 signs the Host header.
    URI uri = URI.create("http://127.0.0.1:" + server.port() + logged.getUrl());
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    for (HttpHeader header : logged.getHeaders().all()) {
      if (!UNSETTABLE_HEADERS.contains(header.key().toLowerCase())) {
        for (String value : header.values()) {
          builder.header(header.key(), value);
        }
      }
    }
    builder.method(
        logged.getMethod().getName(), HttpRequest.BodyPublishers.ofByteArray(logged.getBody()));
    return Http.send(builder);
  }
}
