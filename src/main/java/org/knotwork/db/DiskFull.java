package org.knotwork.db;

import java.util.Locale;

/** Recognises a full disk in a failure, whichever layer (file, H2, ZIP) reported it. */
public final class DiskFull {
  private DiskFull() {}

  /** True when the failure, or anything that caused it, says the disk has no space left. */
  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message == null) {
        continue;
      }
      String m = message.toLowerCase(Locale.ROOT);
      if (m.contains("no space left on device") // Linux and macOS (ENOSPC)
          || m.contains("not enough space on the disk") // Windows
          || m.contains("disk quota exceeded")) {
        return true;
      }
    }
    return false;
  }
}
