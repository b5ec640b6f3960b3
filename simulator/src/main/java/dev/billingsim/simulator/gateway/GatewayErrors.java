package dev.billingsim.simulator.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of protocol errors the gateway answers, loaded from {@code gateway-errors.tsv} next
 * to this class. Codes are looked up in the loaded rows, never re-typed here; the named methods
 * only spell the lookups the gateway makes often. Immutable and thread-safe.
 */
public final class GatewayErrors {

  static final String RESOURCE = "gateway-errors.tsv";

  static final String MISSING_PARAMETER = "MissingParameter";
  static final String INVALID_PARAMETER = "InvalidParameter";
  static final String ACCESS_KEY_NOT_FOUND = "InvalidAccessKeyId.NotFound";
  static final String ACCESS_KEY_INACTIVE = "InvalidAccessKeyId.Inactive";
  static final String SIGNATURE_DOES_NOT_MATCH = "SignatureDoesNotMatch";
  static final String INCOMPLETE_SIGNATURE = "IncompleteSignature";
  static final String NONCE_USED = "SignatureNonceUsed";
  static final String TIMESTAMP_EXPIRED = "InvalidTimeStamp.Expired";
  static final String TIMESTAMP_FORMAT = "InvalidTimeStamp.Format";
  static final String ACTION_NOT_FOUND = "InvalidAction.NotFound";
  static final String UNSUPPORTED_METHOD = "UnsupportedHTTPMethod";
  static final String THROTTLED = "Throttling.User";
  static final String FORBIDDEN_RAM = "Forbidden.RAM";
  static final String INTERNAL_ERROR = "InternalError";

  private static final List<String> NAMED_CODES =
      List.of(
          MISSING_PARAMETER,
          INVALID_PARAMETER,
          ACCESS_KEY_NOT_FOUND,
          ACCESS_KEY_INACTIVE,
          SIGNATURE_DOES_NOT_MATCH,
          INCOMPLETE_SIGNATURE,
          NONCE_USED,
          TIMESTAMP_EXPIRED,
          TIMESTAMP_FORMAT,
          ACTION_NOT_FOUND,
          UNSUPPORTED_METHOD,
          THROTTLED,
          FORBIDDEN_RAM,
          INTERNAL_ERROR);

  /**
   * One catalogue row.
   *
   * @param code the error code
   * @param httpStatus the HTTP status it is answered with
   * @param template the message, with {@code %s} where the offending detail goes
   */
  public record Entry(String code, int httpStatus, String template) {}

  private final Map<String, Entry> entries;

  private GatewayErrors(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Loads the catalogue from the classpath; fails fast if it is absent or malformed. */
  public static GatewayErrors load() {
    try (InputStream in = GatewayErrors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GatewayErrors parse(BufferedReader reader) throws IOException {
    Map<String, Entry> rows = new LinkedHashMap<>();
    boolean headerSeen = false;
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected 3 columns");
      }
      Entry entry = new Entry(columns[0], Integer.parseInt(columns[1]), columns[2]);
      if (rows.put(entry.code(), entry) != null) {
        throw new IllegalStateException(
            RESOURCE + ":" + lineNumber + ": duplicate " + entry.code());
      }
    }
    for (String code : NAMED_CODES) {
      if (!rows.containsKey(code)) {
        throw new IllegalStateException(RESOURCE + " lacks " + code);
      }
    }
    return new GatewayErrors(Collections.unmodifiableMap(rows));
  }

  /** Every row, in file order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * The error with this code, each {@code %s} of its template filled in turn with {@code details}.
   *
   * @throws IllegalArgumentException if the catalogue has no such code (a programming error)
   */
  public GatewayError get(String code, String... details) {
    Entry entry = entries.get(code);
    if (entry == null) {
      throw new IllegalArgumentException("No gateway error " + code);
    }
    return new GatewayError(entry.code(), entry.httpStatus(), fill(entry.template(), details));
  }

  // Literal replacement rather than String.format: a detail may itself contain '%'.
  private static String fill(String template, String[] details) {
    StringBuilder out = new StringBuilder(template);
    int at = 0;
    for (String detail : details) {
      at = out.indexOf("%s", at);
      if (at < 0) {
        break;
      }
      String text = String.valueOf(detail);
      out.replace(at, at + 2, text);
      at += text.length();
    }
    return out.toString();
  }

  public GatewayError missingParameter(String name) {
    return get(MISSING_PARAMETER, name);
  }

  public GatewayError invalidParameter(String name) {
    return get(INVALID_PARAMETER, name);
  }

  public GatewayError actionNotFound() {
    return get(ACTION_NOT_FOUND);
  }

  public GatewayError unsupportedHttpMethod() {
    return get(UNSUPPORTED_METHOD);
  }

  public GatewayError forbiddenRam() {
    return get(FORBIDDEN_RAM);
  }

  public GatewayError internalError() {
    return get(INTERNAL_ERROR);
  }
}
