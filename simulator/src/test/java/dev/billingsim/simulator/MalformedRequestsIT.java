package dev.billingsim.simulator;

import static java.net.http.HttpRequest.BodyPublishers.noBody;
import static java.net.http.HttpRequest.BodyPublishers.ofByteArray;
import static java.net.http.HttpRequest.BodyPublishers.ofString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.billingsim.simulator.admin.AdminRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input never gets a 500, a hang or a stack trace: garbage bodies, 1 MB values, invalid UTF-8,
 * wrong content types and methods, broken state documents, and correctly signed requests with
 * nonsense values all get a JSON 4xx, and the state is unchanged afterwards.
 */
class MalformedRequestsIT {

  @RegisterExtension
  static final InProcessSimulator SIM = new InProcessSimulator(options -> options.seed(3L));

  private static String before;

  @BeforeAll
  static void keepTheStartingState() {
    before = SIM.admin().get("/state").body();
  }

  private static final List<String> BROKEN_ENCODINGS =
      List.of(
          "%ZZ", "%", "%E0%A4", "%C3%28", "%FF%FE", "%ED%A0%80", "a%00b", "%%41", "%G1", "%c3%a9%");

  private static HttpRequest.Builder rpc(String query) {
    return HttpRequest.newBuilder(URI.create(SIM.baseUrl() + "/" + query));
  }

  private static HttpRequest.Builder formPost(HttpRequest.BodyPublisher body) {
    return rpc("").header("Content-Type", "application/x-www-form-urlencoded").POST(body);
  }

  private static List<HttpRequest.Builder> unsignedGarbage() {
    Random random = new Random(5);
    List<HttpRequest.Builder> requests = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      byte[] body = new byte[1 + random.nextInt(2000)];
      random.nextBytes(body);
      requests.add(formPost(ofByteArray(body)));
    }
    for (String type :
        List.of(
            "application/json",
            "text/xml",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "text/plain",
            "application/x-www-form-urlencoded; charset=latin1")) {
      for (String body :
          List.of(
              "{\"Action\":\"RenewARMServerInstance\"}", "<a/>", "Action=Renew&&&==", "%%%", "")) {
        requests.add(rpc("").header("Content-Type", type).POST(ofString(body)));
      }
    }
    String big = "x".repeat(1024 * 1024 + 10);
    requests.add(
        formPost(ofString("Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=" + big)));
    requests.add(
        rpc("?Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=" + "y".repeat(9000))
            .GET());
    for (String broken : BROKEN_ENCODINGS) {
      requests.add(formPost(ofString("Action=QueryAccountBalance&Version=2017-12-14&X=" + broken)));
    }
    // Latin-1 writes each char as its byte: the value is C3 28 FF, invalid UTF-8.
    String badBytes = "Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=\u00c3(\u00ff";
    requests.add(formPost(ofByteArray(badBytes.getBytes(StandardCharsets.ISO_8859_1))));
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
      requests.add(
          rpc("?Action=RenewARMServerInstance&Version=2017-11-10").method(method, noBody()));
    }
    for (String query :
        List.of(
            "",
            "?",
            "?Action=",
            "?Version=2017-11-10",
            "?Action=RenewARMServerInstance",
            "?Action=RenewARMServerInstance&Version=1999-01-01",
            "?Action=RenewARMServerInstance&Version=2017-11-10&AccessKeyId=demo-ak",
            "?Action=RenewARMServerInstance&Version=2017-11-10&AccessKeyId=demo-ak&Signature=abc&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=1&Timestamp=nonsense",
            "?Action=RenewARMServerInstance&Version=2017-11-10&AccessKeyId=demo-ak&Signature=abc&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=1&Timestamp=2001-01-01T00:00:00Z",
            "?Action=RenewARMServerInstance&Version=2017-11-10&AccessKeyId=demo-ak&Signature=abc&SignatureMethod=MD5&SignatureVersion=1.0&SignatureNonce=2&Timestamp=2026-11-23T00:00:00Z",
            "foo",
            "foo/bar?Action=x",
            "favicon.ico",
            "../../etc/passwd",
            "%2e%2e/")) {
      requests.add(rpc(query).GET());
    }
    for (String auth :
        List.of(
            "",
            "ACS3-HMAC-SHA256",
            "ACS3-HMAC-SHA256 Credential=",
            "ACS3-HMAC-SHA256 Credential=demo-ak,SignedHeaders=,Signature=",
            "ACS3-HMAC-SHA256 Credential=demo-ak,SignedHeaders=host;x-acs-date,Signature=00",
            "Basic Zm9vOmJhcg==",
            "ACS3-HMAC-SHA256 ,,,,",
            "\u00e9\u00e9")) {
      requests.add(
          rpc("")
              .header("x-acs-action", "RenewARMServerInstance")
              .header("x-acs-version", "2017-11-10")
              .header("x-acs-date", "2026-11-23T00:00:00Z")
              .header("x-acs-signature-nonce", "n-" + auth.hashCode())
              .header("Authorization", auth)
              .POST(noBody()));
    }
    return requests;
  }

  private static List<HttpRequest.Builder> brokenAdminCalls() {
    List<HttpRequest.Builder> requests = new ArrayList<>();
    adminCalls(
        requests,
        "PUT",
        "/state",
        "",
        "null",
        "[]",
        "{",
        "{\"now\":1}",
        "{\"accounts\":\"none\"}",
        "{\"now\":\"2026-11-22T00:00:00Z\",\"accounts\":[{\"uid\":\"1\",\"cash\":\"-5.00\"}],\"instances\":[],\"orders\":[]}",
        "{\"now\":\"2026-11-22T00:00:00Z\",\"accounts\":[],\"instances\":[{\"id\":\"x\"}],\"orders\":[]}",
        "{\"now\":\"2026-11-22T00:00:00Z\",\"accounts\":[{\"uid\":\"1\",\"status\":\"SLEEPY\",\"cash\":1e999}],\"instances\":[],\"orders\":[]}",
        "[".repeat(5000),
        "{\"a\":" + "[".repeat(3000));
    adminCalls(
        requests,
        "POST",
        "/faults",
        "",
        "[]",
        "{\"probability\":\"high\"}",
        "{\"error\":\"Nope\"}",
        "{\"fault\":\"FIRE\"}",
        "{\"times\":0,\"error\":\"PaySystemError\"}",
        "{\"delayMs\":-1}",
        "{\"subsystem\":\"moon\",\"error\":\"x\"}",
        "{\"subsystem\":\"pricing\"}",
        "{\"error\":\"PaySystemError\",\"fault\":\"EMPTY_RESPONSE\"}");
    adminCalls(
        requests,
        "POST",
        "/clock/advance",
        "",
        "{}",
        "{\"by\":\"P-1D\"}",
        "{\"to\":\"then\"}",
        "{\"by\":\"P1D\",\"to\":\"2027-01-01T00:00:00Z\"}",
        "{\"by\":5}");
    requests.add(adminCall("DELETE", "/faults/nope", noBody()));
    requests.add(adminCall("POST", "/orders/nope/pay", noBody()));
    return requests;
  }

  private static void adminCalls(
      List<HttpRequest.Builder> requests, String method, String path, String... bodies) {
    for (String body : bodies) {
      requests.add(adminCall(method, path, ofString(body)));
    }
  }

  /** {@code method} to the admin route {@code path}, from a client that names no Content-Type. */
  private static HttpRequest.Builder adminCall(
      String method, String path, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(SIM.baseUrl() + AdminRequest.PREFIX + path))
        .method(method, body);
  }

  @Test
  void garbageGetsAJsonRefusalNeverA500OrAHang() {
    List<HttpRequest.Builder> requests = unsignedGarbage();
    requests.addAll(brokenAdminCalls());
    for (HttpRequest.Builder request : List.copyOf(requests)) {
      HttpRequest built = request.build();
      Http.Reply reply = Http.send(request);
      String what = built.method() + " " + Http.abbreviate(built.uri().toString());
      assertThat(reply.status()).as(what).isBetween(400, 499);
      assertThat(reply.body()).as(what + " answered not JSON").startsWith("{");
      JsonNode body = reply.json();
      assertThat(body.has("Code") || body.has("error"))
          .as(what + " -> " + Http.abbreviate(reply.body()))
          .isTrue();
      assertThat(reply.body()).as(what).doesNotContain("at com.").doesNotContain("Exception");
    }
    for (String broken : BROKEN_ENCODINGS) {
      for (String target :
          List.of(
              "/?Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=" + broken,
              "/?" + broken + "=1",
              "/" + broken)) {
        Http.Reply reply = Http.rawLine(SIM.sim().port(), "GET", target);
        assertThat(reply.status()).as(target).isBetween(400, 499);
        assertThat(reply.body()).as(target).startsWith("{").doesNotContain("Exception");
        requests.add(null);
      }
    }
    assertThat(requests.size()).as("requests sent").isGreaterThanOrEqualTo(200);
    assertThat(SIM.admin().get("/state").body()).isEqualTo(before);
  }

  /**
   * A query string no decoder can read never reaches WireMock (whose own decoding would throw): the
   * servlet filter answers for it, with the error the gateway would give.
   */
  @Test
  void anUndecodableQueryStringIsRefusedAsTheGatewayWould() {
    for (String broken : List.of("%ZZ", "%", "%G1")) {
      String target = "/?Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=" + broken;
      assertInvalidParameter(Http.rawLine(SIM.sim().port(), "GET", target), "QueryString", target);
    }
  }

  /**
   * WireMock cannot decode these bodies and fails; the filter then hands the request to the
   * simulator's own parser, whose answer names the parameter (not a generic refusal).
   */
  @Test
  void aFormBodyWireMockCannotDecodeIsRefusedNamingTheParameter() {
    for (String broken : BROKEN_ENCODINGS) {
      if (broken.equals("a%00b")) {
        continue; // decodable: a NUL is a character like any other
      }
      String form = "Action=QueryAccountBalance&Version=2017-12-14&X=" + broken;
      assertInvalidParameter(Http.send(formPost(ofString(form))), "X", broken);
    }
  }

  /**
   * A signed renewal whose form is sent as multipart parts WireMock's parser cannot read (no
   * boundary, a part cut short) is refused as the gateway refuses any unreadable body: no renewal.
   */
  @Test
  void aSignedFormInUnreadableMultipartPartsIsRefusedNamingTheBody() throws Exception {
    Map<String, String> renewal = DemoCall.signedRenewal();
    String form = DemoCall.form(renewal);
    StringBuilder cutShort = new StringBuilder();
    renewal.forEach(
        (name, value) ->
            cutShort
                .append("--b\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    Map<String, String> bodies =
        Map.of(
            "multipart/form-data", form,
            "Multipart/Form-Data; charset=UTF-8", form,
            "multipart/form-data; boundary=b", cutShort.toString());
    bodies.forEach(
        (type, body) ->
            assertInvalidParameter(
                Http.send(rpc("").header("Content-Type", type).POST(ofString(body))),
                "Body",
                type));
    assertThat(SIM.admin().get("/state").body()).isEqualTo(before);
  }

  /** The signed renewal the test above wraps in multipart is one the gateway accepts as a form. */
  @Test
  void theDemoCallsSignedRenewalIsAccepted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(DemoCall.run(SIM.sim().port(), new PrintStream(out, true), System.err))
        .as(out.toString())
        .isZero();
  }

  /**
   * A URL far over the 8 KiB limit reaches the gateway (not Jetty's 414), which refuses it with
   * InvalidParameter naming the URL, like one just over the limit.
   */
  @Test
  void aVeryLongUrlIsRefusedNamingTheUrl() {
    for (int length : List.of(9 * 1024, 64 * 1024, 512 * 1024)) {
      String target =
          "/?Action=RenewARMServerInstance&Version=2017-11-10&InstanceId=aic-demo-0001&X="
              + "x".repeat(length);
      assertInvalidParameter(Http.rawLine(SIM.sim().port(), "GET", target), "URL", "" + length);
    }
    assertThat(SIM.admin().get("/state").body()).isEqualTo(before);
  }

  /** A JSON 400 InvalidParameter naming {@code parameter}, with this simulator's HostId. */
  private static void assertInvalidParameter(Http.Reply reply, String parameter, String what) {
    assertThat(reply.status()).as(what + " -> " + Http.abbreviate(reply.body())).isEqualTo(400);
    JsonNode json = reply.json();
    assertThat(json.path("Code").asText()).as(what).isEqualTo("InvalidParameter");
    assertThat(json.path("Message").asText())
        .as(what)
        .isEqualTo("The specified parameter \"" + parameter + "\" is not valid.");
    assertThat(json.path("HostId").asText()).as(what).isEqualTo(SIM.sim().endpoint());
    assertThat(json.path("RequestId").asText()).as(what).isNotEmpty();
  }

  @Test
  void signedRequestsWithNonsenseValuesGetTheDocumentedErrors() throws Exception {
    var client = Sdk.generic(SIM.sim(), "demo-ak", "demo-secret", false);
    List<Map<String, String>> calls = new ArrayList<>();
    // An empty value is an absent one (the new SDK sends empty optionals), so it is not here.
    for (String period :
        List.of("0", "-1", "10", "13", "abc", "1.5", "99999999999", " 1", "\u0661", "6 ")) {
      calls.add(Map.of("InstanceId", "aic-demo-0001", "Period", period));
    }
    for (String unit : List.of("month", "Day", "Week", "YEAR", "\u0000", "Month\u0000")) {
      calls.add(Map.of("InstanceId", "aic-demo-0001", "PeriodUnit", unit));
    }
    for (String id :
        List.of(
            "aic-\u00e9",
            "aic demo",
            "aic-demo-0001;drop",
            "x".repeat(200),
            "aic-../../x",
            "aic-err-",
            "aic-err-InvalidParameter.%s",
            "eap-demo-0001",
            "\u202e",
            "aic-demo-0001\n")) {
      calls.add(Map.of("InstanceId", id));
    }
    for (String flag : List.of("yes", "1", "TRUE ", "null")) {
      calls.add(Map.of("InstanceId", "aic-demo-0001", "AutoRenew", flag));
    }
    for (Map<String, String> call : calls) {
      TeaException error =
          catchThrowableOfType(
              TeaException.class,
              () -> Sdk.call(client, Sdk.ENS, "RenewARMServerInstance", new HashMap<>(call)));
      assertThat(error).as(call.toString()).isNotNull();
      assertThat(error.getStatusCode()).as(call.toString()).isBetween(400, 499);
      assertThat(error.getCode()).as(call.toString()).isNotBlank();
    }
    assertThat(SIM.admin().get("/state").body()).isEqualTo(before);
  }
}
