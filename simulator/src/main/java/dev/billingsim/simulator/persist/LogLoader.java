package dev.billingsim.simulator.persist;

import com.google.common.io.ByteStreams;
import dev.billingsim.domain.state.StateRules;
import dev.billingsim.simulator.persist.LogFormat.Frame;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * Rebuilds the world from an existing log: every record in order, starting from a snapshot. A torn
 * tail is cut off with a warning; anything else wrong refuses the whole file, naming it and the
 * byte offset, because loading part of it would silently drop acknowledged changes.
 */
final class LogLoader {

  private LogLoader() {}

  /** The rebuilt world, the file's size once a torn tail is cut, and its latest snapshot's size. */
  record Loaded(Replica replica, long size, long latestSnapshotBytes) {}

  static Loaded load(Path file, FileChannel channel, RecordCodec codec, PrintStream warnings)
      throws IOException {
    LogScanner.Scan scan = LogScanner.scan(file, readAll(file, channel));
    List<Frame> frames = scan.frames();
    if (frames.isEmpty() || frames.get(0).type() != LogFormat.SNAPSHOT) {
      throw new PersistenceException(
          String.format(
              "%s: byte offset %d: the log does not start with a snapshot; refusing to load the file",
              file, LogFormat.HEADER.length));
    }
    Replica replica = new Replica();
    long latestSnapshot = 0;
    for (Frame frame : frames) {
      try {
        if (frame.type() == LogFormat.SNAPSHOT) {
          replica.reset(codec.readSnapshot(frame.payload()));
          latestSnapshot = frame.size();
        } else {
          replica.apply(codec.readChange(frame.payload(), replica::currencyOf));
        }
      } catch (RecordCodec.Unreadable e) {
        throw new PersistenceException(
            String.format(
                "%s: record at byte offset %d (%s) cannot be read: %s; refusing to load the file",
                file,
                frame.offset(),
                frame.type() == LogFormat.SNAPSHOT ? "snapshot" : "change",
                e.getMessage()));
      }
    }
    List<String> problems = StateRules.problems(replica.state());
    if (!problems.isEmpty()) {
      throw new PersistenceException(
          file
              + ": the state rebuilt from the log breaks the state rules: "
              + RecordCodec.summary(problems)
              + "; refusing to load the file");
    }
    long size = scan.size();
    if (scan.tornAt() >= 0) {
      warnings.printf(
          "billing-simulator: warning: %s: discarded an incomplete last record at byte offset %d"
              + " (%d bytes, %s), left by an interrupted write; it was never acknowledged%n",
          file, scan.tornAt(), size - scan.tornAt(), scan.tornReason());
      channel.truncate(scan.tornAt());
      channel.force(true);
      size = scan.tornAt();
    }
    return new Loaded(replica, size, latestSnapshot);
  }

  private static byte[] readAll(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 64) {
      throw new PersistenceException(file + ": too large to load (" + size + " bytes)");
    }
    return ByteStreams.toByteArray(Channels.newInputStream(channel.position(0)));
  }
}
