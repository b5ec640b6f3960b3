package dev.billingsim.simulator.hardening;

import com.google.common.primitives.Bytes;
import dev.billingsim.simulator.Http;
import dev.billingsim.simulator.gateway.OfficialSigner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as bytes will carry it: method, request target, headers in order, body. It can be
 * handed to the parser in process or written to a socket as is. {@link #v1} and {@link #v3} sign
 * one the way the official clients do ({@link OfficialSigner}): V1 (HMAC-SHA1, GET query or POST
 * form) and V3 (ACS3-HMAC-SHA256, query plus form body).
 */
record RawRequest(
    String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {

  RawRequest {
    headers = List.copyOf(headers);
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

  /** The first value of a header (any case), or null. */
  String header(String name) {
    return headers.stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Header name to values, as the parser takes them. */
  Map<String, List<String>> headerMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      map.computeIfAbsent(header.getKey(), k -> new ArrayList<>()).add(header.getValue());
    }
    return map;
  }

  RawRequest withTarget(String newTarget) {
    return new RawRequest(method, newTarget, headers, body);
  }

  RawRequest withMethod(String newMethod) {
    return new RawRequest(newMethod, target, headers, body);
  }

  RawRequest withBody(byte[] newBody) {
    return new RawRequest(method, target, headers, newBody);
  }

  RawRequest withHeader(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>();
    boolean replaced = false;
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(name)) {
        if (!replaced && value != null) {
          copy.add(Map.entry(header.getKey(), value));
        }
        replaced = true;
      } else {
        copy.add(header);
      }
    }
    if (!replaced && value != null) {
      copy.add(Map.entry(name, value));
    }
    return new RawRequest(method, target, copy, body);
  }

  /**
   * The request on the wire, with {@code Host}, an exact {@code Content-Length} and {@code
   * Connection: close} (each replacing any given one).
   */
  byte[] toBytes(int port) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    for (Map.Entry<String, String> header : headers) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("host")
          || name.equalsIgnoreCase("content-length")
          || name.equalsIgnoreCase("connection")
          || name.equalsIgnoreCase("transfer-encoding")) {
        continue;
      }
      head.append(name).append(": ").append(header.getValue()).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    return Bytes.concat(head.toString().getBytes(StandardCharsets.UTF_8), body);
  }

  @Override
  public String toString() {
    String text = Http.abbreviate(new String(body, StandardCharsets.UTF_8));
    return String.format(
        "%s %s %s body(%d)=%s", method, Http.abbreviate(target), headers, body.length, text);
  }
}
