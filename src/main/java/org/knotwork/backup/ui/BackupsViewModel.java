package org.knotwork.backup.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.backup.BackupRotation;
import org.knotwork.backup.BackupService;
import org.knotwork.backup.BackupSettings;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/** Settings: the backups folder, a second folder, the latest backup, "Back up now", "Restore…". */
public final class BackupsViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private final BackupService backups;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final RestoreTarget target;
  private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
  private final ReadOnlyStringWrapper secondFolder =
      new ReadOnlyStringWrapper(this, "secondFolder", "");
  private final ReadOnlyStringWrapper secondStatus =
      new ReadOnlyStringWrapper(this, "secondStatus", "");
  private final ReadOnlyBooleanWrapper hasSecondFolder =
      new ReadOnlyBooleanWrapper(this, "hasSecondFolder", false);
  private final BackgroundTask backUp;
  private final BackgroundTask check;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ObservableList<KeptBackup> kept = FXCollections.observableArrayList();

  public BackupsViewModel(
      BackupService backups, TaskExecutor executor, DialogService dialogs, RestoreTarget target) {
    this.backups = backups;
    this.executor = executor;
    this.dialogs = dialogs;
    this.target = target;
    // A backup stays in order with other work: its manifest counts the rows it copied, and a
    // draft saved between the copy and the count would make a good backup look damaged.
    this.backUp = BackgroundTask.of(executor);
    this.check = BackgroundTask.longWork(executor); // reads the chosen backup file, nothing else
    busy.bind(backUp.runningProperty().or(check.runningProperty()));
  }

  /**
   * What the folders hold now, read off the JavaFX thread (a second folder may be on a USB stick or
   * a network share), with why the rotation keeps each backup of the usual and the second folder,
   * and when the newest backup and the newest second copy were written.
   */
  private record State(
      List<Path> usual,
      Optional<Path> second,
      Optional<List<Path>> secondCopies,
      List<Path> all,
      Map<Path, BackupRotation.Kept<Path>> kept,
      Optional<String> latestWritten,
      Optional<String> newestCopyWritten) {}

  /** One backup in the list to restore from: when it was made, where it is, and why it is kept. */
  public record KeptBackup(Path file, String when, String where, String why) {
    /** "30 Nov 2026, 16:49 · data folder · made in the last 48 hours". */
    public String label() {
      return when + "  ·  " + where + "  ·  " + why;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  private record Done(BackupService.Made made, State state) {}

  public void load() {
    executor.execute(this::read, this::show, this::failed);
  }

  private State read() {
    Optional<Path> second = backups.settings().secondFolder();
    Map<Path, BackupRotation.Kept<Path>> kept = new HashMap<>();
    backups.keptIn(backups.defaultFolder()).forEach(k -> kept.put(k.backup(), k));
    Optional<List<Path>> secondCopies =
        second.filter(Files::isDirectory).map(BackupService::backups);
    secondCopies.ifPresent(
        copies -> backups.keptIn(second.get()).forEach(k -> kept.put(k.backup(), k)));
    List<Path> usual = BackupService.backups(backups.defaultFolder());
    return new State(
        usual,
        second,
        secondCopies,
        backups.allBackups(),
        kept,
        usual.stream().findFirst().map(BackupsViewModel::written),
        secondCopies.flatMap(copies -> copies.stream().findFirst()).map(BackupsViewModel::written));
  }

  public void backUpNow() {
    if (busy.get()) {
      return;
    }
    latest.set("Backing up…");
    backUp.run(
        () -> {
          BackupService.Made made = backups.backUp();
          return new Done(made, read());
        },
        done -> {
          show(done.state());
          done.made()
              .copyProblem()
              .ifPresent(problem -> dialogs.showError("The second copy was not made", problem));
        },
        failure -> {
          load();
          dialogs.showError(
              "The backup was not made",
              UserMessages.explain(failure, "Backing up")
                  + " Your records are unchanged; earlier backups are still there.");
        });
  }

  /** Asks for a second folder, then copies every new backup there as well. */
  public void chooseSecondFolder() {
    dialogs
        .showDirectoryDialog(
            FileDialogConfiguration.titled("Folder for a second copy of each backup"))
        .ifPresent(this::useSecondFolder);
  }

  /** Copies every new backup to this folder as well (a USB drive or a synced folder). */
  public void useSecondFolder(Path folder) {
    if (folder.toAbsolutePath().normalize().startsWith(backups.defaultFolder())) {
      dialogs.showError(
          "Choose a folder somewhere else",
          "That folder is inside the usual backups folder. A second copy helps when it is on"
              + " another drive, such as a USB stick, or in a folder that is synced elsewhere.");
      return;
    }
    saveSettings(BackupSettings.none().withSecondFolder(folder));
  }

  /** Stops copying backups to a second folder; copies already there stay. */
  public void stopSecondFolder() {
    saveSettings(BackupSettings.none());
  }

  private void saveSettings(BackupSettings settings) {
    executor.execute(
        () -> {
          backups.saveSettings(settings);
          return read();
        },
        this::show,
        failure ->
            dialogs.showError(
                "The second folder was not changed",
                UserMessages.explain(failure, "Saving the backup settings")));
  }

  /**
   * Checks the chosen backup completely, says what it holds and asks before anything is replaced; a
   * backup that cannot be restored is refused with the reason.
   */
  public void restore(Path backup) {
    if (busy.get()) {
      return;
    }
    check.run(
        () -> target.check(backup),
        manifest -> {
          if (dialogs.confirm(
              "Restore the backup of " + WHEN.format(manifest.createdAt()) + "?",
              "It holds "
                  + manifest.summary()
                  + ". Your records as they are now will be replaced by it, and anything written"
                  + " since that backup will no longer show. The audit log keeps every entry"
                  + " written since then.\n\nKnotwork first keeps a copy of your records as they"
                  + " are now in "
                  + backups.safetyFolder()
                  + ", so you can go back.",
              "Restore")) {
            target.restore(backup, manifest);
          }
        },
        failure ->
            dialogs.showError(
                "This backup cannot be restored",
                UserMessages.explain(failure, "Checking the backup")));
  }

  /** Asks for a backup file (starting in the usual backups folder), then {@link #restore}s it. */
  public void restoreFromFile() {
    dialogs
        .showOpenDialog(
            FileDialogConfiguration.titled("Choose the backup to restore")
                .withFilter("Knotwork backups", "*.zip")
                .withInitialDirectory(backups.defaultFolder()))
        .ifPresent(this::restore);
  }

  private void show(State state) {
    kept.setAll(
        state.all().stream()
            .map(
                file ->
                    new KeptBackup(
                        file,
                        WHEN.format(BackupService.madeAt(file)),
                        where(file, state),
                        why(file, state)))
            .toList());
    secondFolder.set(state.second().map(Path::toString).orElse(""));
    hasSecondFolder.set(state.second().isPresent());
    secondStatus.set(
        state
            .second()
            .map(
                folder ->
                    state
                        .secondCopies()
                        .map(
                            copies ->
                                copies.isEmpty()
                                    ? "No copy there yet: one is made with the next backup."
                                    : "Newest copy there: " + state.newestCopyWritten().orElse(""))
                        .orElse(
                            "Not available right now. If it is on a USB drive, plug it in;"
                                + " copies resume with the next backup."))
            .orElse("Backups are kept only in the data folder."));
    if (state.usual().isEmpty()) {
      latest.set("No backup yet. Knotwork makes one when you close it, at most once a day.");
      return;
    }
    latest.set(
        "Latest backup: "
            + state.latestWritten().orElse("")
            + " ("
            + state.usual().size()
            + (state.usual().size() == 1 ? " backup kept" : " backups kept")
            + ")");
  }

  private String where(Path file, State state) {
    if (file.startsWith(backups.safetyFolder())) {
      return "from before a restore";
    }
    if (state.second().isPresent() && file.startsWith(state.second().get())) {
      return "second folder";
    }
    return "data folder";
  }

  /** Why a backup is still there, in words. */
  private String why(Path file, State state) {
    if (file.startsWith(backups.safetyFolder())) {
      return "kept until you remove it";
    }
    BackupRotation.Kept<Path> kept = state.kept().get(file);
    if (kept == null) {
      return "no longer needed, removed with the next backup";
    }
    return switch (kept.reason()) {
      case RECENT -> "made in the last 48 hours";
      case NEWEST_OF_DAY -> "newest of " + DAY.format(kept.period());
      case NEWEST_OF_WEEK -> "newest of the week of " + WEEK.format(kept.period());
      case NEWEST_OF_MONTH -> "newest of " + MONTH.format(kept.period());
    };
  }

  /** The backups that can be restored from, newest first. */
  public ObservableList<KeptBackup> kept() {
    return kept;
  }

  /** When a backup file was written; read from the disk, so never on the JavaFX thread. */
  private static String written(Path backup) {
    try {
      return WHEN.format(
          LocalDateTime.ofInstant(
              Files.getLastModifiedTime(backup).toInstant(), ZoneId.systemDefault()));
    } catch (IOException e) {
      return backup.getFileName().toString();
    }
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

  public ReadOnlyStringProperty secondFolderProperty() {
    return secondFolder.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty secondStatusProperty() {
    return secondStatus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasSecondFolderProperty() {
    return hasSecondFolder.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
