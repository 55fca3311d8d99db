package org.knotwork.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Makes sure only one Knotwork works on a data folder at a time. The lock is taken before the
 * database is opened, so a second instance leaves the database untouched.
 */
public final class InstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, or returns empty when another instance already holds it. */
  public static Optional<InstanceLock> tryAcquire(DataDirectory dir) throws IOException {
    dir.ensureExists();
    FileChannel channel =
        FileChannel.open(dir.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      return Optional.of(new InstanceLock(channel, lock));
    } catch (OverlappingFileLockException alreadyHeldInThisProcess) {
      channel.close();
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
