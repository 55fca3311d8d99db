package org.knotwork.backup.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.knotwork.backup.BackupService;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/** Settings: the backups folder, the latest backup, and "Back up now". */
public final class BackupsViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private final BackupService backups;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

  public BackupsViewModel(BackupService backups, TaskExecutor executor, DialogService dialogs) {
    this.backups = backups;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  public void load() {
    executor.execute(
        () -> BackupService.backups(backups.defaultFolder()), this::show, this::failed);
  }

  public void backUpNow() {
    busy.set(true);
    latest.set("Backing up…");
    executor.execute(
        () -> {
          backups.backupNow(backups.defaultFolder());
          return BackupService.backups(backups.defaultFolder());
        },
        list -> {
          busy.set(false);
          show(list);
        },
        failure -> {
          busy.set(false);
          load();
          dialogs.showError(
              "The backup was not made",
              UserMessages.explain(failure, "Backing up")
                  + " Your records are unchanged; earlier backups are still there.");
        });
  }

  private void show(List<Path> list) {
    if (list.isEmpty()) {
      latest.set("No backup yet. Knotwork makes one when you close it, at most once a day.");
      return;
    }
    Path newest = list.get(0);
    String when;
    try {
      when =
          WHEN.format(
              java.time.LocalDateTime.ofInstant(
                  Files.getLastModifiedTime(newest).toInstant(), java.time.ZoneId.systemDefault()));
    } catch (java.io.IOException e) {
      when = newest.getFileName().toString();
    }
    latest.set(
        "Latest backup: "
            + when
            + " ("
            + list.size()
            + (list.size() == 1 ? " backup kept" : " backups kept")
            + ")");
  }

  private void failed(Throwable failure) {
    latest.set(UserMessages.explain(failure, "Reading the backups folder"));
  }

  public String folder() {
    return backups.defaultFolder().toString();
  }

  public ReadOnlyStringProperty latestProperty() {
    return latest.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
