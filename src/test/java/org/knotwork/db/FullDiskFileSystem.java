package org.knotwork.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the real disk that can be made "full": while {@link #FULL} is set, every
 * write fails the way a full disk fails (ENOSPC). Reached with the {@code fulldisk:} prefix.
 */
public final class FullDiskFileSystem extends FilePathWrapper {
  public static final String SCHEME = "fulldisk";
  public static final AtomicBoolean FULL = new AtomicBoolean();

  private static final AtomicBoolean registered = new AtomicBoolean();

  public static void register() {
    if (registered.compareAndSet(false, true)) {
      FilePath.register(new FullDiskFileSystem());
    }
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new FullDiskChannel(getBase().open(mode));
  }

  @Override
  public OutputStream newOutputStream(boolean append) throws IOException {
    OutputStream out = getBase().newOutputStream(append);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        refuseWhenFull();
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        refuseWhenFull();
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  static void refuseWhenFull() throws IOException {
    if (FULL.get()) {
      throw new IOException("No space left on device");
    }
  }

  private static final class FullDiskChannel extends FileBase {
    private final FileChannel base;

    FullDiskChannel(FileChannel base) {
      this.base = base;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      refuseWhenFull();
      return base.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      refuseWhenFull();
      return base.write(src, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      refuseWhenFull();
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      refuseWhenFull();
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
