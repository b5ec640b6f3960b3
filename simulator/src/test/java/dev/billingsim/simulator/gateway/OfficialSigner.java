package dev.billingsim.simulator.gateway;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Signs requests the way the official clients do, with the official {@code
 * com.aliyun.openapiutil.Client} doing the signing (and the JDK's {@link URLEncoder} the encoding),
 * so the tests do not grade their own homework: V1 (HMAC-SHA1 over the parameters) and V3
 * (ACS3-HMAC-SHA256 over method, query, signed headers and body). The gateway and hardening tests
 * both sign with it.
 */
public final class OfficialSigner {

  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private OfficialSigner() {}

  /** Percent-encoding as aliyun-rpc.md gives it: RFC 3986 unreserved characters kept. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /** {@code name=value&...} in the map's order, each side encoded. */
  public static String form(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The parameters with their V1 Signature for {@code method} added (unless one is there). */
  public static Map<String, String> v1(
      Map<String, String> parameters, String method, String secret) {
    Map<String, String> signed = new LinkedHashMap<>(parameters);
    if (!signed.containsKey("Signature")) {
      try {
        signed.put("Signature", Client.getRPCSignature(parameters, method, secret));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return signed;
  }

  /** The headers with {@code x-acs-content-sha256} of the body and the V3 Authorization added. */
  public static Map<String, String> v3(
      String method,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body,
      String accessKeyId,
      String secret) {
    TeaRequest tea = new TeaRequest();
    tea.method = method;
    tea.pathname = "/";
    tea.query = new HashMap<>(query);
    tea.headers = new HashMap<>(headers);
    try {
      String payload = Client.hexEncode(MessageDigest.getInstance("SHA-256").digest(body));
      tea.headers.put("x-acs-content-sha256", payload);
      tea.headers.put(
          "Authorization",
          Client.getAuthorization(tea, "ACS3-HMAC-SHA256", payload, accessKeyId, secret));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return tea.headers;
  }
}
