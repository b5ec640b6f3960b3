package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Verifies V3 signatures (ACS3-HMAC-SHA256). The canonical request is {@code METHOD \n URI \n
 * sorted percent-encoded query \n name:trimmed-value\n per signed header (lower-case, sorted) \n
 * signed header list \n hex SHA-256 of the body}; StringToSign is {@code ACS3-HMAC-SHA256\n} + hex
 * SHA-256 of it; the signature is hex HMAC-SHA256 keyed with the bare secret. Thread-safe.
 */
public final class SignatureV3 {

  private static final Comparator<RpcParameter> BY_NAME = Comparator.comparing(RpcParameter::name);

  private static final HexFormat HEX = HexFormat.of();

  /** Whether the request's Authorization header carries the right signature for {@code secret}. */
  public boolean matches(RpcRequest request, String secret) {
    AcsAuthorization authorization =
        AcsAuthorization.parse(request.headers().firstOrNull("authorization"));
    if (authorization == null
        || !AcsAuthorization.HMAC_SHA256.equals(authorization.algorithm())
        || secret == null
        || secret.isEmpty()) {
      return false;
    }
    byte[] expected = sign(request, authorization.signedHeaders(), secret);
    byte[] provided =
        authorization.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, provided);
  }

  /** The hex signature as ASCII bytes. */
  byte[] sign(RpcRequest request, String signedHeaders, String secret) {
    String stringToSign =
        AcsAuthorization.HMAC_SHA256 + "\n" + sha256Hex(canonicalRequest(request, signedHeaders));
    byte[] message = stringToSign.getBytes(StandardCharsets.UTF_8);
    byte[] mac =
        Macs.sign("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), message, message.length);
    return HEX.formatHex(mac).getBytes(StandardCharsets.US_ASCII);
  }

  String canonicalRequest(RpcRequest request, String signedHeaders) {
    StringBuilder out = new StringBuilder(512);
    out.append(request.method()).append('\n');
    out.append(request.path().isEmpty() ? "/" : request.path()).append('\n');
    appendCanonicalQuery(out, request.query());
    out.append('\n');
    appendCanonicalHeaders(out, request.headers(), signedHeaders);
    out.append('\n');
    out.append(signedHeaders).append('\n');
    out.append(HEX.formatHex(Macs.sha256(request.body())));
    return out.toString();
  }

  private static void appendCanonicalQuery(StringBuilder out, RpcParameters query) {
    out.append(
        query.asList().stream()
            .sorted(BY_NAME)
            .map(p -> PercentEncoding.encode(p.name()) + "=" + PercentEncoding.encode(p.value()))
            .collect(Collectors.joining("&")));
  }

  private static void appendCanonicalHeaders(
      StringBuilder out, RpcHeaders headers, String signedHeaders) {
    String[] names = signedHeaders.split(";");
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].strip().toLowerCase(Locale.ROOT);
    }
    Arrays.sort(names);
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      String value = headers.firstOrNull(name);
      out.append(name).append(':').append(value == null ? "" : value.strip()).append('\n');
    }
  }

  private static String sha256Hex(String text) {
    return HEX.formatHex(Macs.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }
}
