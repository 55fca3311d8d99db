package org.knotwork.lock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;
import org.knotwork.testing.Screenshots;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two new passphrases that differ: once the second field is left, the screen says so beside it, in
 * space kept for the sentence, so nothing below it moves.
 */
@ExtendWith(ApplicationExtension.class)
class PassphraseMismatchTest {
  private static final String SAYS = "The two passphrases are not the same";
  @TempDir Path root;
  private Stage stage;
  private Database db;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void firstStartSaysWhyTheButtonStaysOff(FxRobot robot) throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    PassphraseViewModel vm =
        new PassphraseViewModel(
            PracticeKeys.forTests(),
            dir,
            PassphraseViewModel.Mode.CREATE,
            new CurrentThreadTaskExecutor(),
            c -> {});
    show(robot, new PassphraseView(vm));

    robot.clickOn("#passphrase").write("copper meadow lantern");
    robot.clickOn("#passphrase-repeat").write("copper meadow lanterm");
    assertThat(shown(robot, "#passphrase-repeat-error")).as("not while typing").isEmpty();
    double buttonY = y(robot, "#passphrase-submit");
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(shown(robot, "#passphrase-repeat-error")).isEqualTo(SAYS);
    assertThat(robot.lookup("#passphrase-submit").queryButton().isDisabled()).isTrue();
    assertThat(y(robot, "#passphrase-submit")).as("nothing moves").isEqualTo(buttonY);
    Screenshots.save(robot, stage.getScene(), "passphrase-first-start-not-the-same");

    robot.clickOn("#passphrase-repeat").type(KeyCode.END, KeyCode.BACK_SPACE).write("n");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown(robot, "#passphrase-repeat-error")).isEmpty();
    assertThat(robot.lookup("#passphrase-submit").queryButton().isDisabled()).isFalse();
  }

  @Test
  void changingThePassphraseSaysSoBesideTheSecondField(FxRobot robot) throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    PracticeKeys keys = PracticeKeys.forTests();
    db = Database.open(dir, keys.create(dir, "first words here".toCharArray()));
    PracticeService practices =
        new PracticeService(
            new PracticeRepository(db.dsl()), new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0)));
    practices.start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    SecurityViewModel vm =
        new SecurityViewModel(
            practices, keys, dir, new CurrentThreadTaskExecutor(), new RecordingDialogService());
    show(robot, new SecurityView(vm, () -> {}));

    robot.clickOn("#passphrase-current").write("first words here");
    robot.clickOn("#passphrase-new").write("second words here");
    robot.clickOn("#passphrase-new-repeat").write("second words hare");
    double buttonY = y(robot, "#passphrase-change");
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(shown(robot, "#passphrase-new-repeat-error")).isEqualTo(SAYS);
    assertThat(y(robot, "#passphrase-change")).as("nothing moves").isEqualTo(buttonY);
    Node field = robot.lookup("#passphrase-new-repeat").query();
    javafx.geometry.Bounds box = field.localToScene(field.getLayoutBounds());
    assertThat(
            robot
                .lookup(n -> n instanceof javafx.scene.image.ImageView && n.isVisible())
                .queryAll()
                .stream()
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(box::intersects)
                .toList())
        .as("the error mark sits inside the field, clear of its corner")
        .isNotEmpty()
        .allSatisfy(mark -> assertThat(box.contains(mark)).as("%s inside %s", mark, box).isTrue());
    Screenshots.save(robot, stage.getScene(), "passphrase-change-not-the-same");
  }

  private void show(FxRobot robot, javafx.scene.Parent view) {
    robot.interact(
        () -> {
          stage.setScene(new Scene(view, 1280, 800));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The text of a message as a person sees it: "" while it is hidden or not there. */
  private static String shown(FxRobot robot, String query) {
    return robot
        .lookup(query)
        .tryQuery()
        .filter(Node::isVisible)
        .map(n -> ((Label) n).getText().strip())
        .orElse("");
  }

  private static double y(FxRobot robot, String query) {
    Node n = robot.lookup(query).query();
    return n.localToScene(0, 0).getY();
  }
}
