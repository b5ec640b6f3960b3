package dev.billingsim.simulator.persist;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The bytes of the log file. It starts with the line {@code billing-simulator-log v1}; then each
 * record is one line {@code <type> <length> <crc> <json>}: the type {@code S} (snapshot: a whole
 * state document) or {@code C} (one change), the JSON's length in bytes as ten digits, the CRC32 of
 * the type and JSON as eight hex digits, and the compact JSON, which holds no raw line break.
 */
final class LogFormat {

  static final byte[] HEADER = "billing-simulator-log v1\n".getBytes(StandardCharsets.US_ASCII);
  static final byte SNAPSHOT = 'S';
  static final byte CHANGE = 'C';

  /** {@code "S 0000001234 89abcdef "}: type, space, ten digits, space, eight hex digits, space. */
  static final int FRAME_HEADER = 22;

  static final int MAX_PAYLOAD = 1_000_000_000;

  private LogFormat() {}

  /** One record found in the file. */
  record Frame(byte type, long offset, byte[] payload) {
    long size() {
      return FRAME_HEADER + payload.length + 1L;
    }
  }

  /** A frame decoded at an offset: the frame, or why there is no valid frame there. */
  record Decoded(Frame frame, String problem) {}

  static byte[] frame(byte type, byte[] payload) {
    String header =
        String.format(
            "%c %010d %08x ", (char) type, payload.length, crc(type, payload, 0, payload.length));
    byte[] frame = new byte[FRAME_HEADER + payload.length + 1];
    System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, frame, 0, FRAME_HEADER);
    System.arraycopy(payload, 0, frame, FRAME_HEADER, payload.length);
    frame[frame.length - 1] = '\n';
    return frame;
  }

  static Decoded decode(byte[] data, int offset) {
    if (data.length - offset < FRAME_HEADER) {
      return problem("the file ends inside a record header");
    }
    byte type = data[offset];
    if ((type != SNAPSHOT && type != CHANGE)
        || data[offset + 1] != ' '
        || data[offset + 12] != ' '
        || data[offset + 21] != ' ') {
      return problem("not a record header");
    }
    long length = number(data, offset + 2, 10, 10);
    long crc = number(data, offset + 13, 8, 16);
    if (length < 0 || crc < 0 || length > MAX_PAYLOAD) {
      return problem("not a record header");
    }
    long end = offset + FRAME_HEADER + length;
    if (end >= data.length) {
      return problem("the file ends inside a record of " + length + " bytes");
    }
    if (data[(int) end] != '\n') {
      return problem("the record does not end where its length says");
    }
    int start = offset + FRAME_HEADER;
    if (crc(type, data, start, (int) length) != crc) {
      return problem("bad checksum");
    }
    byte[] payload = new byte[(int) length];
    System.arraycopy(data, start, payload, 0, payload.length);
    return new Decoded(new Frame(type, offset, payload), null);
  }

  private static Decoded problem(String why) {
    return new Decoded(null, why);
  }

  /**
   * The digits at {@code data[from..from+count)} in {@code radix}, or -1 if they are not all
   * digits.
   */
  private static long number(byte[] data, int from, int count, int radix) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = Character.digit((char) data[i], radix);
      if (digit < 0 || Character.isUpperCase((char) data[i])) {
        return -1;
      }
      value = value * radix + digit;
    }
    return value;
  }

  private static long crc(byte type, byte[] data, int from, int length) {
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data, from, length);
    return crc.getValue();
  }
}
