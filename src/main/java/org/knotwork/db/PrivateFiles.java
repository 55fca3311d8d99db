package org.knotwork.db;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold the practice's data outside the encrypted database — exports, the audit
 * log as CSV, saved PDFs, the key — so that only the user who runs Knotwork can read them
 * (rw------- where the file system has POSIX permissions), and so that they appear whole or not at
 * all.
 */
public final class PrivateFiles {
  /** Writes the content of a file; closing {@code out} only flushes it. */
  @FunctionalInterface
  public interface Content {
    void write(OutputStream out) throws IOException;
  }

  private PrivateFiles() {}

  /**
   * Writes {@code target}: into a new file beside it that only the user can read from the moment it
   * exists, forced to disk, then moved into place (replacing an earlier file, whoever could read
   * that one). A failure leaves any earlier file as it was and no unfinished one behind.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path part = createTemp(dir, "." + absolute.getFileName() + ".", ".part");
    try {
      try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.write(unclosable(out));
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /** The stream, with close() flushing it: it is closed, and forced to disk, by {@link #write}. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * A new, empty file in {@code dir} that only the user can read and write, from the moment it is
   * created (on a file system without POSIX permissions it gets what the folder gives).
   */
  private static Path createTemp(Path dir, String prefix, String suffix) throws IOException {
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      FileAttribute<?> userOnly =
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      return Files.createTempFile(dir, prefix, suffix, userOnly);
    }
    return Files.createTempFile(dir, prefix, suffix);
  }
}
