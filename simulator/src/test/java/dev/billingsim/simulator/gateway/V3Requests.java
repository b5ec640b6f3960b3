package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.tea.TeaRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds V3-signed requests, signed by the official {@code openapiutil} as the oracle. */
final class V3Requests {

  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, String> query = new LinkedHashMap<>();
  private String body = "Period=1";
  private String secret = TestKeys.SECRET;

  private V3Requests(Instant now) {
    headers.put("host", "127.0.0.1:8080");
    headers.put("x-acs-action", "RenewARMServerInstance");
    headers.put("x-acs-version", "2017-11-10");
    headers.put("x-acs-date", V1Requests.timestamp(now));
    headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
    headers.put("content-type", "application/x-www-form-urlencoded");
    query.put("InstanceId", "aic-1");
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

  RpcRequest build() throws Exception {
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    TeaRequest tea = new TeaRequest();
    tea.method = "POST";
    tea.pathname = "/";
    tea.query = query;
    tea.headers = new HashMap<>(headers);
    String payload =
        com.aliyun.openapiutil.Client.hexEncode(
            MessageDigest.getInstance("SHA-256").digest(bodyBytes));
    tea.headers.put("x-acs-content-sha256", payload);
    tea.headers.put(
        "Authorization",
        com.aliyun.openapiutil.Client.getAuthorization(
            tea, "ACS3-HMAC-SHA256", payload, TestKeys.AK, secret));
    Map<String, List<String>> raw = new HashMap<>();
    tea.headers.forEach((name, value) -> raw.put(name, List.of(value)));
    StringBuilder url = new StringBuilder("/?");
    query.forEach(
        (name, value) ->
            url.append(PercentEncoding.encode(name))
                .append('=')
                .append(PercentEncoding.encode(value))
                .append('&'));
    ParseOutcome outcome =
        new RpcRequestParser(GatewayErrors.load()).parse("POST", url.toString(), raw, bodyBytes);
    assertThat(outcome).isInstanceOf(RpcRequest.class);
    return (RpcRequest) outcome;
  }
}
