package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.app.AppRobot.waitFor;
import static org.knotwork.app.AppRobot.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Locking (Ctrl+L, from whichever window has the keyboard) while one of Knotwork's windows is open
 * beside the main one: the window goes, nothing of the client stays on screen, and what it was
 * about to do is never done. The kinds of window, and where each is met here:
 *
 * <ul>
 *   <li>a confirmation (DialogService.confirm): Export record… — {@link #exportConfirmation}
 *   <li>a second confirmation, then a typed one (confirm + confirmByTyping): Delete record… —
 *       {@link #deleteRecordConfirmations}
 *   <li>the unsaved-changes question (askUnsavedChanges): switching client — {@link
 *       #unsavedChangesQuestion}
 *   <li>a system save dialog (FileChoosers.save, via chooseZip and chooseFileToSave): Export record
 *       and Export log — {@link #saveDialogs}
 *   <li>a popup (a date picker's calendar; menus in {@code FxDialogServiceLockTest}) — {@link
 *       #popups}
 *   <li>an error message (showError) held while locked — {@link #saveDialogs}
 * </ul>
 *
 * Every DialogService and FileChoosers method is also covered one by one in {@code
 * FxDialogServiceLockTest}, the print dialog in {@code SystemPrinter}; ArchitectureTest keeps every
 * dialog and file chooser inside those two classes.
 */
@ExtendWith(ApplicationExtension.class)
class LockClosesEveryWindowTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final String PASSPHRASE = "copper meadow lantern";
  @TempDir Path root;
  private Stage stage;
  private KnotworkApp app;
  private DataDirectory dir;
  private final AtomicBoolean saveAsked = new AtomicBoolean();

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @BeforeEach
  void practice() {
    dir = DataDirectory.at(root.resolve("practice"));
    PracticeKeys keys = PracticeKeys.forTests();
    try (Database db = Database.open(dir, keys.create(dir, PASSPHRASE.toCharArray()))) {
      new AppContext(dir, db, CLOCK).demo().create(3, 1, 7L);
    }
  }

  @AfterEach
  void stop(FxRobot robot) {
    robot.interact(() -> app.stop());
  }

  @Test
  void exportConfirmation(FxRobot robot) {
    Path target = root.resolve("export.zip");
    open(robot, (chooser, owner) -> target.toFile());
    String name = openFirstClient(robot);

    later(() -> robot.lookup("#export-record-button").queryButton().fire());
    waitFor(robot, "#dialog-message");
    assertThat(textOnScreen()).anyMatch(t -> t.contains(name));

    lockWithKeys(robot);

    assertLockedAndNothingShows(name);
    unlock(robot);
    assertThat(saveAsked).isFalse();
    assertThat(target).doesNotExist();
    assertThat(auditAfterClosing(robot, AuditEntry.Action.EXPORT)).isEmpty();
  }

  @Test
  void deleteRecordConfirmations(FxRobot robot) {
    open(robot, (chooser, owner) -> null);
    robot.interact(() -> robot.lookup("#nav-records").queryAs(ToggleButton.class).fire());
    waitFor(robot, "#retention-show-all");
    robot.interact(
        () ->
            robot
                .lookup("#retention-show-all")
                .queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(true));
    waitUntil(() -> !robot.lookup("#retention-table").<TableView<?>>query().getItems().isEmpty());
    later(
        () -> {
          robot.lookup("#retention-table").<TableView<?>>query().getSelectionModel().select(0);
          robot.lookup("#retention-delete").queryButton().fire();
        });
    waitFor(robot, "#dialog-message");
    robot.clickOn("Delete anyway…");
    waitFor(robot, "#dialog-typed-confirmation");
    String name = typedConfirmationName();
    robot.clickOn("#dialog-typed-confirmation").write(name);
    assertThat(robot.lookup("Delete record").queryButton().isDisabled()).isFalse();

    lockWithKeys(robot);

    assertLockedAndNothingShows(name);
    unlock(robot);
    robot.interact(() -> robot.lookup("#nav-clients").queryAs(ToggleButton.class).fire());
    AppRobot.waitForClientList(robot);
    assertThat(robot.lookup("#client-list").<ListView<?>>query().getItems()).hasSize(3);
    assertThat(auditAfterClosing(robot, AuditEntry.Action.DELETE)).isEmpty();
  }

  @Test
  void unsavedChangesQuestion(FxRobot robot) {
    open(robot, (chooser, owner) -> null);
    String name = openFirstClient(robot);
    AppRobot.selectTab(robot, "tab-intake");
    waitFor(robot, "#client-occupation");
    robot.interact(
        () -> robot.lookup("#client-occupation").queryAs(TextField.class).setText("Ferry pilot"));
    later(
        () -> robot.lookup("#client-list").<ListView<Object>>query().getSelectionModel().select(1));
    waitFor(robot, "#dialog-message");

    lockWithKeys(robot);

    assertLockedAndNothingShows(name);
    unlock(robot);
    // "Keep editing": the same client, the change still there and not yet saved
    assertThat(AppRobot.label(robot, "#client-header-name")).isEqualTo(name);
    assertThat(robot.lookup("#client-occupation").queryAs(TextField.class).getText())
        .isEqualTo("Ferry pilot");
  }

  @Test
  void saveDialogs(FxRobot robot) {
    Path target = root.resolve("export.zip");
    // The system's save dialog cannot be closed by the lock: here Knotwork locks while it is open
    // and the therapist then picks a file in it.
    open(
        robot,
        (chooser, owner) -> {
          assertThat(chooser.getTitle() + " " + chooser.getInitialFileName())
              .doesNotContain(AppRobot.label(robot, "#client-header-name"));
          app.lock();
          return target.toFile();
        });
    String name = openFirstClient(robot);
    later(() -> robot.lookup("#export-record-button").queryButton().fire());
    waitFor(robot, "#dialog-message");
    robot.clickOn("Choose where to save…");

    assertLockedAndNothingShows(name);
    unlock(robot);
    waitFor(robot, "#dialog-message");
    assertThat(AppRobot.label(robot, "#dialog-message"))
        .startsWith("Knotwork locked while the file dialog was open");
    robot.clickOn("OK");
    assertThat(target).doesNotExist();

    // The audit log's CSV export asks through the dialog service: the same holds.
    Path csv = root.resolve("audit.csv");
    app.fileChoosers()
        .answerSaveWith(
            (chooser, owner) -> {
              app.lock();
              return csv.toFile();
            });
    robot.interact(() -> robot.lookup("#nav-records").queryAs(ToggleButton.class).fire());
    AppRobot.waitUntil(() -> robot.lookup("#records-page").tryQuery().isPresent());
    robot.interact(
        () -> {
          javafx.scene.control.TabPane tabs = robot.lookup("#records-page").query();
          tabs.getSelectionModel().select(1);
        });
    waitFor(robot, "#audit-export");
    later(() -> robot.lookup("#audit-export").queryButton().fire());
    waitFor(robot, "#passphrase");
    unlock(robot);
    waitFor(robot, "#dialog-message");
    robot.clickOn("OK");
    assertThat(csv).doesNotExist();
    assertThat(auditAfterClosing(robot, AuditEntry.Action.EXPORT)).isEmpty();
  }

  @Test
  void popups(FxRobot robot) {
    open(robot, (chooser, owner) -> null);
    robot.interact(() -> robot.lookup("#nav-records").queryAs(ToggleButton.class).fire());
    robot.interact(
        () -> {
          javafx.scene.control.TabPane tabs = robot.lookup("#records-page").query();
          tabs.getSelectionModel().select(1);
        });
    waitFor(robot, "#audit-from");
    robot.interact(
        () -> robot.lookup("#audit-from").queryAs(javafx.scene.control.DatePicker.class).show());
    waitUntil(() -> otherWindows().size() == 1);
    lockWithKeys(robot);
    assertThat(otherWindows()).isEmpty();
    unlock(robot);
  }

  @Test
  void lockingIsNotedInTheAuditLogAsUnlockingIs(FxRobot robot) {
    open(robot, (chooser, owner) -> null);

    lockWithKeys(robot);
    unlock(robot);

    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      assertThat(new AuditRepository(db.dsl()).about("practice", 1))
          .extracting(AuditEntry::action)
          .filteredOn(a -> a != AuditEntry.Action.BACKUP)
          .containsExactly(
              AuditEntry.Action.UNLOCK, AuditEntry.Action.LOCK, AuditEntry.Action.UNLOCK);
    }
  }

  private void open(
      FxRobot robot,
      java.util.function.BiFunction<javafx.stage.FileChooser, Window, java.io.File> save) {
    robot.interact(
        () -> {
          app = new KnotworkApp(dir, CLOCK, p -> {}, PracticeKeys.forTests());
          app.fileChoosers()
              .answerSaveWith(
                  (chooser, owner) -> {
                    saveAsked.set(true);
                    return save.apply(chooser, owner);
                  });
          app.start(stage);
        });
    unlock(robot);
    AppRobot.waitForClientList(robot);
    saveAsked.set(false);
  }

  /**
   * Runs {@code action} on the JavaFX thread without waiting for it: an action that asks a question
   * returns only once the question is answered.
   */
  private static void later(Runnable action) {
    javafx.application.Platform.runLater(action);
  }

  private String openFirstClient(FxRobot robot) {
    robot.clickOn(robot.lookup("#client-list .list-cell").<Node>query());
    waitFor(robot, "#client-header-name");
    return AppRobot.label(robot, "#client-header-name");
  }

  private static void lockWithKeys(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.L);
    robot.release(KeyCode.L, KeyCode.CONTROL);
    waitFor(robot, "#passphrase");
  }

  private void unlock(FxRobot robot) {
    waitFor(robot, "#passphrase");
    robot.interact(
        () -> {
          robot.lookup("#passphrase").<PasswordField>query().setText(PASSPHRASE);
          robot.lookup("#passphrase-submit").queryButton().fire();
        });
    waitUntil(() -> robot.lookup("#passphrase").tryQuery().isEmpty());
  }

  private void assertLockedAndNothingShows(String name) {
    AppRobot.waitUntil(() -> stage.getTitle().endsWith("locked"));
    assertThat(otherWindows()).as("windows left open beside the lock screen").isEmpty();
    assertThat(stage.getTitle()).doesNotContain(name);
    assertThat(textOnScreen()).noneMatch(t -> t.contains(name));
  }

  private List<Window> otherWindows() {
    return LockedScreen.otherWindows(stage);
  }

  private static List<String> textOnScreen() {
    return LockedScreen.textOnScreen();
  }

  private String typedConfirmationName() {
    String ask =
        textOnScreen().stream().filter(t -> t.startsWith("Type “")).findFirst().orElseThrow();
    return ask.substring("Type “".length(), ask.indexOf('”'));
  }

  /** Closes the app (the test's last step) and reads the audit entries of one kind. */
  private List<AuditEntry> auditAfterClosing(FxRobot robot, AuditEntry.Action action) {
    robot.interact(() -> app.stop());
    try (Database db =
        Database.open(dir, PracticeKeys.forTests().unlock(dir, PASSPHRASE.toCharArray()))) {
      return new AuditRepository(db.dsl())
          .lines(new AuditQuery(java.util.Set.of(action), null, null, null), 1000).stream()
              .map(AuditLine::entry)
              .toList();
    }
  }
}
