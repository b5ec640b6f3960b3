package dev.billingsim.simulator.persist;

import com.google.common.primitives.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** A log file's bytes split into its header and record lines, to damage it as a crash would. */
final class LogFile {

  final byte[] bytes;

  LogFile(Path file) throws IOException {
    bytes = Files.readAllBytes(file);
  }

  /** The byte offset of each record (the header line excluded). */
  List<Integer> recordOffsets() {
    return IntStream.range(LogFormat.HEADER.length, bytes.length)
        .filter(i -> bytes[i - 1] == '\n')
        .boxed()
        .toList();
  }

  byte[] record(int index) {
    List<Integer> offsets = recordOffsets();
    int end = index + 1 < offsets.size() ? offsets.get(index + 1) : bytes.length;
    return Arrays.copyOfRange(bytes, offsets.get(index), end);
  }

  static void write(Path file, byte[]... parts) throws IOException {
    Files.write(file, Bytes.concat(parts));
  }
}
