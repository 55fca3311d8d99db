package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditLine;
import org.knotwork.audit.AuditQuery;
import org.knotwork.audit.AuditRepository;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lock in a real window on a real X display, driven by real keyboard and mouse input: the
 * trial's two ways of acting on the records while locked, redone. Screenshots of each step go to
 * target/real-window/. Run by the "real-window" test run of {@code mvn verify}.
 */
@Tag("real-window")
@ExtendWith({RealDisplay.class, ApplicationExtension.class})
class LockInARealWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;
  private DataDirectory dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** Three invented clients. */
  @BeforeEach
  void practice(FxRobot robot) {
    dir = DataDirectory.at(root.resolve("practice"));
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray()))) {
      AppContext context = new AppContext(dir, db, CLOCK);
      context.demo().create(3, 1, 7L);
    }
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.start(stage);
        });
    typePassphrase(robot);
    AppRobot.waitForClientList(robot);
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void ctrlLInTheExportQuestionClosesItAndNothingIsExported(FxRobot robot) throws Exception {
    String name = openFirstClient(robot);
    robot.clickOn("#export-record-button");
    waitFor(robot, "#dialog-message");
    RealDisplay.screenshot("1-export-question");
    robot.moveTo("#dialog-message"); // the keyboard goes to the window under the pointer

    robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

    waitForLock();
    RealDisplay.screenshot("2-locked-from-the-question");
    assertThat(LockedScreen.otherWindows(stage)).isEmpty();
    assertThat(RealDisplay.windowTitles()).isNotEmpty().noneMatch(t -> t.contains(name));
    assertThat(LockedScreen.textOnScreen()).noneMatch(t -> t.contains(name));
    typePassphrase(robot);
    waitFor(robot, "#client-header-name");
    assertThat(RealDisplay.windowTitles()).noneMatch(t -> t.startsWith("Export"));
    assertThat(exportsAfterClosing(robot)).isEmpty();
  }

  @Test
  void theSystemSaveDialogLeftOpenUntilKnotworkLocksItselfSavesNothing(FxRobot robot)
      throws Exception {
    String name = openFirstClient(robot);
    robot.clickOn("#export-record-button");
    waitFor(robot, "#dialog-message");
    robot.clickOn("Choose where to save…");
    RealDisplay.waitForWindow("Export record");
    RealDisplay.screenshot("3-save-dialog-open");

    // The idle lock fires while the dialog is open (its timer is tried in AutoLockTest; here
    // it is called at once rather than after a minute of waiting).
    javafx.application.Platform.runLater(app::lock);
    waitForLock();
    RealDisplay.screenshot("4-save-dialog-over-the-lock");
    assertThat(RealDisplay.windowTitles()).noneMatch(t -> t.contains(name));

    Path target = root.resolve("exported.zip");
    RealDisplay.typeIntoFileDialog("Export record", target);
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            RealDisplay.run("xdotool", "search", "--onlyvisible", "--name", "^Export record$")
                .isEmpty());

    typePassphrase(robot);
    waitFor(robot, "#dialog-message");
    RealDisplay.screenshot("5-after-unlock");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .startsWith("Knotwork locked while the file dialog was open");
    robot.clickOn("OK");
    assertThat(target).doesNotExist();
    assertThat(exportsAfterClosing(robot)).isEmpty();
  }

  private String openFirstClient(FxRobot robot) {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-header-name");
    return AppRobot.label(robot, "#client-header-name");
  }

  private void typePassphrase(FxRobot robot) {
    waitFor(robot, "#passphrase");
    robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
    AppRobot.waitUntil(() -> robot.lookup("#passphrase").tryQuery().isEmpty());
  }

  private void waitForLock() throws Exception {
    WaitForAsyncUtils.waitFor(
        100,
        TimeUnit.SECONDS,
        () -> WaitForAsyncUtils.asyncFx(stage::getTitle).get().endsWith("locked"));
  }

  private java.util.List<AuditEntry> exportsAfterClosing(FxRobot robot) {
    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      return new AuditRepository(db.dsl())
              .lines(
                  new AuditQuery(java.util.Set.of(AuditEntry.Action.EXPORT), null, null, null), 100)
              .stream()
              .map(AuditLine::entry)
              .toList();
    }
  }
}
