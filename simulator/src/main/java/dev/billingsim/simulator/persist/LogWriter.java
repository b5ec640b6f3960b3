package dev.billingsim.simulator.persist;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Appends records to the log and returns only once they are on disk.
 *
 * <p>Group commit: a writer appends its record under the lock, then either becomes the one thread
 * forcing the file (for every record appended so far) or waits for the force in progress, so
 * commits of different accounts share fsyncs. Records reach the file and the replica in the same
 * order. Fail-stop: once a write or force fails, nothing more is accepted, because what reached the
 * disk is no longer known. When the file has grown past its threshold, the thread that just forced
 * it compacts it into one snapshot of the replica.
 */
final class LogWriter implements AutoCloseable {

  private final Path file;
  private final Replica replica;
  private final Compaction compaction;
  private final PrintStream warnings;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition forced = lock.newCondition();
  private FileChannel channel;
  private long size;
  private long appended;
  private long durable;
  private boolean forcing;
  private IOException failure;
  private boolean closed;

  LogWriter(
      Path file,
      FileChannel channel,
      long size,
      Replica replica,
      Compaction compaction,
      PrintStream warnings) {
    this.file = file;
    this.channel = channel;
    this.size = size;
    this.replica = replica;
    this.compaction = compaction;
    this.warnings = warnings;
  }

  /** Appends {@code frame}, updates the replica with it, and waits until it is durable. */
  void append(byte[] frame, Consumer<Replica> update, boolean snapshot) throws IOException {
    lock.lock();
    try {
      usable();
      try {
        LogFiles.writeFully(channel, frame, size);
      } catch (IOException e) {
        throw fail(e);
      }
      size += frame.length;
      update.accept(replica);
      compaction.appended(frame.length, snapshot);
      long seq = ++appended;
      while (durable < seq) {
        usable();
        if (forcing) {
          forced.awaitUninterruptibly();
        } else {
          forceAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Forces everything appended so far, with the lock released meanwhile. Call holding it. */
  private void forceAll() throws IOException {
    forcing = true;
    long target = appended;
    FileChannel forcedChannel = channel;
    IOException failed = null;
    lock.unlock();
    try {
      forcedChannel.force(false);
    } catch (IOException e) {
      failed = e;
    } finally {
      lock.lock();
      forcing = false;
      forced.signalAll();
    }
    if (failed != null) {
      throw fail(failed);
    }
    durable = Math.max(durable, target);
    if (compaction.due(size)) {
      compact();
    }
  }

  private void compact() {
    try {
      Compaction.Result result = compaction.rewrite(file, replica.state());
      FileChannel old = channel;
      channel = result.channel();
      size = result.size();
      durable = appended;
      old.close();
    } catch (IOException | RuntimeException e) {
      compaction.failed(size);
      warnings.printf(
          "billing-simulator: warning: %s: compaction failed, the log keeps growing: %s%n",
          file, e);
    }
  }

  private void usable() throws IOException {
    if (closed) {
      throw new IOException(file + ": the persistence log is closed");
    }
    if (failure != null) {
      throw new IOException(
          file + ": an earlier write failed, no change is accepted any more: " + failure, failure);
    }
  }

  private IOException fail(IOException e) {
    failure = e;
    forced.signalAll();
    return new IOException(file + ": could not write the persistence log: " + e, e);
  }

  @Override
  public void close() throws IOException {
    lock.lock();
    try {
      while (forcing) {
        forced.awaitUninterruptibly();
      }
      if (!closed) {
        closed = true;
        channel.close();
      }
    } finally {
      lock.unlock();
    }
  }
}
