package org.knotwork.export.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.knotwork.export.RecordExport;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * "Export record…" for the open client and "Export all records…" for the practice: says plainly
 * that the file will not be protected, asks where to save it, and writes it on the lane for long
 * work, with a quiet status line.
 */
public final class RecordExportViewModel {
  /** Said before every export. */
  public static final String NOT_PROTECTED =
      "This file is not protected by your passphrase: anyone who has it can read everything in"
          + " it.";

  private final RecordExport exports;
  private final DialogService dialogs;
  private final BackgroundTask export;
  private final BackgroundTask fileName;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  public RecordExportViewModel(RecordExport exports, TaskExecutor executor, DialogService dialogs) {
    this.exports = exports;
    this.dialogs = dialogs;
    this.export = BackgroundTask.longWork(executor);
    this.fileName = BackgroundTask.of(executor);
    busy.bind(export.runningProperty().or(fileName.runningProperty()));
  }

  /** Exports one client's complete record, after saying that the file is not protected. */
  public void exportClient(long clientId, String fullName) {
    if (isBusy()) {
      return;
    }
    boolean go =
        dialogs.confirm(
            "Export the record of " + fullName,
            "Everything Knotwork holds about "
                + fullName
                + " goes into one ZIP file: their details and health history, every session"
                + " note with its addenda, their measures and plans — as a PDF to read and as"
                + " data another program can import.\n\n"
                + NOT_PROTECTED
                + " Hand it to "
                + fullName
                + " in person or send it by a secure route, and delete your copy once it has"
                + " reached them.",
            "Choose where to save…");
    if (!go) {
      return;
    }
    Optional<Path> target = chooseZip("Export record", exports.saveAsName());
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    export.setMessage("Exporting the record of " + fullName + "…");
    export.runWhileUnlocked(
        () -> exports.exportClient(clientId, file),
        result ->
            export.setMessage(
                "Saved " + file.getFileName() + " (not protected by your passphrase)"),
        failure -> failed(failure, "The record was not exported", "Exporting the record"));
  }

  /** Exports every client's complete record into one file. */
  public void exportPractice() {
    if (isBusy()) {
      return;
    }
    boolean go =
        dialogs.confirm(
            "Export all records",
            "Every client's complete record, archived clients too, goes into one ZIP file, with"
                + " a folder for each client.\n\n"
                + NOT_PROTECTED.replace("everything", "every client's record")
                + " Keep it on an encrypted drive or somewhere locked, and delete it when you no"
                + " longer need it. It is not a backup: Knotwork cannot restore records from it.",
            "Choose where to save…");
    if (!go) {
      return;
    }
    // The offered name carries the practice's name, read from the records off the JavaFX thread.
    fileName.run(
        exports::practiceFileName,
        this::exportPracticeTo,
        failure -> failed(failure, "The records were not exported", "Exporting the records"));
  }

  private void exportPracticeTo(String suggestedName) {
    Optional<Path> target = chooseZip("Export all records", suggestedName);
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    export.setMessage("Exporting all records…");
    export.runWhileUnlocked(
        progress -> {
          int total = exports.clientCount();
          return exports.exportPractice(
              file,
              done ->
                  progress.message("Exporting all records… " + done + " of " + total + " clients"));
        },
        result ->
            export.setMessage(
                "Saved "
                    + file.getFileName()
                    + ": "
                    + result.clients()
                    + (result.clients() == 1 ? " client" : " clients")
                    + " (not protected by your passphrase)"),
        failure -> failed(failure, "The records were not exported", "Exporting the records"));
  }

  private Optional<Path> chooseZip(String title, String suggestedName) {
    return dialogs.showSaveDialog(
        FileDialogConfiguration.titled(title)
            .withFilter("ZIP file", "*.zip")
            .withInitialFileName(suggestedName));
  }

  private void failed(Throwable failure, String title, String attempted) {
    export.setMessage("");
    dialogs.showError(
        title,
        UserMessages.explain(failure, attempted)
            + " Your records are unchanged, and no half-written file was left behind.");
  }

  private boolean isBusy() {
    return busy.get();
  }

  /** Forgets the line about the last export (another client was opened); kept while busy. */
  public void clearStatus() {
    if (!export.isRunning()) {
      export.setMessage("");
    }
  }

  /** True while an export is being prepared or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return export.messageProperty();
  }
}
