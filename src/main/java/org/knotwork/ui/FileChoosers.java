package org.knotwork.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Knotwork shows the system's file and folder dialogs.
 *
 * <p>Unlike its own windows, a system file dialog cannot be closed by Knotwork when it locks (see
 * decision 22). So a chooser is never opened while the practice is locked, its title and suggested
 * name never name a client (the callers' part), and an answer given to a chooser that was open when
 * Knotwork locked is thrown away: nothing is read or written because of it.
 */
public final class FileChoosers {
  private static final Logger log = LoggerFactory.getLogger(FileChoosers.class);
  private final PracticeLock lock;
  private BiFunction<FileChooser, Window, File> open;
  private BiFunction<FileChooser, Window, File> save;
  private final BiFunction<DirectoryChooser, Window, File> folder;

  /** The system's dialogs. */
  public FileChoosers(PracticeLock lock) {
    this(
        lock,
        FileChooser::showOpenDialog,
        FileChooser::showSaveDialog,
        DirectoryChooser::showDialog);
  }

  /** Other ways of answering the dialogs (the whole-app tests answer them without a window). */
  public FileChoosers(
      PracticeLock lock,
      BiFunction<FileChooser, Window, File> open,
      BiFunction<FileChooser, Window, File> save,
      BiFunction<DirectoryChooser, Window, File> folder) {
    this.lock = lock;
    this.open = open;
    this.save = save;
    this.folder = folder;
  }

  /** Answers "choose a file to open" some other way from now on (whole-app tests). */
  public void answerOpenWith(BiFunction<FileChooser, Window, File> answer) {
    this.open = answer;
  }

  /** Answers "choose where to save" some other way from now on (whole-app tests). */
  public void answerSaveWith(BiFunction<FileChooser, Window, File> answer) {
    this.save = answer;
  }

  /** A file to read; empty when cancelled, or when Knotwork locked while the dialog was open. */
  public Optional<Path> open(FileChooser chooser, Window owner) {
    return ask(() -> open.apply(chooser, owner), owner);
  }

  /** A file to write; empty when cancelled, or when Knotwork locked while the dialog was open. */
  public Optional<Path> save(FileChooser chooser, Window owner) {
    return ask(() -> save.apply(chooser, owner), owner);
  }

  /** A folder; empty when cancelled, or when Knotwork locked while the dialog was open. */
  public Optional<Path> folder(DirectoryChooser chooser, Window owner) {
    return ask(() -> folder.apply(chooser, owner), owner);
  }

  private Optional<Path> ask(java.util.function.Supplier<File> dialog, Window owner) {
    if (lock.isLocked()) {
      return Optional.empty();
    }
    PracticeLock.Stamp before = lock.stamp();
    File chosen = dialog.get();
    if (chosen == null) {
      return Optional.empty();
    }
    if (!lock.unlockedThroughout(before)) {
      log.info("A file was chosen in a dialog left open while Knotwork locked; it was not used");
      lock.whenUnlocked(
          () ->
              FxDialogService.alert(
                      javafx.scene.control.Alert.AlertType.INFORMATION,
                      "Nothing was done",
                      "Knotwork locked while the file dialog was open, so the file chosen there"
                          + " was not used. Do it again if you still want it.",
                      owner)
                  .show());
      return Optional.empty();
    }
    return Optional.of(chosen.toPath().toAbsolutePath());
  }
}
