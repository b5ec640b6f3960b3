package dev.billingsim.simulator.persist;

import dev.billingsim.domain.billing.Change;
import dev.billingsim.domain.billing.ChangeListener;
import dev.billingsim.domain.state.BillingState;
import dev.billingsim.domain.state.StateRules;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code --persist FILE}: every committed change is on disk before it is applied and answered, and
 * a restart (even after {@code kill -9}) rebuilds exactly the acknowledged changes.
 *
 * <p>Lifecycle: {@link #open} loads the file (or creates it from the fallback state), giving the
 * {@link #state} to start the billing world from and the {@link #listener} to register with {@code
 * Billing.onChange}; the listener logs each change and, when the world is replaced or the clock
 * moves, a snapshot. {@link #close} when the simulator stops. A file that is corrupt anywhere but a
 * torn last record is refused with a {@link PersistenceException}.
 */
public final class Persistence implements AutoCloseable {

  /**
   * How the log is kept.
   *
   * @param compactionThresholdBytes the log is rewritten as one snapshot once it is larger
   * @param warnings where a discarded torn record or a failed compaction is reported
   */
  public record Settings(long compactionThresholdBytes, PrintStream warnings) {}

  private final Path file;
  private final BillingState state;
  private final RecordCodec codec;
  private final LogWriter writer;

  /** Set on a thread running {@link #atomically}: whether its operation recorded a snapshot yet. */
  private final ThreadLocal<boolean[]> atomic = new ThreadLocal<>();

  private Persistence(Path file, BillingState state, RecordCodec codec, LogWriter writer) {
    this.file = file;
    this.state = state;
    this.codec = codec;
    this.writer = writer;
  }

  public static Persistence open(Path file, BillingState fallbackInitial) {
    return open(file, fallbackInitial, new Settings(64L << 20, System.err));
  }

  /**
   * Opens the log at {@code file}: replays it if it exists, else creates it holding {@code
   * fallbackInitial}.
   *
   * @throws PersistenceException if the file is corrupt, in use or cannot be written
   */
  public static Persistence open(Path file, BillingState fallbackInitial, Settings settings) {
    Path path = file.toAbsolutePath();
    RecordCodec codec = new RecordCodec();
    try {
      if (!Files.exists(path) || Files.size(path) == 0) {
        List<String> problems = StateRules.problems(fallbackInitial);
        if (!problems.isEmpty()) {
          throw new IllegalArgumentException(
              "invalid initial state: " + String.join("; ", problems));
        }
        Replica replica = new Replica();
        replica.reset(fallbackInitial);
        Compaction compaction = new Compaction(settings.compactionThresholdBytes(), codec, 0);
        Compaction.Result created = compaction.rewrite(path, replica.state());
        LogWriter writer =
            new LogWriter(
                path, created.channel(), created.size(), replica, compaction, settings.warnings());
        return new Persistence(path, replica.state(), codec, writer);
      }
      FileChannel channel = LogFiles.openLocked(path);
      try {
        Files.deleteIfExists(LogFiles.temporary(path)); // an interrupted compaction's leftover
        LogLoader.Loaded loaded = LogLoader.load(path, channel, codec, settings.warnings());
        Compaction compaction =
            new Compaction(
                settings.compactionThresholdBytes(), codec, loaded.latestSnapshotBytes());
        LogWriter writer =
            new LogWriter(
                path, channel, loaded.size(), loaded.replica(), compaction, settings.warnings());
        return new Persistence(path, loaded.replica().state(), codec, writer);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
    } catch (IOException e) {
      throw new PersistenceException(path + ": cannot open the persistence log: " + e, e);
    }
  }

  /** The world to start from: what the file held, or the fallback state for a new file. */
  public BillingState state() {
    return state;
  }

  /** The listener to register with {@code Billing.onChange}. */
  public ChangeListener listener() {
    return new ChangeListener() {
      @Override
      public void committing(Change change) throws IOException {
        if (atomic.get() != null) {
          return; // part of a world-wide operation: its closing snapshot records it
        }
        writer.append(
            LogFormat.frame(LogFormat.CHANGE, codec.change(change)), r -> r.apply(change), false);
      }

      @Override
      public void replaced(Supplier<BillingState> snapshot) throws IOException {
        write(snapshot.get());
        boolean[] recorded = atomic.get();
        if (recorded != null) {
          recorded[0] = true;
        }
      }
    };
  }

  /**
   * Runs a world-wide operation (a clock advance: {@code Billing.advanceTo}) all or nothing on
   * disk. Its changes are not logged one by one; the snapshot the domain records at its end (while
   * the world is still locked) holds them all, so a crash before that loses the whole unanswered
   * operation instead of keeping half of it. Should it end without that snapshot (it threw), the
   * world as {@code world} then exports it is recorded, so the file still matches memory.
   *
   * <p>Only for operations that hold the world exclusively, as the clock does: a command on one
   * account must stay logged change by change, or another account's commit could outrun it.
   */
  public <T> T atomically(Supplier<BillingState> world, Supplier<T> operation) {
    if (atomic.get() != null) {
      return operation.get();
    }
    boolean[] recorded = {false};
    atomic.set(recorded);
    try {
      return operation.get();
    } finally {
      atomic.remove();
      if (!recorded[0]) {
        snapshot(world.get());
      }
    }
  }

  /** Records the whole world, durably, as the new starting point of the log. */
  public void snapshot(BillingState world) {
    try {
      write(world);
    } catch (IOException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }

  private void write(BillingState world) throws IOException {
    writer.append(
        LogFormat.frame(LogFormat.SNAPSHOT, codec.snapshot(world)), r -> r.reset(world), true);
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new PersistenceException(file + ": cannot close the persistence log: " + e, e);
    }
  }
}
