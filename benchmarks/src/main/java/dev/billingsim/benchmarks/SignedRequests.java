package dev.billingsim.benchmarks;

import dev.billingsim.simulator.gateway.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs RPC requests as Alibaba Cloud's old SDK does, for one access key: V1 (HMAC-SHA1, the POST
 * form) with a fresh {@code SignatureNonce} and the current {@code Timestamp} on every request.
 * Hand-written rather than the official {@code openapiutil} (the simulator's test jar's
 * OfficialSigner) because the HTTP benchmarks sign as they send, on the measured path; benchmark
 * set-ups check each signature with the simulator's own verifier, which its tests check against
 * {@code openapiutil}. Not thread-safe: one per thread.
 */
final class SignedRequests {

  static final String FORM = "application/x-www-form-urlencoded";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private final String accessKeyId;
  private final Mac hmacSha1;
  private final String noncePrefix;
  private long requests;
  private long timestampSecond = Long.MIN_VALUE;
  private String timestamp;

  SignedRequests(String accessKeyId, String secret) {
    this.accessKeyId = accessKeyId;
    this.hmacSha1 = mac("HmacSHA1", (secret + "&").getBytes(StandardCharsets.UTF_8));
    // Unique across threads and runs without a SecureRandom call per request.
    this.noncePrefix = Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-";
  }

  /** A signer with the access key of the benchmarks' account {@code account}. */
  static SignedRequests of(int account) {
    return new SignedRequests(Worlds.accessKeyId(account), Worlds.secret(account));
  }

  /**
   * A V1-signed POST form body: {@code parameters} (Action, Version and the action's own) plus
   * Format, AccessKeyId, SignatureMethod, SignatureVersion, a fresh SignatureNonce and Timestamp.
   */
  String v1Form(Map<String, String> parameters) {
    Map<String, String> all = new TreeMap<>(parameters);
    all.put("Format", "JSON");
    all.put("AccessKeyId", accessKeyId);
    all.put("SignatureMethod", "HMAC-SHA1");
    all.put("SignatureVersion", "1.0");
    all.put("SignatureNonce", noncePrefix + requests++);
    all.put("Timestamp", timestamp());
    String canonical = canonicalQuery(all);
    String stringToSign = "POST&%2F&" + PercentEncoding.encode(canonical);
    byte[] signature = hmacSha1.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8));
    return canonical
        + "&Signature="
        + PercentEncoding.encode(java.util.Base64.getEncoder().encodeToString(signature));
  }

  /** The parameters of a one-month RenewARMServerInstance of one instance, unsigned. */
  static Map<String, String> ensRenewal(String instanceId) {
    return Map.of(
        "Action", "RenewARMServerInstance",
        "Version", "2017-11-10",
        "InstanceId", instanceId,
        "Period", "1",
        "PeriodUnit", "Month");
  }

  /** An HTTP/1.1 POST of a form body to {@code /}, as bytes on the wire. */
  static byte[] httpPost(int port, String formBody) {
    byte[] body = formBody.getBytes(StandardCharsets.UTF_8);
    String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + FORM;
    byte[] headBytes =
        (head + "\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  private static String canonicalQuery(Map<String, String> sorted) {
    StringBuilder query = new StringBuilder(sorted.size() * 32);
    for (Map.Entry<String, String> parameter : sorted.entrySet()) {
      if (query.length() > 0) {
        query.append('&');
      }
      query
          .append(PercentEncoding.encode(parameter.getKey()))
          .append('=')
          .append(PercentEncoding.encode(parameter.getValue()));
    }
    return query.toString();
  }

  private String timestamp() {
    long second = System.currentTimeMillis() / 1000;
    if (second != timestampSecond) {
      timestampSecond = second;
      timestamp = TIMESTAMP.format(Instant.ofEpochSecond(second));
    }
    return timestamp;
  }

  static Mac mac(String algorithm, byte[] key) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
