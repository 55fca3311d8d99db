package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.ui.DialogService.UnsavedChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kind of window Knotwork opens beside its main one, opened and then overtaken by a lock the
 * way the app locks ({@link PracticeLock#lock()}, then {@link OpenWindows#closeAllBut}): each is
 * gone and its answer is "cancel". The system's file dialogs, which a lock cannot close, give no
 * answer either. The whole-app flows are in {@code LockClosesEveryWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceLockTest {
  private final PracticeLock lock = new PracticeLock();
  private Stage stage;

  /** A file dialog's stand-in: the lock comes while it is open, then a file is picked. */
  private final FileChoosers files =
      new FileChoosers(
          lock,
          (chooser, owner) -> lockWhileOpen(),
          (chooser, owner) -> lockWhileOpen(),
          (DirectoryChooser chooser, Window owner) -> lockWhileOpen());

  private FxDialogService dialogs;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 600, 400));
    stage.show();
    dialogs = new FxDialogService(() -> stage, lock, files);
  }

  @org.junit.jupiter.api.AfterEach
  void closeWhatIsLeft(FxRobot robot) {
    robot.interact(
        () -> {
          lock.unlock();
          OpenWindows.closeAllBut(stage);
        });
  }

  @Test
  void confirmationCountsAsCancelled(FxRobot robot) {
    assertThat(askThenLock(robot, () -> dialogs.confirm("Export", "Sure?", "Export")))
        .isEqualTo(false);
  }

  @Test
  void typedConfirmationCountsAsCancelled(FxRobot robot) {
    Optional<String> typed =
        askThenLock(
            robot, () -> dialogs.confirmByTyping("Delete", "Sure?", "Anna Berg", "Delete record"));
    assertThat(typed).isEmpty();
  }

  @Test
  void unsavedChangesKeepEditing(FxRobot robot) {
    assertThat(askThenLock(robot, () -> dialogs.askUnsavedChanges("Anna Berg's details")))
        .isEqualTo(UnsavedChoice.CANCEL);
  }

  @Test
  void errorMessageClosesAndOneGivenWhileLockedWaitsForTheUnlock(FxRobot robot) {
    askThenLock(
        robot,
        () -> {
          dialogs.showError("Not saved", "The disk is full.");
          return true;
        });
    robot.interact(() -> dialogs.showError("Not exported", "Knotwork locked."));
    assertThat(otherWindows()).isEmpty();
    robot.interact(lock::unlock);
    assertThat(otherWindows()).hasSize(1);
    robot.interact(() -> OpenWindows.closeAllBut(stage));
  }

  @Test
  void messageShownWithoutWaitingCloses(FxRobot robot) {
    robot.interact(
        () ->
            FxDialogService.alert(Alert.AlertType.INFORMATION, "Restored", "Done.", stage).show());
    assertThat(otherWindows()).hasSize(1);
    lockNow(robot);
    assertThat(otherWindows()).isEmpty();
  }

  @Test
  void popupMenuCloses(FxRobot robot) {
    robot.interact(() -> new ContextMenu(new MenuItem("Archive")).show(stage, 100, 100));
    assertThat(otherWindows()).hasSize(1);
    lockNow(robot);
    assertThat(otherWindows()).isEmpty();
  }

  @Test
  void fileDialogsAnswerNothingWhenTheLockCameWhileTheyWereOpen(FxRobot robot) {
    AtomicReference<List<Object>> answers = new AtomicReference<>();
    robot.interact(
        () ->
            answers.set(
                List.of(
                    dialogs.chooseFileToOpen("Import", "CSV", List.of("*.csv")),
                    dialogs.chooseFileToSave("Export log", "audit.csv", "CSV", ".csv"),
                    files.folder(new DirectoryChooser(), stage),
                    dialogs.showDirectoryDialog(FileDialogConfiguration.titled("Second folder")),
                    dialogs.showOpenDialog(
                        FileDialogConfiguration.titled("Choose a logo").withFilter("PNG", "*.png")),
                    dialogs.showSaveDialog(
                        FileDialogConfiguration.titled("Save as PDF")
                            .withFilter("PDF", "*.pdf")
                            .withInitialFileName("Plan.pdf")))));
    assertThat(answers.get()).containsOnly(Optional.empty());
  }

  @Test
  void nothingIsAskedWhileLocked(FxRobot robot) {
    robot.interact(lock::lock);
    AtomicReference<Object> answer = new AtomicReference<>();
    robot.interact(
        () ->
            answer.set(
                List.of(
                    dialogs.confirm("Export", "Sure?", "Export"),
                    dialogs.askUnsavedChanges("notes"),
                    dialogs.chooseFileToSave("Export log", "audit.csv", "CSV", ".csv"))));
    assertThat(answer.get()).isEqualTo(List.of(false, UnsavedChoice.CANCEL, Optional.empty()));
    assertThat(otherWindows()).isEmpty();
  }

  @Test
  void workAskedForBeforeTheLockDoesNothingWhenItRunsAfterIt() throws Exception {
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(lock);
    lock.lock();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    executor.executeWhileUnlocked(
        () -> {
          throw new AssertionError("ran while locked");
        },
        done -> {},
        failure::set);
    assertThat(failure.get()).isInstanceOf(PracticeLockedException.class);
    assertThat(UserMessages.explain(failure.get(), "Exporting"))
        .startsWith("Knotwork locked before this could be done");
  }

  /** Opens a dialog that waits for an answer, locks, and returns the answer it gave. */
  private <T> T askThenLock(FxRobot robot, Supplier<T> question) {
    AtomicReference<T> answer = new AtomicReference<>();
    Platform.runLater(() -> answer.set(question.get()));
    waitUntil(() -> otherWindows().size() == 1);
    lockNow(robot);
    waitUntil(() -> answer.get() != null);
    assertThat(otherWindows()).isEmpty();
    return answer.get();
  }

  private void lockNow(FxRobot robot) {
    robot.interact(
        () -> {
          lock.lock();
          OpenWindows.closeAllBut(stage);
        });
  }

  private File lockWhileOpen() {
    lock.lock();
    lock.unlock(); // unlocked again before the file is picked: still not used
    return Path.of("chosen.csv").toAbsolutePath().toFile();
  }

  private List<Window> otherWindows() {
    WaitForAsyncUtils.waitForFxEvents();
    return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != stage).toList();
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
