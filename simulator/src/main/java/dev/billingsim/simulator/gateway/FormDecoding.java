package dev.billingsim.simulator.gateway;

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
    if (!isValidUtf8(decoded, length)) {
      return null;
    }
    return new String(decoded, 0, length, StandardCharsets.UTF_8);
  }

  /** Well-formed UTF-8 per RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF. */
  static boolean isValidUtf8(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int continuation;
      int min;
      int codePoint;
      if (b >= 0xC2 && b <= 0xDF) {
        continuation = 1;
        min = 0x80;
        codePoint = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        continuation = 2;
        min = 0x800;
        codePoint = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        continuation = 3;
        min = 0x10000;
        codePoint = b & 0x07;
      } else {
        return false;
      }
      if (i + continuation >= length) {
        return false;
      }
      for (int k = 1; k <= continuation; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return false;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return false;
      }
      i += continuation + 1;
    }
    return true;
  }
}
