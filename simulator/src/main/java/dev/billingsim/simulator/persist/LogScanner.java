package dev.billingsim.simulator.persist;

import dev.billingsim.simulator.persist.LogFormat.Decoded;
import dev.billingsim.simulator.persist.LogFormat.Frame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the records of a log file and tells a torn tail from corruption.
 *
 * <p>A write cut short by a crash leaves a bad record only at the very end, and that record was
 * never acknowledged, so it is dropped. A bad record with a valid one anywhere after it cannot be a
 * torn write: the file is corrupt, and loading it would silently lose acknowledged changes, so it
 * is refused. The search for a later valid record tries every offset, not only line starts, since
 * the damage may have hit a line break; a torn prefix holds no line break, so none is found in it.
 */
final class LogScanner {

  private LogScanner() {}

  /** The valid records, and where a torn tail starts ({@code -1}: none) and why it is bad. */
  record Scan(List<Frame> frames, long tornAt, String tornReason, long size) {}

  static Scan scan(Path file, byte[] data) {
    if (data.length < LogFormat.HEADER.length
        || !Arrays.equals(
            data, 0, LogFormat.HEADER.length, LogFormat.HEADER, 0, LogFormat.HEADER.length)) {
      throw new PersistenceException(
          String.format(
              "%s: byte offset 0: not a billing simulator log (it must start with the line \"%s\");"
                  + " refusing to load it",
              file, new String(LogFormat.HEADER, 0, LogFormat.HEADER.length - 1)));
    }
    List<Frame> frames = new ArrayList<>();
    int at = LogFormat.HEADER.length;
    while (at < data.length) {
      Decoded decoded = LogFormat.decode(data, at);
      if (decoded.frame() == null) {
        int later = nextValidFrame(data, at + 1);
        if (later >= 0) {
          throw new PersistenceException(
              String.format(
                  "%s: corrupt record at byte offset %d (%s) with valid records after it at byte"
                      + " offset %d, so it is not a torn write; refusing to load the file",
                  file, at, decoded.problem(), later));
        }
        return new Scan(frames, at, decoded.problem(), data.length);
      }
      frames.add(decoded.frame());
      at += (int) decoded.frame().size();
    }
    return new Scan(frames, -1, null, data.length);
  }

  private static int nextValidFrame(byte[] data, int from) {
    return IntStream.range(from, data.length)
        .filter(i -> LogFormat.decode(data, i).frame() != null)
        .findFirst()
        .orElse(-1);
  }
}
