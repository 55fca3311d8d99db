package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.Practice;
import org.knotwork.practice.TestTherapist;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The client list is what the therapist waits for after the passphrase: its clients are read first,
 * while the rest of the window is still being built, and the settings pages' loads wait their turn
 * behind it.
 */
@ExtendWith(ApplicationExtension.class)
class ClientListFirstTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
  private final Database db = Database.inMemory();

  @Start
  void start(Stage stage) {}

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theClientsAreReadBeforeAnythingElse(FxRobot robot) {
    AppContext context =
        new AppContext(DataDirectory.at(java.nio.file.Path.of("unused")), db, CLOCK);
    Practice practice =
        context.practices().start("Harbour Back Care", false, TestTherapist.PROFILE);
    QueuedTaskExecutor executor = new QueuedTaskExecutor();
    MainWindow[] window = new MainWindow[1];
    robot.interact(
        () -> {
          window[0] =
              new MainWindow(
                  context,
                  executor,
                  new RecordingDialogService(),
                  file -> {},
                  PracticeKeys.forTests(),
                  () -> {},
                  null,
                  Theme.LIGHT,
                  theme -> {});
          window[0].showPractice(practice);
        });
    assertThat(executor.pending()).isGreaterThan(1); // the list and the settings pages' loads

    robot.interact(executor::runNext);

    assertThat(window[0].readyProperty().get()).isTrue();
  }
}
