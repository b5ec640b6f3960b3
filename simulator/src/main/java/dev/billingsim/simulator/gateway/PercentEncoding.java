package dev.billingsim.simulator.gateway;

/**
 * Alibaba Cloud's percent-encoding for signatures: the clients' {@code URLEncoder.encode(s, UTF-8)}
 * followed by {@code +→%20, *→%2A, %7E→~}, which leaves exactly the RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - _ . ~}) as they are and writes every other UTF-8 byte as upper-case {@code
 * %XX}. Written by hand because it runs several times per request.
 */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private PercentEncoding() {}

  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    append(out, value);
    return out.toString();
  }

  static void append(StringBuilder out, CharSequence value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        if (UNRESERVED[c]) {
          out.append(c);
        } else {
          appendByte(out, c);
        }
      } else if (c < 0x800) {
        appendByte(out, 0xC0 | (c >> 6));
        appendByte(out, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        appendByte(out, 0xF0 | (codePoint >> 18));
        appendByte(out, 0x80 | ((codePoint >> 12) & 0x3F));
        appendByte(out, 0x80 | ((codePoint >> 6) & 0x3F));
        appendByte(out, 0x80 | (codePoint & 0x3F));
      } else if (Character.isSurrogate(c)) {
        // A lone surrogate has no UTF-8 form; URLEncoder writes '?' for it, so must we.
        appendByte(out, '?');
      } else {
        appendByte(out, 0xE0 | (c >> 12));
        appendByte(out, 0x80 | ((c >> 6) & 0x3F));
        appendByte(out, 0x80 | (c & 0x3F));
      }
    }
  }

  private static void appendByte(StringBuilder out, int b) {
    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }
}
