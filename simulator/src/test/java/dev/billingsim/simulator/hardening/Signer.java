package dev.billingsim.simulator.hardening;

import dev.billingsim.simulator.gateway.OfficialSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw requests signed the way the official clients do ({@link OfficialSigner}): V1 (HMAC-SHA1, GET
 * query or POST form) and V3 (ACS3-HMAC-SHA256, query plus form body).
 */
final class Signer {

  private Signer() {}

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
    parameters.put("Timestamp", OfficialSigner.TIMESTAMP.format(timestamp));
    parameters.putAll(business);
    String form = OfficialSigner.form(OfficialSigner.v1(parameters, method, secret));
    if (method.equals("POST")) {
      return new RawRequest(
          "POST",
          "/",
          List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
          form.getBytes(StandardCharsets.UTF_8));
    }
    return new RawRequest(method, "/?" + form, List.of(), new byte[0]);
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
    byte[] bodyBytes = OfficialSigner.form(body).getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    headers.put("host", "127.0.0.1:" + port);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", OfficialSigner.TIMESTAMP.format(date));
    headers.put("x-acs-signature-nonce", nonce);
    headers.put("content-type", "application/x-www-form-urlencoded");
    Map<String, String> signed = OfficialSigner.v3("POST", query, headers, bodyBytes, ak, secret);
    String target = query.isEmpty() ? "/" : "/?" + OfficialSigner.form(query);
    return new RawRequest("POST", target, List.copyOf(signed.entrySet()), bodyBytes);
  }
}
