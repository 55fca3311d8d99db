package org.knotwork.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;
import org.knotwork.testing.Screenshots;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The welcome screen: choosing the demo practice says nothing about the name field, which was never
 * typed in; a name typed and then taken away is asked for once the field is left.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {
  private Stage stage;
  private Database db;
  private final QueuedTaskExecutor executor = new QueuedTaskExecutor();

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void show(FxRobot robot) {
    db = Database.inMemory();
    PracticeService practices =
        new PracticeService(
            new PracticeRepository(db.dsl()), new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
    WelcomeViewModel vm =
        new WelcomeViewModel(
            practices,
            () -> practices.start("Demo", true, org.knotwork.practice.TestTherapist.PROFILE),
            executor,
            new RecordingDialogService());
    robot.interact(
        () -> {
          stage.setScene(
              new Scene(new WelcomeView(vm, "/home/someone/Knotwork", p -> {}), 1280, 800));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void choosingTheDemoSaysNothingAboutTheUntouchedName(FxRobot robot) throws Exception {
    robot.clickOn("#welcome-practice-name");
    double demoY = robot.lookup("#welcome-demo").query().localToScene(0, 0).getY();

    robot.clickOn("#welcome-demo");
    WaitForAsyncUtils.waitForFxEvents();

    Screenshots.save(robot, stage.getScene(), "welcome-demo-chosen");
    assertThat(shownError(robot)).isEmpty();
    assertThat(robot.lookup("#welcome-demo").query().localToScene(0, 0).getY()).isEqualTo(demoY);
  }

  @Test
  void aNameTypedAndTakenAwayIsAskedForOnceTheFieldIsLeft(FxRobot robot) {
    robot.clickOn("#welcome-practice-name").write("Riv");
    robot.type(KeyCode.BACK_SPACE, 3);
    assertThat(shownError(robot)).as("not while typing").isEmpty();
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(shownError(robot)).isEqualTo("Give your practice a name.");
  }

  private static String shownError(FxRobot robot) {
    return robot
        .lookup("#welcome-practice-name-error")
        .tryQuery()
        .filter(Node::isVisible)
        .map(n -> ((Label) n).getText().strip())
        .orElse("");
  }
}
