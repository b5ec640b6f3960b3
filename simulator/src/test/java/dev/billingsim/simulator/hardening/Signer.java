package dev.billingsim.simulator.hardening;

import com.aliyun.tea.TeaRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs raw requests the way the official clients do, with the official {@code
 * com.aliyun.openapiutil.Client} doing the signing so the oracle is not the code under test: V1
 * (HMAC-SHA1, GET query or POST form) and V3 (ACS3-HMAC-SHA256, query plus form body).
 */
final class Signer {

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Signer() {}

  /** Percent-encoding as aliyun-rpc.md gives it: RFC 3986 unreserved characters kept. */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  static String form(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
    }
    return out.toString();
  }

  /**
   * A V1-signed request: the common parameters are added to {@code business} (which holds Action
   * and Version too), signed, and sent as a GET query or a POST form.
   */
  static RawRequest v1(
      String ak,
      String secret,
      String method,
      Map<String, String> business,
      Instant timestamp,
      String nonce) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("Format", "JSON");
    parameters.put("AccessKeyId", ak);
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureVersion", "1.0");
    parameters.put("SignatureNonce", nonce);
    parameters.put("Timestamp", TIMESTAMP.format(timestamp));
    parameters.putAll(business);
    try {
      parameters.put(
          "Signature", com.aliyun.openapiutil.Client.getRPCSignature(parameters, method, secret));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    if (method.equals("POST")) {
      return new RawRequest(
          "POST",
          "/",
          List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
          form(parameters).getBytes(StandardCharsets.UTF_8));
    }
    return new RawRequest(method, "/?" + form(parameters), List.of(), new byte[0]);
  }

  /** A V3-signed request: {@code query} in the URL, {@code body} as a form, headers signed. */
  static RawRequest v3(
      String ak,
      String secret,
      String action,
      String version,
      Map<String, String> query,
      Map<String, String> body,
      Instant date,
      String nonce,
      int port) {
    byte[] bodyBytes = form(body).getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    headers.put("host", "127.0.0.1:" + port);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", TIMESTAMP.format(date));
    headers.put("x-acs-signature-nonce", nonce);
    headers.put("content-type", "application/x-www-form-urlencoded");
    String payload = hex(sha256(bodyBytes));
    headers.put("x-acs-content-sha256", payload);
    TeaRequest tea = new TeaRequest();
    tea.method = "POST";
    tea.pathname = "/";
    tea.query = new HashMap<>(query);
    tea.headers = new HashMap<>(headers);
    try {
      headers.put(
          "Authorization",
          com.aliyun.openapiutil.Client.getAuthorization(
              tea, "ACS3-HMAC-SHA256", payload, ak, secret));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<Map.Entry<String, String>> list = new ArrayList<>();
    headers.forEach((name, value) -> list.add(Map.entry(name, value)));
    String target = query.isEmpty() ? "/" : "/?" + form(query);
    return new RawRequest("POST", target, list, bodyBytes);
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }
}
