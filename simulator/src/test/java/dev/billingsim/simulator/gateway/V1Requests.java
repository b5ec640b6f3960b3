package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds V1-signed requests the way the new client does, signed by {@link OfficialSigner}. */
final class V1Requests {

  private final Map<String, String> parameters = new LinkedHashMap<>();
  private String method = "GET";
  private String secret = TestKeys.SECRET;

  private V1Requests(Instant now) {
    parameters.put("Action", "RenewARMServerInstance");
    parameters.put("Version", "2017-11-10");
    parameters.put("Format", "JSON");
    parameters.put("AccessKeyId", TestKeys.AK);
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureVersion", "1.0");
    parameters.put("SignatureNonce", UUID.randomUUID().toString());
    parameters.put("Timestamp", OfficialSigner.TIMESTAMP.format(now));
    parameters.put("InstanceId", "aic-1");
  }

  static V1Requests at(Instant now) {
    return new V1Requests(now);
  }

  V1Requests with(String name, String value) {
    parameters.put(name, value);
    return this;
  }

  V1Requests without(String name) {
    parameters.remove(name);
    return this;
  }

  V1Requests method(String httpMethod) {
    this.method = httpMethod;
    return this;
  }

  V1Requests secret(String signingSecret) {
    this.secret = signingSecret;
    return this;
  }

  /** The query string, signed unless Signature was set explicitly. */
  String signedQuery() {
    return OfficialSigner.form(OfficialSigner.v1(parameters, method, secret));
  }

  /** The signed request as the parser reads it: a GET query, or a POST form. */
  RpcRequest build() {
    boolean post = method.equals("POST");
    ParseOutcome outcome =
        new RpcRequestParser(GatewayErrors.load())
            .parse(
                method,
                post ? "/" : "/?" + signedQuery(),
                post
                    ? Map.of(
                        "Host", List.of("ecs.example.test"),
                        "Content-Type", List.of("application/x-www-form-urlencoded"))
                    : Map.of("Host", List.of("ecs.example.test")),
                post ? signedQuery().getBytes(StandardCharsets.UTF_8) : null);
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }
}
