package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds V3-signed requests, signed by {@link OfficialSigner}. */
final class V3Requests {

  private static final byte[] BODY = "Period=1".getBytes(StandardCharsets.UTF_8);
  private static final Map<String, String> QUERY = Map.of("InstanceId", "aic-1");

  private final Map<String, String> headers = new HashMap<>();
  private String secret = TestKeys.SECRET;

  private V3Requests(Instant now) {
    headers.put("host", "127.0.0.1:8080");
    headers.put("x-acs-action", "RenewARMServerInstance");
    headers.put("x-acs-version", "2017-11-10");
    headers.put("x-acs-date", OfficialSigner.TIMESTAMP.format(now));
    headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
    headers.put("content-type", "application/x-www-form-urlencoded");
  }

  static V3Requests at(Instant now) {
    return new V3Requests(now);
  }

  V3Requests header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  V3Requests withoutHeader(String name) {
    headers.remove(name);
    return this;
  }

  V3Requests secret(String signingSecret) {
    this.secret = signingSecret;
    return this;
  }

  RpcRequest build() {
    Map<String, List<String>> raw = new HashMap<>();
    OfficialSigner.v3("POST", QUERY, headers, BODY, TestKeys.AK, secret)
        .forEach((name, value) -> raw.put(name, List.of(value)));
    ParseOutcome outcome =
        new RpcRequestParser(GatewayErrors.load())
            .parse("POST", "/?" + OfficialSigner.form(QUERY), raw, BODY);
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }
}
