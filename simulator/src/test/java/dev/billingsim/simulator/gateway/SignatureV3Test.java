package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signs with {@link OfficialSigner} (the official {@code openapiutil}) as the oracle. */
class SignatureV3Test {

  private static final String BODY = "Period=1&PeriodUnit=Month&Note=a%20b";

  private final SignatureV3 signature = new SignatureV3();
  private final RpcRequestParser parser = new RpcRequestParser(GatewayErrors.load());
  private final RpcRequest original = signed(query(), headers(), BODY, "POST");

  @Test
  void acceptsTheAuthorizationOfTheOfficialUtility() throws Exception {
    assertThat(signature.matches(original, TestKeys.SECRET)).isTrue();
  }

  @Test
  void acceptsAGetWithAnEmptyBody() throws Exception {
    assertThat(signature.matches(signed(query(), headers(), "", "GET"), TestKeys.SECRET)).isTrue();
  }

  @Test
  void includesEmptyQueryValuesInTheCanonicalQuery() throws Exception {
    Map<String, String> query = query();
    query.put("ClientToken", "");

    assertThat(signature.matches(signed(query, headers(), BODY, "POST"), TestKeys.SECRET)).isTrue();
  }

  @Test
  void rejectsAWrongSecret() throws Exception {
    assertThat(signature.matches(original, "other")).isFalse();
  }

  @Test
  void rejectsATamperedBody() throws Exception {
    RpcRequest tampered = reparse(original.path() + "?" + OfficialSigner.form(query()), "Period=9");

    assertThat(signature.matches(tampered, TestKeys.SECRET)).isFalse();
  }

  @Test
  void rejectsATamperedQuery() throws Exception {
    Map<String, String> other = query();
    other.put("InstanceId", "aic-2");
    RpcRequest tampered = reparse("/?" + OfficialSigner.form(other), BODY);

    assertThat(signature.matches(tampered, TestKeys.SECRET)).isFalse();
  }

  @Test
  void rejectsATamperedSignedHeader() throws Exception {
    Map<String, List<String>> headers = rawHeaders(original);
    headers.put("x-acs-action", List.of("ReleaseARMServerInstance"));

    assertThat(signature.matches(resent(headers), TestKeys.SECRET)).isFalse();
  }

  @Test
  void acceptsHeaderNamesInAnyCaseAndUpperCaseHex() throws Exception {
    Map<String, List<String>> shouting = new HashMap<>();
    rawHeaders(original).forEach((name, values) -> shouting.put(name.toUpperCase(), values));
    String authorization = shouting.get("AUTHORIZATION").get(0);
    int at = authorization.indexOf("Signature=") + "Signature=".length();
    shouting.put(
        "AUTHORIZATION",
        List.of(authorization.substring(0, at) + authorization.substring(at).toUpperCase()));

    assertThat(signature.matches(resent(shouting), TestKeys.SECRET)).isTrue();
  }

  @Test
  void rejectsAnUnsupportedAlgorithm() throws Exception {
    Map<String, List<String>> headers = rawHeaders(original);
    headers.put(
        "authorization",
        List.of(headers.get("authorization").get(0).replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3")));

    assertThat(signature.matches(resent(headers), TestKeys.SECRET)).isFalse();
  }

  private RpcRequest signed(
      Map<String, String> query, Map<String, String> headers, String body, String method) {
    Map<String, List<String>> rawHeaders = new HashMap<>();
    OfficialSigner.v3(method, query, headers, bytes(body), TestKeys.AK, TestKeys.SECRET)
        .forEach((name, value) -> rawHeaders.put(name, List.of(value)));
    ParseOutcome outcome =
        parser.parse(method, "/?" + OfficialSigner.form(query), rawHeaders, bytes(body));
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }

  /** The signed request's query and body, sent with other headers. */
  private RpcRequest resent(Map<String, List<String>> headers) {
    return (RpcRequest)
        parser.parse("POST", "/?" + OfficialSigner.form(query()), headers, bytes(BODY));
  }

  private RpcRequest reparse(String url, String body) {
    return (RpcRequest) parser.parse(original.method(), url, rawHeaders(original), bytes(body));
  }

  private static Map<String, List<String>> rawHeaders(RpcRequest request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : request.headers().names()) {
      headers.put(name, request.headers().all(name));
    }
    return headers;
  }

  private static Map<String, String> query() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("InstanceId", "aic-1");
    query.put("PrivatePoolOptions.Id.1", "eap-1");
    query.put("Note", "a b+c*~/中");
    return query;
  }

  private static Map<String, String> headers() {
    return Map.of(
        "host", "127.0.0.1:8080",
        "x-acs-action", "RenewARMServerInstance",
        "x-acs-version", "2017-11-10",
        "x-acs-date", "2024-05-01T10:00:00Z",
        "x-acs-signature-nonce", "8c0c7c1e9b0f4d8a",
        "content-type", "application/x-www-form-urlencoded",
        "accept", "application/json",
        "user-agent", "not signed");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
