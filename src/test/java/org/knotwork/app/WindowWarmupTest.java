package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warm-up's throw-away main window is built, styled and laid out, and never shown. */
@ExtendWith(ApplicationExtension.class)
class WindowWarmupTest {
  @TempDir Path temp;

  @Start
  void start(Stage stage) {
    Theme.LIGHT.apply();
  }

  @Test
  void buildsTheThrowAwayPracticesWindowWithoutShowingAnything(FxRobot robot) {
    Path nowhere = temp.resolve("never-created");
    List<Window> before = robot.listWindows();
    try (Database scratch = Database.scratch()) {
      AppContext context = new AppContext(DataDirectory.at(nowhere), scratch, Clock.systemUTC());
      context.demo().create(3, 1, 1);

      assertThat(context.practices().current()).isPresent();
      assertThat(WindowWarmup.buildAndWait(context, () -> false)).isTrue();
    }
    assertThat(robot.listWindows()).containsExactlyElementsOf(before);
    assertThat(nowhere).doesNotExist();
  }

  /**
   * Found in a hands-on trial: the three turns on the JavaFX thread ran after the passphrase was
   * submitted, so a quick typist waited for them. A stop now ends the window between turns.
   */
  @Test
  void aStopBetweenTurnsLeavesTheRestUndone() {
    java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    try (Database scratch = Database.scratch()) {
      AppContext context =
          new AppContext(DataDirectory.at(temp.resolve("none")), scratch, Clock.systemUTC());
      context.demo().create(3, 1, 1);

      // not stopped before the first turn; stopped when the second is about to run
      assertThat(WindowWarmup.buildAndWait(context, () -> asked.getAndIncrement() > 0)).isFalse();
    }
    assertThat(asked.get()).isEqualTo(2);
  }
}
