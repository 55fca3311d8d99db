package org.knotwork.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.ui.RecoveryView;
import org.knotwork.backup.ui.RecoveryViewModel;
import org.knotwork.backup.ui.RestoreTarget;
import org.knotwork.db.DamagedDatabaseException;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.lock.ui.PassphraseView;
import org.knotwork.lock.ui.PassphraseViewModel;
import org.knotwork.practice.Practice;
import org.knotwork.ui.FileChoosers;
import org.knotwork.ui.FxDialogService;
import org.knotwork.ui.FxTaskExecutor;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application's life on the JavaFX side: a progress screen while the practice opens in
 * the background (through its {@link PracticeSession}), the passphrase, the welcome or the main
 * window, a restore, and closing without waiting for the close-time backup ({@link PendingCloses}).
 */
public final class KnotworkApp extends Application {
  private static final Logger log = LoggerFactory.getLogger(KnotworkApp.class);
  private static final String DATA_DIR = "data-dir";

  private DataDirectory dataDirectory;
  private Clock clock = Clock.systemDefaultZone();
  private boolean standalone = true;
  private Consumer<Path> viewer;

  /** Opens the records with these instead of asking for the passphrase (tests only). */
  private DatabaseCredentials preset;

  private PracticeKeys keys = new PracticeKeys();

  /** Locked behind the passphrase screen: background work and dialogs respect it. */
  private final PracticeLock practiceLock = new PracticeLock();

  private final FileChoosers files = new FileChoosers(practiceLock);
  private Stage stage;
  private TaskExecutor executor;
  private PracticeSession session;
  private WindowLock windowLock;
  private ThemeChoice theme;
  private AppAlerts alerts;
  private StartupLog startupLog;
  private MainWindow window;
  private Opened opened;

  /** The wrong passphrases typed before the start's unlock, until that unlock is audited. */
  private Integer unlockToAudit;

  /** Said once the records are open again (after a restore). */
  private String notice;

  /** Used by {@link Application#launch}. */
  public KnotworkApp() {}

  /** Embeds the app in a stage someone else owns (tests); closing it does not end the toolkit. */
  public KnotworkApp(DataDirectory dataDirectory, Clock clock) {
    this(dataDirectory, clock, null);
  }

  /** Like {@link #KnotworkApp(DataDirectory, Clock)}, handing documents to {@code viewer}. */
  public KnotworkApp(DataDirectory dataDirectory, Clock clock, Consumer<Path> viewer) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
    this.standalone = false;
    this.viewer = viewer;
    this.preset = DatabaseCredentials.unencrypted();
  }

  /** Embeds the app as a therapist gets it, asking for the passphrase, with these keys. */
  public KnotworkApp(
      DataDirectory dataDirectory, Clock clock, Consumer<Path> viewer, PracticeKeys keys) {
    this(dataDirectory, clock, viewer);
    this.preset = null;
    this.keys = keys;
  }

  /** Answers "choose a file to open" without the system's dialog (whole-app tests). */
  void answerFileChoosersWith(BiFunction<FileChooser, Window, File> answer) {
    files.answerOpenWith(answer);
  }

  /** Answers "choose where to save" without the system's dialog (whole-app tests). */
  void answerSaveChoosersWith(BiFunction<FileChooser, Window, File> answer) {
    files.answerSaveWith(answer);
  }

  /** Locks behind the passphrase screen now, as Ctrl+L does (whole-app tests). */
  void lock() {
    windowLock.lock();
  }

  /**
   * Starts the JavaFX application on the given data folder and returns once its window has closed
   * and the practice is closed too (the close-time backup included).
   */
  public static void launchWith(DataDirectory dataDirectory) {
    untilClosed(
        () -> Application.launch(KnotworkApp.class, "--" + DATA_DIR + "=" + dataDirectory.root()));
  }

  /** Runs {@code app}, then waits for every practice it closed to be closed completely. */
  static void untilClosed(Runnable app) {
    try {
      app.run();
    } finally {
      PendingCloses.awaitAll();
    }
  }

  @Override
  public void start(Stage primaryStage) {
    stage = primaryStage;
    if (dataDirectory == null) {
      String dir = getParameters().getNamed().get(DATA_DIR);
      dataDirectory =
          dir == null ? DataDirectory.platformDefault() : DataDirectory.at(Path.of(dir));
    }
    alerts = new AppAlerts(stage, dataDirectory, standalone);
    Thread.setDefaultUncaughtExceptionHandler(alerts::unexpected);
    executor = new FxTaskExecutor(practiceLock);
    session = new PracticeSession(dataDirectory, clock, keys);
    windowLock = new WindowLock(stage, practiceLock, executor, session);
    theme = new ThemeChoice(dataDirectory.appearanceFile(), executor);
    theme.current().apply();
    OtherWindows.watch(stage, windowLock::lock, windowLock::touched);
    MainStage.dress(stage, loading());
    startupLog = new StartupLog(stage.getScene());
    MainStage.place(stage, WindowSettings.DEFAULT);
    stage.show();
    executor.execute(
        () -> new Starting(session.acquire(), Theme.load(dataDirectory.appearanceFile())),
        starting -> {
          theme.use(starting.theme());
          folderTaken(starting.taken());
        },
        this::couldNotOpen);
  }

  private record Starting(boolean taken, Theme theme) {}

  /** What the main window needs of the open records. */
  private record Opened(Optional<Practice> practice, WindowSettings settings) {}

  /** With the folder to ourselves: ask for the passphrase (or use the preset), then open. */
  private void folderTaken(boolean taken) {
    if (!taken) {
      log.info("Another instance holds {}", dataDirectory.lockFile());
      alerts.alreadyOpen();
    } else if (preset != null) {
      openWith(preset);
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
            keys,
            dataDirectory,
            mode,
            executor,
            credentials -> {
              unlockToAudit = screen[0].failures();
              openWith(credentials);
            });
    stage.getScene().setRoot(new PassphraseView(screen[0]));
    passphraseScreenShowing();
  }

  /** The one place where the start's passphrase screen has just been put up. */
  private void passphraseScreenShowing() {
    startupLog.onNextLayout("Knotwork is waiting for the passphrase: {} ms after launch");
  }

  private void openWith(DatabaseCredentials credentials) {
    stage.getScene().setRoot(loading());
    Integer wrongPassphrases = unlockToAudit;
    executor.execute(
        () -> {
          session.open(credentials);
          if (credentials.isEncrypted() && wrongPassphrases != null) {
            session.auditUnlock(wrongPassphrases);
          }
          return readOpened();
        },
        result -> {
          unlockToAudit = null;
          showOpened(result);
        },
        failure -> {
          if (damaged(failure)) {
            showRecovery(UserMessages.explain(failure, "Opening the practice"));
          } else {
            couldNotOpen(failure);
          }
        });
  }

  private Opened readOpened() {
    return new Opened(
        session.context().practices().current(),
        WindowSettings.load(dataDirectory.windowSettingsFile()));
  }

  private static boolean damaged(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DamagedDatabaseException) {
        return true;
      }
    }
    return false;
  }

  private void couldNotOpen(Throwable failure) {
    alerts.fatal(
        "Knotwork could not open your practice",
        UserMessages.explain(failure, "Opening the practice"));
  }

  /** The records will not open: offer the newest backup that checks out. */
  private void showRecovery(String problem) {
    log.warn("The records could not be opened; offering a backup");
    RecoveryViewModel vm =
        new RecoveryViewModel(
            session.recovery(),
            session.credentials(),
            executor,
            new FxDialogService(() -> stage),
            problem,
            recovered -> {
              notice = session.recovered(recovered);
              openWith(session.credentials());
            });
    stage.getScene().setRoot(new RecoveryView(vm, stage::close, files));
    vm.search();
  }

  /** Settings → Restore, through the session; a progress screen shows meanwhile. */
  private RestoreTarget restoreTarget() {
    return new RestoreTarget() {
      @Override
      public BackupManifest check(Path backup) {
        return session.check(backup);
      }

      @Override
      public void restore(Path backup, BackupManifest manifest) {
        restoreFrom(backup);
      }
    };
  }

  private void restoreFrom(Path backup) {
    if (window == null) {
      return;
    }
    if (practiceLock.isLocked()) {
      log.info("A restore confirmed as Knotwork locked was not started");
      return;
    }
    window.prepareToLock(); // drafts are saved (in order, on the worker) before the safety copy
    window = null;
    windowLock.release();
    stage.titleProperty().unbind();
    stage.getScene().setRoot(loading());
    Opened before = opened;
    executor.execute(
        () -> {
          notice = PracticeSession.restoredNotice(session.restore(backup));
          return readOpened();
        },
        this::showOpened,
        failure -> {
          if (!session.isOpen()) {
            couldNotOpen(failure);
            return;
          }
          showOpened(before);
          new FxDialogService(() -> stage)
              .showError(
                  "The backup was not restored",
                  UserMessages.explain(failure, "Restoring the backup"));
        });
  }

  private static VBox loading() {
    VBox loading = new VBox(12, new ProgressIndicator(), new Label("Opening your practice…"));
    loading.setAlignment(Pos.CENTER);
    return loading;
  }

  private void showOpened(Opened result) {
    opened = result;
    MainStage.place(stage, result.settings());
    MainWindow main =
        new MainWindow(
            session.context(),
            executor,
            new FxDialogService(() -> stage, practiceLock, files),
            new DocumentViewer(viewer, this::getHostServices, stage),
            keys,
            windowLock::lock,
            restoreTarget(),
            theme.current(),
            theme::choose,
            files);
    window = main;
    stage.titleProperty().bind(main.titleProperty());
    stage.getScene().setRoot(main);
    startupLog.whenReady(main);
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          if (!windowLock.isLocked()) { // unlock first: closing may ask about unsaved changes
            main.requestClose(stage::close);
          }
        });
    stage
        .getScene()
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    windowLock.guard(main);
    result.practice().ifPresentOrElse(main::showPractice, main::showWelcome);
    if (notice != null) {
      String said = notice;
      notice = null;
      Platform.runLater( // once the window has its new content laid out, to centre on it
          () ->
              FxDialogService.alert(Alert.AlertType.INFORMATION, "Backup restored", said, stage)
                  .show());
    }
  }

  /**
   * The window is gone; the practice closes on a thread of its own: background work asked for
   * before (drafts) first, then the geometry, the printouts, the day's backup, the records and the
   * folder. The JavaFX thread does not wait for it, the process does ({@link #launchWith}); an
   * embedded app (tests) waits, so that the next start or check finds the folder free.
   */
  @Override
  public void stop() {
    if (executor == null) {
      return;
    }
    TaskExecutor work = executor;
    executor = null;
    window = null;
    windowLock.release();
    PracticeSession closing = session;
    WindowSettings geometry = opened == null ? null : MainStage.placement(stage);
    CompletableFuture<Void> closed =
        PendingCloses.start(
            () -> {
              work.shutdown();
              if (geometry != null) {
                geometry.save(dataDirectory.windowSettingsFile());
              }
              closing.closeAndBackUp();
              log.info("Knotwork closed; the records are saved and the folder is free");
            });
    if (!standalone) {
      closed.join();
    }
  }
}
