package org.knotwork.export.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.knotwork.export.RecordExport;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * "Export record…" for the open client and "Export all records…" for the practice: says plainly
 * that the file will not be protected, asks where to save it, and writes it away from the JavaFX
 * thread with a busy flag and a quiet status line.
 */
public final class RecordExportViewModel {
  /** Said before every export. */
  public static final String NOT_PROTECTED =
      "This file is not protected by your passphrase: anyone who has it can read everything in"
          + " it.";

  private final RecordExport exports;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ExportFileChooser files;
  private final Executor uiThread;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

  /**
   * @param uiThread runs progress updates on the JavaFX thread ({@code Platform::runLater} in the
   *     app)
   */
  public RecordExportViewModel(
      RecordExport exports,
      TaskExecutor executor,
      DialogService dialogs,
      ExportFileChooser files,
      Executor uiThread) {
    this.exports = exports;
    this.executor = executor;
    this.dialogs = dialogs;
    this.files = files;
    this.uiThread = uiThread;
  }

  /** Exports one client's complete record, after saying that the file is not protected. */
  public void exportClient(long clientId, String fullName) {
    if (busy.get()) {
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
    Optional<Path> target = files.chooseZip("Export record", exports.saveAsName());
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    busy.set(true);
    status.set("Exporting the record of " + fullName + "…");
    executor.executeWhileUnlocked(
        () -> exports.exportClient(clientId, file),
        result -> {
          busy.set(false);
          status.set("Saved " + file.getFileName() + " (not protected by your passphrase)");
        },
        failure -> failed(failure, "The record was not exported", "Exporting the record"));
  }

  /** Exports every client's complete record into one file. */
  public void exportPractice() {
    if (busy.get()) {
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
    Optional<Path> target = files.chooseZip("Export all records", exports.practiceFileName());
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    busy.set(true);
    status.set("Exporting all records…");
    executor.executeWhileUnlocked(
        () -> {
          int total = exports.clientCount();
          return exports.exportPractice(
              file,
              done ->
                  uiThread.execute(
                      () -> {
                        if (busy.get()) {
                          status.set(
                              "Exporting all records… " + done + " of " + total + " clients");
                        }
                      }));
        },
        result -> {
          busy.set(false);
          status.set(
              "Saved "
                  + file.getFileName()
                  + ": "
                  + result.clients()
                  + (result.clients() == 1 ? " client" : " clients")
                  + " (not protected by your passphrase)");
        },
        failure -> failed(failure, "The records were not exported", "Exporting the records"));
  }

  private void failed(Throwable failure, String title, String attempted) {
    busy.set(false);
    status.set("");
    dialogs.showError(
        title,
        UserMessages.explain(failure, attempted)
            + " Your records are unchanged, and no half-written file was left behind.");
  }

  /** Forgets the line about the last export (another client was opened); kept while busy. */
  public void clearStatus() {
    if (!busy.get()) {
      status.set("");
    }
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
