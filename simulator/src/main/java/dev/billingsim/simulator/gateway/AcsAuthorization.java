package dev.billingsim.simulator.gateway;

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
    String algorithm = text.substring(0, space);
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    int from = space + 1;
    while (from <= text.length()) {
      int comma = text.indexOf(',', from);
      int end = comma < 0 ? text.length() : comma;
      String part = text.substring(from, end).strip();
      int equals = part.indexOf('=');
      if (equals > 0) {
        String key = part.substring(0, equals).strip();
        String value = part.substring(equals + 1).strip();
        if (key.equals("Credential")) {
          credential = value;
        } else if (key.equals("SignedHeaders")) {
          signedHeaders = value;
        } else if (key.equals("Signature")) {
          signature = value;
        }
      }
      from = end + 1;
    }
    if (isEmpty(credential) || isEmpty(signedHeaders) || isEmpty(signature)) {
      return null;
    }
    return new AcsAuthorization(algorithm, credential, signedHeaders, signature);
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
