package org.knotwork.backup.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.knotwork.backup.Recovery;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The screen shown when the records will not open: looks for the newest backup that checks out and
 * offers it, or lets the therapist choose one.
 */
public final class RecoveryViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

  /** Where the search stands. */
  public enum Stage {
    SEARCHING,
    FOUND,
    NONE_FOUND,
    RESTORING
  }

  private final Recovery recovery;
  private final DatabaseCredentials credentials;
  private final DialogService dialogs;
  private final Consumer<Recovery.Recovered> onRecovered;
  private final String problem;
  private final ReadOnlyObjectWrapper<Stage> stage =
      new ReadOnlyObjectWrapper<>(this, "stage", Stage.SEARCHING);
  private final ReadOnlyStringWrapper offer = new ReadOnlyStringWrapper(this, "offer", "");
  private final BackgroundTask work;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private Recovery.Candidate candidate;

  public RecoveryViewModel(
      Recovery recovery,
      DatabaseCredentials credentials,
      TaskExecutor executor,
      DialogService dialogs,
      String problem,
      Consumer<Recovery.Recovered> onRecovered) {
    this.recovery = recovery;
    this.credentials = credentials;
    this.dialogs = dialogs;
    this.problem = problem;
    this.onRecovered = onRecovered;
    this.work = BackgroundTask.longWork(executor);
    // Busy from the start: the search begins as soon as the screen is shown.
    busy.bind(work.runningProperty().or(stage.isEqualTo(Stage.SEARCHING)));
  }

  /** What went wrong when opening, in the therapist's words. */
  public String problem() {
    return problem;
  }

  /** Looks for the newest backup that passes every check. */
  public void search() {
    stage.set(Stage.SEARCHING);
    offer.set("Looking for your newest backup that checks out…");
    work.run(() -> recovery.newestGood(credentials), this::found, this::searchFailed);
  }

  /** Checks a backup the therapist picked (from a USB drive, say) and offers it instead. */
  public void choose(Path backup) {
    work.run(
        () -> Optional.of(recovery.check(backup, credentials)),
        this::found,
        failure ->
            dialogs.showError(
                "This backup cannot be restored",
                UserMessages.explain(failure, "Checking the backup")));
  }

  /** Asks for a backup file (from a USB drive, say), then {@link #choose}s it. */
  public void chooseBackup() {
    dialogs
        .showOpenDialog(
            FileDialogConfiguration.titled("Choose a Knotwork backup")
                .withFilter("Knotwork backups", "*.zip"))
        .ifPresent(this::choose);
  }

  /** Puts the offered backup in place; the damaged file is kept aside, never deleted. */
  public void restore() {
    if (candidate == null) {
      return;
    }
    Recovery.Candidate chosen = candidate;
    stage.set(Stage.RESTORING);
    offer.set("Restoring the backup…");
    work.run(
        () -> recovery.restore(chosen),
        onRecovered,
        failure -> {
          found(Optional.of(chosen));
          dialogs.showError(
              "The backup was not restored", UserMessages.explain(failure, "Restoring the backup"));
        });
  }

  private void found(Optional<Recovery.Candidate> result) {
    candidate = result.orElse(null);
    if (candidate == null) {
      stage.set(Stage.NONE_FOUND);
      offer.set(
          "No backup that checks out was found in the backups folders. If you keep backups on a"
              + " USB drive or in another folder, choose one from there.");
      return;
    }
    stage.set(Stage.FOUND);
    offer.set(
        "The newest good backup is from "
            + WHEN.format(candidate.manifest().createdAt())
            + ". It holds "
            + candidate.manifest().summary()
            + ". Anything written after it will be missing.");
  }

  private void searchFailed(Throwable failure) {
    found(Optional.empty());
    offer.set(UserMessages.explain(failure, "Looking for backups"));
  }

  public ReadOnlyObjectProperty<Stage> stageProperty() {
    return stage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty offerProperty() {
    return offer.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
