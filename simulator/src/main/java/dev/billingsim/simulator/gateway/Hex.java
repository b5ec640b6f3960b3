package dev.billingsim.simulator.gateway;

import java.nio.charset.StandardCharsets;

/**
 * Hexadecimal digits as the gateway writes them: lower case in V3 signatures and content hashes,
 * upper case in percent-encoding, request ids and JSON escapes.
 */
final class Hex {

  private static final char[] LOWER = "0123456789abcdef".toCharArray();
  private static final byte[] UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  private Hex() {}

  /** Lower-case hex of {@code bytes}, two digits a byte. */
  static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = LOWER[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = LOWER[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /** The upper-case digit for the low four bits of {@code value}, as an ASCII byte. */
  static byte upper(long value) {
    return UPPER[(int) (value & 0xF)];
  }
}
