package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.billingsim.domain.clock.MovableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GatewayTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private final GatewayErrors errors = GatewayErrors.load();
  private final MovableClock clock = new MovableClock(NOW);
  private final FakeNanoTime nanoTime = new FakeNanoTime();
  private final Gateway gateway =
      Gateway.create(errors, TestKeys.LOOKUP, clock, new FlowControl(nanoTime));

  @Test
  void acceptsAWellSignedV1RequestAndKeepsOnlyBusinessParameters() throws Exception {
    RpcRequest request = SignedRequests.v1(NOW).with("ClientToken", "").with("Period", "2").build();

    VerifiedRequest caller = accepted(gateway.authenticate(request));

    assertThat(caller.accessKeyId()).isEqualTo(TestKeys.AK);
    assertThat(caller.action()).isEqualTo("RenewARMServerInstance");
    assertThat(caller.version()).isEqualTo("2017-11-10");
    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(caller.parameters().asList())
        .containsExactly(
            new RpcParameter("InstanceId", "aic-1"),
            new RpcParameter("ClientToken", ""),
            new RpcParameter("Period", "2"));
  }

  @Test
  void acceptsAWellSignedV3Request() throws Exception {
    VerifiedRequest caller = accepted(gateway.authenticate(SignedRequests.v3(NOW).build()));

    assertThat(caller.scheme()).isEqualTo(SignatureScheme.V3);
    assertThat(caller.parameters().asMap())
        .containsEntry("InstanceId", List.of("aic-1"))
        .containsEntry("Period", List.of("1"));
  }

  @Test
  void refusesAnUnsupportedMethodFirst() throws Exception {
    RpcRequest put = parse("PUT", "/other?nothing=1", Map.of());

    assertThat(gateway.authenticate(put)).isEqualTo(errors.unsupportedHttpMethod());
  }

  @Test
  void answersAnotherPathAsActionNotFound() throws Exception {
    assertThat(gateway.authenticate(parse("GET", "/ecs/describe?Action=A&Version=V", Map.of())))
        .isEqualTo(errors.actionNotFound());
  }

  static Stream<Arguments> refusals() {
    RpcRequest v3WithoutSignature =
        parse(
            "POST",
            "/",
            Map.of(
                "Authorization", List.of("ACS3-HMAC-SHA256 Credential=" + TestKeys.AK),
                "x-acs-action", List.of("A"),
                "x-acs-version", List.of("V")));
    return Stream.of(
        arguments(SignedRequests.v1(NOW).with("Signature", "").build(), "IncompleteSignature"),
        arguments(SignedRequests.v1(NOW).without("AccessKeyId").build(), "IncompleteSignature"),
        arguments(v3WithoutSignature, "IncompleteSignature"),
        arguments(
            SignedRequests.v1(NOW).with("Timestamp", "2024-05-01 10:00").build(),
            "InvalidTimeStamp.Format"),
        // fifteen minutes off, before looking at the key
        arguments(
            SignedRequests.v1(NOW.minus(Duration.ofMinutes(16)))
                .with("AccessKeyId", TestKeys.UNKNOWN_AK)
                .build(),
            "InvalidTimeStamp.Expired"),
        arguments(
            SignedRequests.v3(NOW.plus(Duration.ofMinutes(16))).build(),
            "InvalidTimeStamp.Expired"),
        arguments(
            SignedRequests.v1(NOW)
                .with("AccessKeyId", TestKeys.DISABLED_AK)
                .secret(TestKeys.DISABLED_SECRET)
                .build(),
            "InvalidAccessKeyId.Inactive"));
  }

  /** A missing signature or key id, a bad or stale timestamp, a disabled key: refused. */
  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("refusals")
  void refusesWithTheCode(RpcRequest request, String code) {
    assertThat(code(request)).isEqualTo(code);
  }

  @Test
  void refusesASignatureMethodOtherThanHmacSha1() throws Exception {
    assertThat(
            gateway.authenticate(
                SignedRequests.v1(NOW).with("SignatureMethod", "HMAC-SHA256").build()))
        .isEqualTo(errors.invalidParameter("SignatureMethod"));
  }

  @Test
  void refusesAnUnknownAccessKeyWith404BeforeCheckingTheSignature() throws Exception {
    RpcRequest request =
        SignedRequests.v1(NOW)
            .with("AccessKeyId", TestKeys.UNKNOWN_AK)
            .with("Signature", "junk")
            .build();

    GatewayError error = refused(gateway.authenticate(request));

    assertThat(error.code()).isEqualTo("InvalidAccessKeyId.NotFound");
    assertThat(error.httpStatus()).isEqualTo(404);
    assertThat(error.message()).isEqualTo("Specified access key is not found.");
  }

  @Test
  void refusesAWrongSignatureWithoutRevealingTheSecretOrTheExpectedSignature() throws Exception {
    RpcRequest request = SignedRequests.v1(NOW).secret("guess").build();
    var sorted = SignatureV1.sortedWithoutSignature(request.parameters());
    String expected =
        new String(
            new SignatureV1().sign("GET", sorted, TestKeys.SECRET), StandardCharsets.US_ASCII);

    GatewayError error = refused(gateway.authenticate(request));

    assertThat(error.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.toString()).doesNotContain(TestKeys.SECRET).doesNotContain(expected);
    assertThat(code(SignedRequests.v3(NOW).secret("guess").build()))
        .isEqualTo("SignatureDoesNotMatch");
  }

  /** A V1 parameter or a V3 header the signature needs, left out: named in MissingParameter. */
  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource({
    "V1, Action",
    "V1, Version",
    "V1, Timestamp",
    "V3, x-acs-date",
    "V1, SignatureNonce",
    "V3, x-acs-signature-nonce"
  })
  void refusesAMissingParameterNamingIt(SignatureScheme scheme, String name) throws Exception {
    SignedRequests request =
        scheme == SignatureScheme.V1 ? SignedRequests.v1(NOW) : SignedRequests.v3(NOW);

    assertThat(gateway.authenticate(request.without(name).build()))
        .isEqualTo(errors.missingParameter(name));
  }

  @Test
  void refusesAReplayedNonce() throws Exception {
    accepted(gateway.authenticate(SignedRequests.v1(NOW).with("SignatureNonce", "n-1").build()));

    assertThat(
            code(SignedRequests.v1(NOW).with("SignatureNonce", "n-1").with("Period", "2").build()))
        .isEqualTo("SignatureNonceUsed");
    accepted(
        gateway.authenticate(SignedRequests.v3(NOW).with("x-acs-signature-nonce", "n-3").build()));
    assertThat(code(SignedRequests.v3(NOW).with("x-acs-signature-nonce", "n-3").build()))
        .isEqualTo("SignatureNonceUsed");
  }

  @Test
  void aForgedRequestDoesNotUseUpTheNonce() throws Exception {
    assertThat(code(SignedRequests.v1(NOW).with("SignatureNonce", "n-2").secret("forged").build()))
        .isEqualTo("SignatureDoesNotMatch");

    accepted(gateway.authenticate(SignedRequests.v1(NOW).with("SignatureNonce", "n-2").build()));
  }

  @Test
  void throttlesTheEleventhCallWithinASecond() throws Exception {
    for (int i = 0; i < 10; i++) {
      accepted(gateway.authenticate(SignedRequests.v1(NOW).build()));
    }

    GatewayError error = refused(gateway.authenticate(SignedRequests.v1(NOW).build()));

    assertThat(error.code()).isEqualTo("Throttling.User");
    assertThat(error.message()).isEqualTo("Request was denied due to user flow control.");
    accepted(
        gateway.authenticate(
            SignedRequests.v1(NOW).with("Action", "DescribeARMServerInstances").build()));
    nanoTime.advance(Duration.ofMillis(100));
    accepted(gateway.authenticate(SignedRequests.v1(NOW).build()));
  }

  @Test
  void answersInternalErrorInsteadOfThrowingWhenTheKeyLookupFails() throws Exception {
    Gateway broken =
        Gateway.create(
            errors,
            accessKeyId -> {
              throw new IllegalStateException("store down");
            },
            clock,
            FlowControl.off());

    assertThat(broken.authenticate(SignedRequests.v1(NOW).build()))
        .isEqualTo(errors.internalError());
  }

  @Test
  void foldsAnOutcomeEitherWay() throws Exception {
    GatewayOutcome ok = gateway.authenticate(SignedRequests.v1(NOW).build());
    GatewayOutcome refused = gateway.authenticate(SignedRequests.v1(NOW).secret("x").build());

    assertThat(ok.fold(VerifiedRequest::action, GatewayError::code))
        .isEqualTo("RenewARMServerInstance");
    assertThat(refused.fold(VerifiedRequest::action, GatewayError::code))
        .isEqualTo("SignatureDoesNotMatch");
  }

  private String code(RpcRequest request) {
    return refused(gateway.authenticate(request)).code();
  }

  private static VerifiedRequest accepted(GatewayOutcome outcome) {
    assertThat(outcome).isInstanceOf(VerifiedRequest.class);
    return (VerifiedRequest) outcome;
  }

  private static GatewayError refused(GatewayOutcome outcome) {
    assertThat(outcome).isInstanceOf(GatewayError.class);
    return (GatewayError) outcome;
  }

  private static RpcRequest parse(String method, String url, Map<String, List<String>> headers) {
    return (RpcRequest)
        new RpcRequestParser(GatewayErrors.load()).parse(method, url, headers, null);
  }
}
