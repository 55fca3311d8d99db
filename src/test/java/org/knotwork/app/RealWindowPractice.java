package org.knotwork.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import javafx.stage.Stage;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.testfx.api.FxRobot;

/**
 * A demo practice on disk with Knotwork opened on it in the real window, at 1280×800 in the top
 * left corner; afterwards the stored records can be read back. Shared by the real-window tests that
 * need nothing more particular.
 */
final class RealWindowPractice {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private final DataDirectory dir;
  private KnotworkApp app;

  private RealWindowPractice(DataDirectory dir) {
    this.dir = dir;
  }

  /** A demo practice of this many clients with a year of visits, in {@code root/practice}. */
  static RealWindowPractice demo(Path root, int clients) {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new AppContext(dir, db, CLOCK).demo().create(clients, 1, 7L);
    }
    return new RealWindowPractice(dir);
  }

  /** Opens Knotwork on the practice in this stage and waits for the client list. */
  void open(FxRobot robot, Stage stage) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {});
          app.start(stage);
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    AppRobot.waitForClientList(robot);
  }

  /** Stops Knotwork, as its process would end; safe to call twice. */
  void close(FxRobot robot) {
    if (app != null) {
      KnotworkApp running = app;
      app = null;
      robot.interact(running::stop);
    }
  }

  /** Stops Knotwork if it still runs, then reads what is stored. */
  <T> T stored(FxRobot robot, Function<AppContext, T> query) {
    close(robot);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      return query.apply(new AppContext(dir, db, CLOCK));
    }
  }
}
