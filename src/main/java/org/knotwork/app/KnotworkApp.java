package org.knotwork.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.knotwork.app.OpeningScreens.Opened;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.ui.RestoreTarget;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.ui.FileChoosers;
import org.knotwork.ui.FxDialogService;
import org.knotwork.ui.FxTaskExecutor;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
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
  private OpeningScreens opening;
  private Opened opened;

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

  /** The file dialogs, which whole-app tests answer without the system's dialog. */
  FileChoosers fileChoosers() {
    return files;
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
    MainStage.dress(stage, OpeningScreens.loading());
    startupLog = new StartupLog(stage.getScene());
    MainStage.place(stage, WindowSettings.DEFAULT);
    stage.show();
    opening =
        new OpeningScreens(
            stage, session, executor, files, alerts, startupLog, this::showOpened, standalone);
    executor.execute(
        () -> new Starting(session.acquire(), Theme.load(dataDirectory.appearanceFile())),
        starting -> {
          theme.use(starting.theme());
          opening.folderTaken(starting.taken(), preset);
        },
        opening::couldNotOpen);
  }

  private record Starting(boolean taken, Theme theme) {}

  /** Settings → Restore, through the session (see {@link OpeningScreens#restore}). */
  private RestoreTarget restoreTarget() {
    return new RestoreTarget() {
      @Override
      public BackupManifest check(Path backup) {
        return session.check(backup);
      }

      @Override
      public void restore(Path backup, BackupManifest manifest) {
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
        opening.restore(backup, opened);
      }
    };
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
            theme::choose);
    window = main;
    stage.titleProperty().bind(main.titleProperty());
    stage.getScene().setRoot(main);
    startupLog.whenReady(main);
    MainStage.closeThrough(stage, main, windowLock::isLocked);
    windowLock.guard(main);
    result
        .practice()
        .ifPresentOrElse(
            practice -> main.showPractice(practice, result.bookInUse()), main::showWelcome);
    if (result.notice() != null) {
      String said = result.notice();
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
