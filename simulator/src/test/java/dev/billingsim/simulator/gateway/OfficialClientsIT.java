package dev.billingsim.simulator.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ecs20140526.models.RenewElasticityAssurancesRequest.RenewElasticityAssurancesRequestPrivatePoolOptions;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.OpenApiRequest;
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
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.common.base.Splitter;
import dev.billingsim.domain.clock.MovableClock;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.Sdk;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  /**
   * A renewal signed with V1 or V3, over GET or POST: every parameter sent arrives, as sent; the
   * fourth sends an empty optional parameter that the new client sends but does not sign.
   */
  @ParameterizedTest(name = "v1={0} {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          false | POST | InstanceId=aic-1&Period=1         | PeriodUnit=Month&Note=a+b c*~/中
          false | GET  | InstanceId=aic-1&ClientToken=     |
          true  | GET  | InstanceId=aic-1&Note=x y+z*~'!() |
          true  | GET  | InstanceId=aic-1&ClientToken=     |
          true  | POST | InstanceId=aic-1                  | Period=2&PeriodUnit=Month
          """)
  void acceptsTheNewClientsRenewal(boolean v1, String method, String query, String body)
      throws Exception {
    Map<String, ?> response = renew(v1, method, pairs(query), body == null ? null : pairs(body));

    assertThat(response.get("statusCode")).isEqualTo(200);
    String url = lastServeEvent().getRequest().getUrl();
    pairs(query).keySet().forEach(name -> assertThat(url).contains(name + "="));
    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(v1 ? SignatureScheme.V1 : SignatureScheme.V3);
    assertThat(caller.accessKeyId()).isEqualTo(TestKeys.AK);
    assertThat(caller.action()).isEqualTo(RENEW);
    assertThat(caller.version()).isEqualTo(ENS);
    assertThat(caller.parameters().asMap())
        .containsAllEntriesOf(sent(query, body))
        .doesNotContainKeys("Signature", "SignatureNonce", "Timestamp", "AccessKeyId", "Action");
  }

  @Test
  void acceptsTheTypedBillingClient() throws Exception {
    new com.aliyun.bssopenapi20171214.Client(
            Sdk.config(endpoint(), TestKeys.AK, TestKeys.SECRET, false))
        .queryAccountBalance();

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.action()).isEqualTo("QueryAccountBalance");
    assertThat(caller.version()).isEqualTo("2017-12-14");
  }

  /** The typed ECS client, with a pool id list and an empty ClientToken, V3- or V1-signed. */
  @ParameterizedTest(name = "v1={0}")
  @ValueSource(booleans = {false, true})
  void acceptsTheTypedEcsClient(boolean v1) throws Exception {
    Sdk.ecs(endpoint(), TestKeys.AK, TestKeys.SECRET, v1)
        .renewElasticityAssurances(
            Sdk.assuranceRenewal("eap-1", 1, "")
                .setPrivatePoolOptions(
                    new RenewElasticityAssurancesRequestPrivatePoolOptions()
                        .setId(List.of("eap-1", "eap-2"))));

    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(v1 ? SignatureScheme.V1 : SignatureScheme.V3);
    assertThat(caller.action()).isEqualTo("RenewElasticityAssurances");
    assertThat(caller.version()).isEqualTo("2014-05-26");
    assertThat(caller.parameters().asMap())
        .containsAllEntriesOf(
            sent(
                "PrivatePoolOptions.Id.1=eap-1&PrivatePoolOptions.Id.2=eap-2&RegionId=cn-hangzhou"
                    + "&ClientToken=&Period=1&PeriodUnit=Month",
                null));
  }

  // ---- old client (aliyun-java-sdk-core) ----

  /** The old client's V1 renewal over GET, and over POST with an empty parameter. */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GET  | InstanceId=aic-1&Note=a b+c*~/中 |
          POST | InstanceId=aic-1&ClientToken=   | Period=3
          """)
  void acceptsV1SignatureFromTheOldClient(MethodType method, String query, String body)
      throws Exception {
    CommonRequest request = oldRequest(method);
    pairs(query).forEach(request::putQueryParameter);
    pairs(body).forEach(request::putBodyParameter);

    CommonResponse response = oldClient(TestKeys.AK, TestKeys.SECRET).getCommonResponse(request);

    assertThat(response.getHttpStatus()).isEqualTo(200);
    VerifiedRequest caller = onlyAccepted();
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(caller.parameters().asMap()).containsAllEntriesOf(sent(query, body));
  }

  @Test
  void oldClientRetriesAnInternalErrorWithAFreshNonce() throws Exception {
    gateway.answerInternalError(1);
    DefaultAcsClient client = oldClient(TestKeys.AK, TestKeys.SECRET);
    client.setSysRetryPolicy(RetryPolicy.defaultRetryPolicy(true));

    client.getCommonResponse(oldRequest(MethodType.GET));

    assertThat(gateway.accepted).hasSize(1);
    assertThat(gateway.nonces).hasSize(2).doesNotHaveDuplicates();
  }

  // ---- refusals, as the SDKs report them ----

  @Test
  void newClientReportsSignatureDoesNotMatchForAWrongSecretWithV3() {
    TeaException error = teaFailure(TestKeys.AK, TestKeys.SECRET + "x", false);

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
    assertThat(error.getMessage())
        .contains("Specified signature is not matched with our calculation.");
    assertThat(gateway.accepted).isEmpty();
  }

  @Test
  void newClientReportsSignatureDoesNotMatchForAWrongSecretWithV1() {
    TeaException error = teaFailure(TestKeys.AK, "wrong", true);

    assertThat(error.getCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  @Test
  void oldClientReportsSignatureDoesNotMatchForAWrongSecret() {
    ClientException error =
        catchThrowableOfType(
            ClientException.class,
            () -> oldClient(TestKeys.AK, "wrong").getCommonResponse(oldRequest(MethodType.POST)));

    assertThat(error.getErrCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.getErrMsg())
        .contains("Specified signature is not matched with our calculation.");
  }

  @Test
  void errorBodyCarriesRequestIdHostIdAndRecommend() {
    TeaException error = teaFailure(TestKeys.AK, "wrong", false);

    Map<String, Object> data = error.getData();
    String requestId = (String) data.get("RequestId");
    assertThat(requestId)
        .matches("[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
    assertThat(data.get("HostId")).isEqualTo(endpoint());
    assertThat(data.get("Code")).isEqualTo("SignatureDoesNotMatch");
    assertThat(data.get("Recommend"))
        .isEqualTo(
            "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Ens&requestId="
                + requestId);
    assertThat(lastServeEvent().getResponse().getHeaders().getHeader("Content-Type").firstValue())
        .isEqualTo("application/json;charset=utf-8");
  }

  @Test
  void unknownAccessKeyIsNotFound() {
    TeaException error = teaFailure(TestKeys.UNKNOWN_AK, "secret", false);

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
                oldClient(TestKeys.DISABLED_AK, TestKeys.DISABLED_SECRET)
                    .getCommonResponse(oldRequest(MethodType.GET)));

    assertThat(error.getErrCode()).isEqualTo("InvalidAccessKeyId.Inactive");
  }

  /** The V1 renewal over GET and the V3 one over POST, sent again byte for byte. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"true, GET", "false, POST"})
  void replayedRequestIsRefusedAsNonceUsed(boolean v1, String method) throws Exception {
    Map<String, String> body = method.equals("POST") ? Map.of("Period", "1") : null;
    renew(v1, method, Map.of("InstanceId", "aic-1"), body);

    Http.Reply replay = replay(lastServeEvent());

    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.body()).contains("\"Code\":\"SignatureNonceUsed\"");
    assertThat(gateway.accepted).hasSize(1);
  }

  @Test
  void flowControlThrottlesTheEleventhCallWithinASecond() throws Exception {
    for (int i = 0; i < 10; i++) {
      renew(false, "POST", null, null);
    }

    TeaException throttled =
        catchThrowableOfType(TeaException.class, () -> renew(false, "POST", null, null));

    assertThat(throttled.getCode()).isEqualTo("Throttling.User");
    assertThat(throttled.getStatusCode()).isEqualTo(400);
    assertThat(throttled.getMessage()).contains("Request was denied due to user flow control.");
    teaClient(false)
        .callApi(
            Sdk.rpc(ENS, "DescribeARMServerInstances", "POST"),
            new OpenApiRequest(),
            new RuntimeOptions());

    nanoTime.advance(Duration.ofSeconds(1));
    renew(false, "POST", null, null);
    assertThat(gateway.accepted).hasSize(12);
  }

  @Test
  void clientTwentyMinutesBehindTheServerGetsTimestampExpired() {
    useGatewayWithWallClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20)));

    TeaException error = teaFailure(TestKeys.AK, TestKeys.SECRET, true);

    assertThat(error.getCode()).isEqualTo("InvalidTimeStamp.Expired");
    assertThat(error.getStatusCode()).isEqualTo(400);
  }

  @Test
  void timestampsAreJudgedAgainstTheInjectedWallClock() throws Exception {
    useGatewayWithWallClock(new MovableClock(Instant.now().minus(Duration.ofMinutes(14))));

    renew(false, "POST", null, null);

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
    byte[] body = new byte[RpcRequestParser.MAX_BODY_BYTES + 1];
    Http.Reply response =
        Http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"Code\":\"InvalidParameter\"");
  }

  // ---- helpers ----

  /** {@code name=value&...}, unencoded, in that order (null: none). */
  private static Map<String, String> pairs(String pairs) {
    return pairs == null ? Map.of() : Splitter.on('&').withKeyValueSeparator('=').split(pairs);
  }

  /** The parameters of query and body, as the gateway lists them. */
  private static Map<String, List<String>> sent(String query, String body) {
    Map<String, List<String>> sent = new HashMap<>();
    Stream.of(pairs(query), pairs(body)).forEach(p -> p.forEach((k, v) -> sent.put(k, List.of(v))));
    return sent;
  }

  private static String endpoint() {
    return "127.0.0.1:" + server.port();
  }

  /** A renewal through the new client, signing with TestKeys.SECRET (null: no query or body). */
  private static Map<String, ?> renew(
      boolean v1, String method, Map<String, String> query, Map<String, ?> body) throws Exception {
    return teaClient(v1)
        .callApi(
            Sdk.rpc(ENS, RENEW, method),
            new OpenApiRequest().setQuery(query).setBody(body),
            new RuntimeOptions());
  }

  private static com.aliyun.teaopenapi.Client teaClient(boolean v1) throws Exception {
    return new com.aliyun.teaopenapi.Client(
        Sdk.config(endpoint(), TestKeys.AK, TestKeys.SECRET, v1));
  }

  private static TeaException teaFailure(String accessKeyId, String secret, boolean v1) {
    return catchThrowableOfType(
        TeaException.class,
        () ->
            new com.aliyun.teaopenapi.Client(Sdk.config(endpoint(), accessKeyId, secret, v1))
                .callApi(
                    Sdk.rpc(ENS, RENEW, "POST"),
                    new OpenApiRequest().setQuery(Map.of("InstanceId", "aic-1")),
                    new RuntimeOptions()));
  }

  private static DefaultAcsClient oldClient(String accessKeyId, String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
  }

  private static CommonRequest oldRequest(MethodType method) {
    CommonRequest request = new CommonRequest();
    request.setSysDomain(endpoint());
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
    URI uri = URI.create("http://" + endpoint() + logged.getUrl());
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
