package dev.billingsim.simulator.persist;

import dev.billingsim.domain.state.BillingState;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * When and how the log is rewritten as one snapshot. Due once the file is past the threshold and at
 * least twice its latest snapshot, so the cost of rewriting stays proportional to what was appended
 * however large the world is. Not thread-safe: its writer locks.
 */
final class Compaction {

  /** The rewritten file's channel (locked) and size. */
  record Result(FileChannel channel, long size) {}

  private final long threshold;
  private final RecordCodec codec;
  private long snapshotBytes;
  private long retryAbove;

  Compaction(long threshold, RecordCodec codec, long latestSnapshotBytes) {
    this.threshold = threshold;
    this.codec = codec;
    this.snapshotBytes = latestSnapshotBytes;
  }

  void appended(long bytes, boolean snapshot) {
    if (snapshot) {
      snapshotBytes = bytes;
    }
  }

  boolean due(long fileSize) {
    return fileSize > Math.max(threshold, 2 * snapshotBytes) && fileSize > retryAbove;
  }

  /** A failed compaction is retried only after another threshold's worth of log. */
  void failed(long fileSize) {
    retryAbove = fileSize + threshold;
  }

  Result rewrite(Path file, BillingState state) throws IOException {
    byte[] frame = LogFormat.frame(LogFormat.SNAPSHOT, codec.snapshot(state));
    FileChannel channel = LogFiles.replace(file, LogFormat.HEADER, frame);
    snapshotBytes = frame.length;
    retryAbove = 0;
    return new Result(channel, (long) LogFormat.HEADER.length + frame.length);
  }
}
