package org.knotwork.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.knotwork.app.AppContext;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;

/** Opens a data folder for a command: takes the instance lock, then the database. */
final class OpenPractice implements AutoCloseable {
  private final InstanceLock lock;
  private final AppContext context;

  private OpenPractice(InstanceLock lock, AppContext context) {
    this.lock = lock;
    this.context = context;
  }

  static OpenPractice open(Path dir) throws IOException {
    DataDirectory data = dir == null ? DataDirectory.platformDefault() : DataDirectory.at(dir);
    InstanceLock lock =
        InstanceLock.tryAcquire(data)
            .orElseThrow(
                () ->
                    new CommandFailure(
                        "Knotwork is already open on "
                            + data
                            + ". Close it and run the command again; nothing was changed."));
    try {
      return new OpenPractice(
          lock,
          new AppContext(
              data,
              Database.open(data, DatabaseCredentials.unencrypted()),
              Clock.systemDefaultZone()));
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  AppContext context() {
    return context;
  }

  @Override
  public void close() throws IOException {
    try {
      context.close();
    } finally {
      lock.close();
    }
  }
}
