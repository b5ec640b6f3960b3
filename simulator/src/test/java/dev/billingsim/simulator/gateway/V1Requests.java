package dev.billingsim.simulator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds V1-signed requests the way the new client does, signing with the official {@code
 * com.aliyun.openapiutil.Client#getRPCSignature} so the tests do not grade their own homework.
 */
final class V1Requests {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

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
    parameters.put("Timestamp", TIMESTAMP.format(now));
    parameters.put("InstanceId", "aic-1");
  }

  static V1Requests at(Instant now) {
    return new V1Requests(now);
  }

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
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
  String signedQuery() throws Exception {
    Map<String, String> all = new LinkedHashMap<>(parameters);
    if (!all.containsKey("Signature")) {
      all.put(
          "Signature", com.aliyun.openapiutil.Client.getRPCSignature(parameters, method, secret));
    }
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> entry : all.entrySet()) {
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(PercentEncoding.encode(entry.getKey())).append('=');
      query.append(PercentEncoding.encode(entry.getValue()));
    }
    return query.toString();
  }

  RpcRequest build() throws Exception {
    RpcRequestParser parser = new RpcRequestParser(GatewayErrors.load());
    ParseOutcome outcome;
    if (method.equals("POST")) {
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
