package dev.billingsim.simulator.persist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File-system steps the log needs to be crash-safe: replacing the file atomically with a fresh one
 * (write a temporary sibling, force it, rename it over, force the directory), exclusive locks so
 * two simulators never write one file, and complete writes.
 */
final class LogFiles {

  private LogFiles() {}

  static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".compacting");
  }

  /** Opens an existing log for reading and appending, locked against other processes. */
  static FileChannel openLocked(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    lockOrClose(channel, file);
    return channel;
  }

  /**
   * Makes {@code file} hold {@code contents} and nothing else, atomically: after a crash it holds
   * either its old contents or all the new ones. Returns the new file's channel, locked.
   */
  static FileChannel replace(Path file, byte[]... contents) throws IOException {
    Path temporary = temporary(file);
    FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    lockOrClose(channel, temporary);
    try {
      long position = 0;
      for (byte[] part : contents) {
        writeFully(channel, part, position);
        position += part.length;
      }
      channel.force(true);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceDirectory(file);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  static void writeFully(FileChannel channel, byte[] bytes, long position) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
  }

  /** Makes a rename durable where a directory can be forced; elsewhere it is as safe as it gets. */
  static void forceDirectory(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some systems (Windows) cannot open a directory; their renames are durable on their own.
    }
  }

  private static void lockOrClose(FileChannel channel, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new PersistenceException(file + ": in use by another simulator (it is locked)");
    }
  }
}
