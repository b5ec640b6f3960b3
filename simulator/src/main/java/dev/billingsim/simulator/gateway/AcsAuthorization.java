package dev.billingsim.simulator.gateway;

import static com.google.common.base.Strings.isNullOrEmpty;

import java.util.HashMap;
import java.util.Map;

/**
 * The parts of a V3 {@code Authorization} header: {@code ACS3-HMAC-SHA256
 * Credential=<AccessKeyId>,SignedHeaders=<h1;h2>,Signature=<hex>}.
 *
 * @param algorithm the scheme word, for example {@code ACS3-HMAC-SHA256}
 * @param credential the AccessKeyId
 * @param signedHeaders the header names as signed, {@code ;}-separated
 * @param signature the hex signature
 */
record AcsAuthorization(
    String algorithm, String credential, String signedHeaders, String signature) {

  static final String PREFIX = "ACS3-";
  static final String HMAC_SHA256 = "ACS3-HMAC-SHA256";

  static boolean looksLikeV3(String header) {
    return header != null && header.stripLeading().startsWith(PREFIX);
  }

  /** The parsed header, or null if any part is missing or empty. Never throws. */
  static AcsAuthorization parse(String header) {
    if (header == null) {
      return null;
    }
    String text = header.strip();
    int space = text.indexOf(' ');
    if (space <= 0) {
      return null;
    }
    // A part without '=' is skipped; a repeated key keeps its last value.
    Map<String, String> parts = new HashMap<>();
    for (String part : text.substring(space + 1).split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
      }
    }
    String credential = parts.get("Credential");
    String signedHeaders = parts.get("SignedHeaders");
    String signature = parts.get("Signature");
    return isNullOrEmpty(credential) || isNullOrEmpty(signedHeaders) || isNullOrEmpty(signature)
        ? null
        : new AcsAuthorization(text.substring(0, space), credential, signedHeaders, signature);
  }
}
