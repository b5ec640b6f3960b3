package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RpcRequestParserTest {

  private static final Map<String, List<String>> FORM =
      Map.of("Content-Type", List.of("application/x-www-form-urlencoded"));

  private final GatewayErrors errors = GatewayErrors.load();
  private final RpcRequestParser parser = new RpcRequestParser(errors);

  @Test
  void decodesPlusAsSpaceAndPercent2BAsPlus() {
    RpcRequest request = get("/?Note=a+b%2Bc%20d");

    assertThat(request.parameters().firstOrNull("Note")).isEqualTo("a b+c d");
  }

  @Test
  void keepsRepeatedParametersInArrivalOrder() {
    RpcRequest request = get("/?Id=2&Other=x&Id=1");

    assertThat(request.parameters().all("Id")).containsExactly("2", "1");
    assertThat(request.parameters().asMap().get("Id")).containsExactly("2", "1");
  }

  @Test
  void readsTheFormBodyAfterTheQuery() {
    RpcRequest request = parse("POST", "/?A=1&B=2", FORM, "B=3&C=%E4%B8%AD");

    assertThat(request.query().asMap()).containsOnlyKeys("A", "B");
    assertThat(request.form().asMap()).containsOnlyKeys("B", "C");
    assertThat(request.parameters().all("B")).containsExactly("2", "3");
    assertThat(request.parameters().firstOrNull("C")).isEqualTo("中");
  }

  @Test
  void ignoresABodyThatIsNotAForm() {
    RpcRequest request =
        parse("POST", "/", Map.of("Content-Type", List.of("application/json")), "A=1");

    assertThat(request.parameters().isEmpty()).isTrue();
    assertThat(request.body()).hasSize(3);
  }

  @Test
  void acceptsAFormContentTypeWithCharsetInAnyCase() {
    RpcRequest request =
        parse(
            "POST",
            "/",
            Map.of("content-TYPE", List.of("Application/X-WWW-Form-Urlencoded; charset=UTF-8")),
            "A=1");

    assertThat(request.parameters().firstOrNull("A")).isEqualTo("1");
  }

  @Test
  void readsHeadersCaseInsensitively() {
    RpcRequest request = parse("GET", "/", Map.of("X-Acs-Action", List.of("Describe")), "");

    assertThat(request.headers().firstOrNull("x-acs-action")).isEqualTo("Describe");
    assertThat(request.headers().firstOrNull("X-ACS-ACTION")).isEqualTo("Describe");
    assertThat(request.headers().names()).containsExactly("x-acs-action");
  }

  @Test
  void takesActionVersionAndAccessKeyIdFromTheV3Headers() {
    RpcRequest request =
        parse(
            "POST",
            "/?InstanceId=aic-1",
            Map.of(
                "x-acs-action", List.of("RenewARMServerInstance"),
                "x-acs-version", List.of("2017-11-10"),
                "Authorization",
                    List.of(
                        "ACS3-HMAC-SHA256"
                            + " Credential=AK1,SignedHeaders=host;x-acs-date,Signature=ab")),
            "");

    assertThat(request.scheme()).isEqualTo(SignatureScheme.V3);
    assertThat(request.action()).isEqualTo("RenewARMServerInstance");
    assertThat(request.version()).isEqualTo("2017-11-10");
    assertThat(request.accessKeyId()).isEqualTo("AK1");
  }

  @Test
  void takesActionVersionAndAccessKeyIdFromV1Parameters() {
    RpcRequest request = get("/?Action=A&Version=2014-05-26&AccessKeyId=AK2");

    assertThat(request.scheme()).isEqualTo(SignatureScheme.V1);
    assertThat(request.action()).isEqualTo("A");
    assertThat(request.version()).isEqualTo("2014-05-26");
    assertThat(request.accessKeyId()).isEqualTo("AK2");
  }

  @Test
  void treatsEmptyActionAsAbsent() {
    assertThat(get("/?Action=&Version=").action()).isNull();
  }

  @Test
  void readsANameWithoutEqualsAsAnEmptyValueAndSkipsEmptySegments() {
    RpcRequest request = get("/?ClientToken&&A=1&=orphan&");

    assertThat(request.parameters().asList())
        .containsExactly(new RpcParameter("ClientToken", ""), new RpcParameter("A", "1"));
  }

  @Test
  void acceptsAnAbsoluteUrlAndDropsTheFragment() {
    RpcRequest request = get("http://127.0.0.1:8080/?A=1#frag");

    assertThat(request.path()).isEqualTo("/");
    assertThat(request.parameters().firstOrNull("A")).isEqualTo("1");
  }

  @Test
  void keepsTheRawPathAndTheHeaders() {
    RpcRequest request =
        parse("GET", "/other%20path?A=1", Map.of("Host", List.of("127.0.0.1:9")), "");

    assertThat(request.path()).isEqualTo("/other%20path");
    assertThat(request.headers().firstOrNull("host")).isEqualTo("127.0.0.1:9");
  }

  @Test
  void acceptsABodyOfExactlyOneMebibyteAndRefusesOneByteMore() {
    assertThat(parser.parse("POST", "/", FORM, new byte[1024 * 1024]))
        .isInstanceOf(RpcRequest.class);
    assertThat(parser.parse("POST", "/", FORM, new byte[1024 * 1024 + 1]))
        .isEqualTo(errors.invalidParameter("Body"));
  }

  @Test
  void refusesAUrlOverEightKibibytes() {
    String limit = "/?A=" + "x".repeat(8 * 1024 - 4);

    assertThat(parser.parse("GET", limit, Map.of(), null)).isInstanceOf(RpcRequest.class);
    assertThat(parser.parse("GET", limit + "x", Map.of(), null))
        .isEqualTo(errors.invalidParameter("URL"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "%4", "%G0", "%4G", "abc%", "%%41"})
  void refusesInvalidPercentEncodingNamingTheParameter(String value) {
    ParseOutcome outcome = parser.parse("GET", "/?Ok=1&Bad=" + value, Map.of(), null);

    assertThat(outcome).isEqualTo(errors.invalidParameter("Bad"));
    assertThat(((GatewayError) outcome).httpStatus()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%C3%28", // bad continuation
        "%C0%AF", // overlong '/'
        "%E0%80%AF", // overlong three-byte
        "%ED%A0%80", // UTF-16 surrogate
        "%F4%90%80%80", // past U+10FFFF
        "%80", // lone continuation
        "%FF",
        "%E2%82" // truncated
      })
  void refusesInvalidUtf8(String value) {
    assertThat(parser.parse("GET", "/?Bad=" + value, Map.of(), null))
        .isEqualTo(errors.invalidParameter("Bad"));
  }

  @Test
  void refusesInvalidUtf8InARawFormBody() {
    byte[] body = {'B', 'a', 'd', '=', (byte) 0xFF, (byte) 0xFE};

    assertThat(parser.parse("POST", "/", FORM, body)).isEqualTo(errors.invalidParameter("Bad"));
  }

  @Test
  void namesTheQueryStringWhenAParameterNameCannotBeDecoded() {
    assertThat(parser.parse("GET", "/?%ZZ=1", Map.of(), null))
        .isEqualTo(errors.invalidParameter("QueryString"));
  }

  @Test
  void acceptsValidFourByteUtf8() {
    assertThat(get("/?Emoji=%F0%9F%98%80").parameters().firstOrNull("Emoji")).isEqualTo("😀");
  }

  @Test
  void acceptsMissingHeadersAndBody() {
    assertThat(parser.parse("GET", "/", (Map<String, List<String>>) null, null))
        .isInstanceOf(RpcRequest.class);
  }

  @Test
  void refusesAMissingUrlOrMethodWithoutThrowing() {
    assertThat(parser.parse("GET", null, Map.of(), null)).isEqualTo(errors.invalidParameter("URL"));
    assertThat(parser.parse(null, "/", Map.of(), null)).isEqualTo(errors.unsupportedHttpMethod());
  }

  @Test
  void garbageAuthorizationHeadersNeverThrow() {
    Gateway gateway =
        Gateway.create(errors, TestKeys.LOOKUP, java.time.Clock.systemUTC(), FlowControl.off());
    List<String> garbage =
        List.of(
            "",
            " ",
            "ACS3-",
            "ACS3-HMAC-SHA256",
            "ACS3-HMAC-SHA256 ",
            "ACS3-HMAC-SHA256 ,,,,",
            "ACS3-HMAC-SHA256 Credential=",
            "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=,Signature=x",
            "ACS3-HMAC-SHA256 Credential==,SignedHeaders=;;;,Signature==",
            "ACS3-HMAC-SHA256 =,=,=",
            "ACS3-HMAC-SM3 Credential=a,SignedHeaders=host,Signature=00",
            "Bearer abc",
            "\u0000\u0001",
            "ACS3-HMAC-SHA256 " + "Credential=a,".repeat(5000));
    for (String header : garbage) {
      Map<String, List<String>> headers =
          Map.of(
              "Authorization", List.of(header),
              "x-acs-action", List.of("A"),
              "x-acs-version", List.of("V"),
              "x-acs-date", List.of(OfficialSigner.TIMESTAMP.format(java.time.Instant.now())));
      assertThatCode(
              () -> {
                ParseOutcome parsed = parser.parse("POST", "/", headers, new byte[0]);
                assertThat(parsed).isInstanceOf(RpcRequest.class);
                GatewayOutcome outcome = gateway.authenticate((RpcRequest) parsed);
                assertThat(outcome).isInstanceOf(GatewayError.class);
                assertThat(((GatewayError) outcome).code())
                    .isIn(
                        "IncompleteSignature",
                        "SignatureDoesNotMatch",
                        "InvalidAccessKeyId.NotFound");
              })
          .as("Authorization: %s", header)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void randomInputNeverEscapesAsAnException() {
    SplittableRandom random = new SplittableRandom(99);
    for (int i = 0; i < 5_000; i++) {
      byte[] body = new byte[random.nextInt(64)];
      for (int b = 0; b < body.length; b++) {
        body[b] = (byte) random.nextInt(256);
      }
      String url = "/?" + new String(body, StandardCharsets.ISO_8859_1);
      assertThatCode(
              () -> {
                assertThat(parser.parse("GET", url, Map.of(), null)).isNotNull();
                assertThat(parser.parse("POST", "/", FORM, body)).isNotNull();
              })
          .doesNotThrowAnyException();
    }
  }

  private RpcRequest get(String url) {
    return parse("GET", url, Map.of(), "");
  }

  private RpcRequest parse(
      String method, String url, Map<String, List<String>> headers, String body) {
    ParseOutcome outcome =
        parser.parse(method, url, headers, body.getBytes(StandardCharsets.UTF_8));
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }
}
