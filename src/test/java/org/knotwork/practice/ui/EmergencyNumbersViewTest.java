package org.knotwork.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The emergency numbers section before a country is chosen shows no empty warning box. */
@ExtendWith(ApplicationExtension.class)
class EmergencyNumbersViewTest {
  private Stage stage;
  private final Database db = Database.inMemory();

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void withNoCountryChosenNoEmptyWarningIsShown(FxRobot robot) {
    PracticeService practices =
        new PracticeService(
            new PracticeRepository(db.dsl()), new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
    practices.start("Demo", true, org.knotwork.practice.TestTherapist.PROFILE);
    EmergencyNumbersViewModel vm =
        new EmergencyNumbersViewModel(
            practices, new CurrentThreadTaskExecutor(), new RecordingDialogService());
    robot.interact(
        () -> {
          stage.setScene(new Scene(new EmergencyNumbersView(vm), 800, 600));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();

    Label problem = robot.lookup("#practice-numbers-problem").query();
    assertThat(problem.getText() == null || problem.getText().isEmpty()).isTrue();
    assertThat(problem.isVisible()).as("an empty warning takes no room").isFalse();
  }
}
