package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a renewal of {@code aic-1} signed the way the new client signs it ({@link
 * OfficialSigner}), V1 or V3, with any field changed or left out, as the parser reads it.
 */
final class SignedRequests {

  private static final byte[] V3_BODY = "Period=1".getBytes(StandardCharsets.UTF_8);
  private static final Map<String, String> V3_QUERY = Map.of("InstanceId", "aic-1");

  private final SignatureScheme scheme;

  /** V1: every parameter; V3: the headers (the query and body are {@code aic-1} for a month). */
  private final Map<String, String> fields = new LinkedHashMap<>();

  private String method = "GET";
  private String secret = TestKeys.SECRET;

  private SignedRequests(SignatureScheme scheme) {
    this.scheme = scheme;
  }

  static SignedRequests v1(Instant now) {
    return new SignedRequests(SignatureScheme.V1)
        .with("Action", "RenewARMServerInstance")
        .with("Version", "2017-11-10")
        .with("Format", "JSON")
        .with("AccessKeyId", TestKeys.AK)
        .with("SignatureMethod", "HMAC-SHA1")
        .with("SignatureVersion", "1.0")
        .with("SignatureNonce", UUID.randomUUID().toString())
        .with("Timestamp", OfficialSigner.TIMESTAMP.format(now))
        .with("InstanceId", "aic-1");
  }

  static SignedRequests v3(Instant now) {
    return new SignedRequests(SignatureScheme.V3)
        .with("host", "127.0.0.1:8080")
        .with("x-acs-action", "RenewARMServerInstance")
        .with("x-acs-version", "2017-11-10")
        .with("x-acs-date", OfficialSigner.TIMESTAMP.format(now))
        .with("x-acs-signature-nonce", UUID.randomUUID().toString())
        .with("content-type", "application/x-www-form-urlencoded");
  }

  /** Sets a parameter (V1) or a header (V3). */
  SignedRequests with(String name, String value) {
    fields.put(name, value);
    return this;
  }

  SignedRequests without(String name) {
    fields.remove(name);
    return this;
  }

  /** V1's HTTP method (V3 always POSTs). */
  SignedRequests method(String httpMethod) {
    this.method = httpMethod;
    return this;
  }

  SignedRequests secret(String signingSecret) {
    this.secret = signingSecret;
    return this;
  }

  /** V1: the query string, signed unless Signature was set explicitly. */
  String signedQuery() {
    return OfficialSigner.form(OfficialSigner.v1(fields, method, secret));
  }

  /** The signed request as the parser reads it: a V1 GET query or POST form, or a V3 POST. */
  RpcRequest build() {
    RpcRequestParser parser = new RpcRequestParser(GatewayErrors.load());
    ParseOutcome outcome;
    if (scheme == SignatureScheme.V3) {
      Map<String, List<String>> headers = new HashMap<>();
      OfficialSigner.v3("POST", V3_QUERY, fields, V3_BODY, TestKeys.AK, secret)
          .forEach((name, value) -> headers.put(name, List.of(value)));
      outcome = parser.parse("POST", "/?" + OfficialSigner.form(V3_QUERY), headers, V3_BODY);
    } else if (method.equals("POST")) {
      outcome =
          parser.parse(
              method,
              "/",
              Map.of(
                  "Host", List.of("ecs.example.test"),
                  "Content-Type", List.of("application/x-www-form-urlencoded")),
              signedQuery().getBytes(StandardCharsets.UTF_8));
    } else {
      outcome =
          parser.parse(
              method, "/?" + signedQuery(), Map.of("Host", List.of("ecs.example.test")), null);
    }
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }
}
