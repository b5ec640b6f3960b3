package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Alibaba Cloud's percent-encoding for signatures: the clients' {@code URLEncoder.encode(s, UTF-8)}
 * followed by {@code +→%20, *→%2A, %7E→~}, which leaves exactly the RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - _ . ~}) as they are and writes every other UTF-8 byte as upper-case {@code
 * %XX}. Written by hand, into ASCII bytes, because it runs on every request.
 *
 * <p>A V1 string to sign encodes the canonical query a second time. Encoding leaves only unreserved
 * characters and {@code %XX}, so the second pass changes exactly each {@code %} into {@code %25}:
 * {@link Ascii#appendTwice} does both passes at once.
 */
public final class PercentEncoding {

  private static final boolean[] UNRESERVED = new boolean[128];
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  static {
    for (char c :
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".toCharArray()) {
      UNRESERVED[c] = true;
    }
  }

  private PercentEncoding() {}

  public static String encode(String value) {
    return new Ascii(value.length() + 16).appendOnce(value).toString();
  }

  /** A growing buffer of bytes, ASCII but for raw text: what a signature is computed over. */
  static final class Ascii {
    private static final byte[] ONCE = {'%'};
    private static final byte[] TWICE = {'%', '2', '5'};

    private byte[] bytes;
    private int length;

    Ascii(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends text as it is, as UTF-8 (ASCII in every request that can be signed). */
    Ascii appendRaw(String text) {
      ensure(text.length());
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          length -= i;
          byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
          ensure(utf8.length);
          System.arraycopy(utf8, 0, bytes, length, utf8.length);
          length += utf8.length;
          return this;
        }
        bytes[length++] = (byte) c;
      }
      return this;
    }

    /** Appends {@code value} percent-encoded. */
    Ascii appendOnce(CharSequence value) {
      return append(value, ONCE);
    }

    /** Appends {@code value} percent-encoded, then percent-encoded again. */
    Ascii appendTwice(CharSequence value) {
      return append(value, TWICE);
    }

    int length() {
      return length;
    }

    /** The buffer itself, valid up to {@link #length()}: no copy for a caller that reads it now. */
    byte[] buffer() {
      return bytes;
    }

    @Override
    public String toString() {
      return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }

    private Ascii append(CharSequence value, byte[] percent) {
      int n = value.length();
      int plain = 0;
      while (plain < n && value.charAt(plain) < 0x80 && UNRESERVED[value.charAt(plain)]) {
        plain++;
      }
      // Most names and values are unreserved throughout: one bounds check, then a plain copy.
      ensure(plain);
      for (int i = 0; i < plain; i++) {
        bytes[length++] = (byte) value.charAt(i);
      }
      for (int i = plain; i < n; i++) {
        char c = value.charAt(i);
        if (c < 0x80) {
          if (UNRESERVED[c]) {
            ensure(1);
            bytes[length++] = (byte) c;
          } else {
            appendByte(c, percent);
          }
        } else if (c < 0x800) {
          appendByte(0xC0 | (c >> 6), percent);
          appendByte(0x80 | (c & 0x3F), percent);
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, value.charAt(++i));
          appendByte(0xF0 | (codePoint >> 18), percent);
          appendByte(0x80 | ((codePoint >> 12) & 0x3F), percent);
          appendByte(0x80 | ((codePoint >> 6) & 0x3F), percent);
          appendByte(0x80 | (codePoint & 0x3F), percent);
        } else if (Character.isSurrogate(c)) {
          // A lone surrogate has no UTF-8 form; URLEncoder writes '?' for it, so must we.
          appendByte('?', percent);
        } else {
          appendByte(0xE0 | (c >> 12), percent);
          appendByte(0x80 | ((c >> 6) & 0x3F), percent);
          appendByte(0x80 | (c & 0x3F), percent);
        }
      }
      return this;
    }

    private void appendByte(int b, byte[] percent) {
      ensure(percent.length + 2);
      for (byte p : percent) {
        bytes[length++] = p;
      }
      bytes[length++] = (byte) HEX.toHighHexDigit(b);
      bytes[length++] = (byte) HEX.toLowHexDigit(b);
    }

    private void ensure(int more) {
      if (length + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }
  }
}
