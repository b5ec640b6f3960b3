package dev.billingsim.simulator.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of {@code application/x-www-form-urlencoded} names and values (query strings use
 * the same rules): {@code +} is a space, {@code %XX} a byte, and the bytes must be valid UTF-8.
 * Returns null instead of throwing, so bad input becomes a gateway error.
 */
final class FormDecoding {

  private FormDecoding() {}

  /** Decodes {@code bytes[from, to)}, or returns null if it is not valid. */
  static String decode(byte[] bytes, int from, int to) {
    boolean plain = true;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '%' || b == '+' || b < 0) {
        plain = false;
        break;
      }
    }
    if (plain) {
      // Pure ASCII: Latin-1 decoding is exact and the cheapest String constructor.
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    byte[] decoded = new byte[to - from];
    int length = 0;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if (b == '+') {
        b = ' ';
      } else if (b == '%') {
        if (i + 2 >= to) {
          return null;
        }
        int high = Character.digit(bytes[i + 1], 16);
        int low = Character.digit(bytes[i + 2], 16);
        if (high < 0 || low < 0) {
          return null;
        }
        b = (byte) ((high << 4) | low);
        i += 2;
      }
      ascii &= b >= 0;
      decoded[length++] = b;
    }
    if (ascii) {
      return new String(decoded, 0, length, StandardCharsets.ISO_8859_1);
    }
    try {
      // The JDK's decoder reports (not replaces) what RFC 3629 forbids: overlong forms,
      // surrogates, code points past U+10FFFF.
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(decoded, 0, length))
          .toString();
    } catch (CharacterCodingException invalid) {
      return null;
    }
  }
}
