package dev.billingsim.simulator.gateway;

import static com.google.common.base.Strings.emptyToNull;

import com.github.tomakehurst.wiremock.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads an HTTP request into an {@link RpcRequest}: query string and form body parameters ({@code
 * +} is a space, repeats kept), case-insensitive headers, action, version and AccessKeyId. Input it
 * cannot read (too large, bad percent-encoding, invalid UTF-8) becomes an {@code InvalidParameter}
 * error, never an exception. Thread-safe.
 */
public final class RpcRequestParser {

  /** Largest body accepted: 1 MiB. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** Longest URL accepted: 8 KiB. */
  public static final int MAX_URL_CHARS = 8 * 1024;

  private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
  private static final byte[] NO_BODY = new byte[0];
  private static final int MAX_NAME_IN_MESSAGE = 128;
  // Room for a signed renewal's parameters (about 20) without the list growing.
  private static final int EXPECTED_PARAMETERS = 32;

  private final GatewayErrors errors;

  public RpcRequestParser(GatewayErrors errors) {
    this.errors = errors;
  }

  /** Reads a WireMock request. */
  public ParseOutcome parse(Request request) {
    return safely(
        () ->
            read(
                request.getMethod().getName(),
                request.getUrl(),
                RpcHeaders.of(request.getHeaders()),
                request.getBody()));
  }

  /**
   * Reads a request from plain inputs.
   *
   * @param method HTTP method
   * @param url path and query ({@code /?Action=...}); an absolute URL is accepted too
   * @param headers header name to values, any case
   * @param body raw body, or null
   */
  public ParseOutcome parse(
      String method, String url, Map<String, ? extends List<String>> headers, byte[] body) {
    return parse(method, url, RpcHeaders.of(headers), body);
  }

  /** Reads a request from plain inputs, its headers read in place. */
  public ParseOutcome parse(String method, String url, RpcHeaders headers, byte[] body) {
    return safely(() -> read(method, url, headers, body));
  }

  private ParseOutcome safely(Supplier<ParseOutcome> reading) {
    try {
      return reading.get();
    } catch (RuntimeException unexpected) {
      // Bad input must never surface as a 500; every known bad shape is handled in read.
      return errors.invalidParameter("Request");
    }
  }

  private ParseOutcome read(String method, String url, RpcHeaders headers, byte[] rawBody) {
    byte[] body = rawBody == null ? NO_BODY : rawBody;
    if (method == null || method.isEmpty()) {
      return errors.unsupportedHttpMethod();
    }
    if (url == null || url.length() > MAX_URL_CHARS) {
      return errors.invalidParameter("URL");
    }
    if (body.length > MAX_BODY_BYTES) {
      return errors.invalidParameter("Body");
    }

    String target = stripSchemeAndAuthority(url);
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    if (path.isEmpty()) {
      path = "/";
    }

    // One list for query then form, handed over to the parameters uncopied: it runs per request.
    List<RpcParameter> decoded = new ArrayList<>(EXPECTED_PARAMETERS);
    if (question >= 0 && question + 1 < target.length()) {
      byte[] queryBytes = target.substring(question + 1).getBytes(StandardCharsets.UTF_8);
      if (!decodeInto(queryBytes, decoded)) {
        return errors.invalidParameter(failedName(decoded, "QueryString"));
      }
    }
    int queryCount = decoded.size();
    if (body.length > 0 && isForm(headers.firstOrNull("content-type"))) {
      if (!decodeInto(body, decoded)) {
        return errors.invalidParameter(failedName(decoded, "Body"));
      }
    }
    RpcParameters parameters = RpcParameters.handOver(decoded);
    RpcParameters query = parameters.head(queryCount);
    RpcParameters form = parameters.tail(queryCount);

    String authorization = headers.firstOrNull("authorization");
    SignatureScheme scheme;
    String accessKeyId;
    if (AcsAuthorization.looksLikeV3(authorization)) {
      scheme = SignatureScheme.V3;
      AcsAuthorization parsed = AcsAuthorization.parse(authorization);
      accessKeyId = parsed == null ? null : parsed.credential();
    } else {
      scheme = SignatureScheme.V1;
      accessKeyId = emptyToNull(parameters.firstOrNull("AccessKeyId"));
    }
    String action = parameterOrHeader(parameters, "Action", headers, "x-acs-action");
    String version = parameterOrHeader(parameters, "Version", headers, "x-acs-version");

    return new RpcRequest(
        method, path, query, form, parameters, headers, body, action, version, accessKeyId, scheme);
  }

  private static String stripSchemeAndAuthority(String url) {
    if (url.startsWith("/")) {
      return url;
    }
    int schemeEnd = url.indexOf("://");
    int firstQuestion = url.indexOf('?');
    if (schemeEnd <= 0 || (firstQuestion >= 0 && firstQuestion < schemeEnd)) {
      return url;
    }
    int pathStart = url.indexOf('/', schemeEnd + 3);
    int queryStart = url.indexOf('?', schemeEnd + 3);
    if (pathStart < 0 || (queryStart >= 0 && queryStart < pathStart)) {
      return queryStart < 0 ? "/" : "/" + url.substring(queryStart);
    }
    return url.substring(pathStart);
  }

  private static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.stripLeading();
    return type.regionMatches(true, 0, FORM_CONTENT_TYPE, 0, FORM_CONTENT_TYPE.length());
  }

  /**
   * Appends the decoded pairs of {@code bytes} to {@code into}. On a bad name or value returns
   * false, leaving as the last element a pair whose name is the offending parameter's name (or
   * empty when the name itself was bad).
   */
  private static boolean decodeInto(byte[] bytes, List<RpcParameter> into) {
    int from = 0;
    int length = bytes.length;
    while (from <= length) {
      int end = from;
      while (end < length && bytes[end] != '&') {
        end++;
      }
      if (end > from) {
        int equals = from;
        while (equals < end && bytes[equals] != '=') {
          equals++;
        }
        String name = FormDecoding.decode(bytes, from, equals);
        if (name == null) {
          into.add(new RpcParameter("", ""));
          return false;
        }
        String value = equals < end ? FormDecoding.decode(bytes, equals + 1, end) : "";
        if (value == null) {
          into.add(new RpcParameter(name, ""));
          return false;
        }
        if (!name.isEmpty()) {
          into.add(new RpcParameter(name, value));
        }
      }
      from = end + 1;
    }
    return true;
  }

  private static String failedName(List<RpcParameter> decoded, String fallback) {
    String name = decoded.get(decoded.size() - 1).name();
    return name.isEmpty()
        ? fallback
        : name.length() > MAX_NAME_IN_MESSAGE ? name.substring(0, MAX_NAME_IN_MESSAGE) : name;
  }

  // The header is looked up only when the parameter is missing: each lookup costs.
  private static String parameterOrHeader(
      RpcParameters parameters, String parameter, RpcHeaders headers, String header) {
    String value = emptyToNull(parameters.firstOrNull(parameter));
    return value != null ? value : emptyToNull(headers.firstOrNull(header));
  }
}
