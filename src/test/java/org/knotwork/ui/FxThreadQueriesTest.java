package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detector behind {@link NoQueriesOnTheFxThread}. */
@ExtendWith(ApplicationExtension.class)
class FxThreadQueriesTest {

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 100, 100));
  }

  @Test
  void aQueryRunOnTheFxThreadByKnotworksOwnUiCodeIsNoted(FxRobot robot) {
    try (Database db = Database.inMemory()) {
      PracticeService practices =
          new PracticeService(new PracticeRepository(db.dsl()), Clock.systemUTC());
      FxThreadQueries.takeAll();

      // PracticeLock (UI code) runs the service at once: as a screen that queries on its thread
      robot.interact(() -> new PracticeLock().whenUnlocked(practices::current));

      assertThat(FxThreadQueries.takeAll())
          .singleElement()
          .asString()
          .containsIgnoringCase("select")
          .contains("PracticeLock.whenUnlocked");
    }
  }

  @Test
  void queriesOffTheFxThreadOrATestsOwnAreNotNoted(FxRobot robot) {
    try (Database db = Database.inMemory()) {
      PracticeService practices =
          new PracticeService(new PracticeRepository(db.dsl()), Clock.systemUTC());
      FxThreadQueries.takeAll();

      practices.current();
      robot.interact(practices::current); // a test setting up its practice inside @Start
      robot.interact(
          () ->
              new CurrentThreadTaskExecutor()
                  .execute(practices::current, found -> {}, failure -> {}));

      assertThat(FxThreadQueries.takeAll()).isEmpty();
    }
  }
}
