package org.knotwork.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.knotwork.backup.ui.RecoveryView;
import org.knotwork.backup.ui.RecoveryViewModel;
import org.knotwork.db.DamagedDatabaseException;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.lock.ui.PassphraseView;
import org.knotwork.lock.ui.PassphraseViewModel;
import org.knotwork.practice.Practice;
import org.knotwork.ui.FileChoosers;
import org.knotwork.ui.FxDialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screens between the start (or a restore) and the open records: the passphrase, "Opening your
 * practice…", and the offer of a backup when the records will not open. The work itself is the
 * {@link PracticeSession}'s, run in the background; the open records go to {@code show}.
 */
final class OpeningScreens {
  private static final Logger log = LoggerFactory.getLogger(OpeningScreens.class);

  /**
   * What the main window needs of the open records, and what to tell the therapist at once; {@code
   * bookInUse}: the practice has booked appointments, so its day is the home screen.
   */
  record Opened(
      Optional<Practice> practice, WindowSettings settings, String notice, boolean bookInUse) {
    Opened withoutNotice() {
      return new Opened(practice, settings, null, bookInUse);
    }
  }

  private final Stage stage;
  private final PracticeSession session;
  private final TaskExecutor executor;
  private final FileChoosers files;
  private final AppAlerts alerts;
  private final StartupLog startupLog;
  private final Consumer<Opened> show;

  /** Warm the JVM while the passphrase is typed (the launched app only, not embedded in tests). */
  private final boolean warmUp;

  private StartupWarmup warmup;

  /** The wrong passphrases typed before the start's unlock, until that unlock is audited. */
  private Integer unlockToAudit;

  OpeningScreens(
      Stage stage,
      PracticeSession session,
      TaskExecutor executor,
      FileChoosers files,
      AppAlerts alerts,
      StartupLog startupLog,
      Consumer<Opened> show,
      boolean warmUp) {
    this.stage = stage;
    this.session = session;
    this.executor = executor;
    this.files = files;
    this.alerts = alerts;
    this.startupLog = startupLog;
    this.show = show;
    this.warmUp = warmUp;
  }

  static VBox loading() {
    VBox loading = new VBox(12, new ProgressIndicator(), new Label("Opening your practice…"));
    loading.setAlignment(Pos.CENTER);
    return loading;
  }

  /**
   * The folder was taken (or not): ask for the passphrase, or open with {@code preset} (tests),
   * then show the records.
   */
  void folderTaken(boolean taken, DatabaseCredentials preset) {
    if (!taken) {
      log.info("Another instance holds {}", session.dataDirectory().lockFile());
      alerts.alreadyOpen();
    } else if (preset != null) {
      openWith(preset, null);
    } else {
      executor.execute(session::keyState, this::askForPassphrase, this::couldNotOpen);
    }
  }

  private void askForPassphrase(PracticeKeys.State state) {
    PassphraseViewModel.Mode mode =
        switch (state) {
          case NEW -> PassphraseViewModel.Mode.CREATE;
          case UNENCRYPTED -> PassphraseViewModel.Mode.ENCRYPT;
          case LOCKED -> PassphraseViewModel.Mode.UNLOCK;
        };
    PassphraseViewModel[] screen = new PassphraseViewModel[1];
    screen[0] =
        new PassphraseViewModel(
            session.keys(),
            session.dataDirectory(),
            mode,
            executor,
            credentials -> {
              unlockToAudit = screen[0].failures();
              openWith(credentials, null);
            });
    // The key is derived as soon as the passphrase is submitted: the warm-up gives way to it.
    screen[0]
        .busyProperty()
        .addListener(
            (o, was, deriving) -> {
              if (deriving) {
                stopWarmup();
              }
            });
    stage.getScene().setRoot(new PassphraseView(screen[0]));
    passphraseScreenShowing();
  }

  /** The one place where the start's passphrase screen has just been put up. */
  private void passphraseScreenShowing() {
    startupLog.onNextLayout("Knotwork is waiting for the passphrase: {} ms after launch");
    if (warmUp) { // once the screen is laid out, while the passphrase is typed
      afterNextLayout(() -> warmup = StartupWarmup.start(WindowWarmup::buildAndWait));
    }
  }

  /** Runs {@code work} on the JavaFX thread once the next layout pass has been handed on. */
  private void afterNextLayout(Runnable work) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          stage.getScene().removePostLayoutPulseListener(listener[0]);
          Platform.runLater(work);
        };
    stage.getScene().addPostLayoutPulseListener(listener[0]);
    Platform.requestNextPulse();
  }

  private void stopWarmup() {
    if (warmup != null) {
      warmup.stop();
      warmup = null;
    }
  }

  private void openWith(DatabaseCredentials credentials, String notice) {
    stopWarmup();
    stage.getScene().setRoot(loading());
    Integer wrongPassphrases = unlockToAudit;
    executor.execute(
        () -> {
          session.open(credentials);
          if (credentials.isEncrypted() && wrongPassphrases != null) {
            session.auditUnlock(wrongPassphrases);
          }
          return readOpened(notice);
        },
        opened -> {
          unlockToAudit = null;
          show.accept(opened);
        },
        failure -> {
          if (damaged(failure)) {
            offerBackup(UserMessages.explain(failure, "Opening the practice"));
          } else {
            couldNotOpen(failure);
          }
        });
  }

  private Opened readOpened(String notice) {
    Optional<Practice> practice = session.context().practices().current();
    return new Opened(
        practice,
        WindowSettings.load(session.dataDirectory().windowSettingsFile()),
        notice,
        practice.isPresent() && session.context().appointments().hasAppointments());
  }

  private static boolean damaged(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DamagedDatabaseException) {
        return true;
      }
    }
    return false;
  }

  void couldNotOpen(Throwable failure) {
    alerts.fatal(
        "Knotwork could not open your practice",
        UserMessages.explain(failure, "Opening the practice"));
  }

  /** The records will not open: offer the newest backup that checks out. */
  private void offerBackup(String problem) {
    log.warn("The records could not be opened; offering a backup");
    RecoveryViewModel vm =
        new RecoveryViewModel(
            session.recovery(),
            session.credentials(),
            executor,
            new FxDialogService(() -> stage, executor.practiceLock(), files),
            problem,
            recovered -> openWith(session.credentials(), session.recovered(recovered)));
    stage.getScene().setRoot(new RecoveryView(vm, stage::close));
    vm.search();
  }

  /**
   * Settings → Restore, behind the progress screen: the session backs up the records, restores
   * {@code backup} and opens it. On failure the records as they were ({@code before}) are shown
   * again with the reason.
   */
  void restore(Path backup, Opened before) {
    stage.titleProperty().unbind();
    stage.getScene().setRoot(loading());
    executor.executeAlone(
        () -> readOpened(PracticeSession.restoredNotice(session.restore(backup))),
        show,
        failure -> {
          if (!session.isOpen()) {
            couldNotOpen(failure);
            return;
          }
          show.accept(before.withoutNotice());
          new FxDialogService(() -> stage)
              .showError(
                  "The backup was not restored",
                  UserMessages.explain(failure, "Restoring the backup"));
        });
  }
}
