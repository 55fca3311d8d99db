package org.knotwork.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.knotwork.backup.BackupManifest;
import org.knotwork.backup.BackupService;
import org.knotwork.backup.Recovery;
import org.knotwork.backup.ui.RecoveryView;
import org.knotwork.backup.ui.RecoveryViewModel;
import org.knotwork.backup.ui.RestoreTarget;
import org.knotwork.db.DamagedDatabaseException;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.InstanceLock;
import org.knotwork.db.PracticeKeys;
import org.knotwork.lock.ui.PassphraseView;
import org.knotwork.lock.ui.PassphraseViewModel;
import org.knotwork.practice.Practice;
import org.knotwork.ui.FileChoosers;
import org.knotwork.ui.FxDialogService;
import org.knotwork.ui.FxTaskExecutor;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.SinceLaunch;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. Opens the practice in the background (lock, database, migrations) while
 * a progress screen shows, then the welcome or the main window.
 */
public final class KnotworkApp extends Application {
  private static final Logger log = LoggerFactory.getLogger(KnotworkApp.class);
  private static final String DATA_DIR = "data-dir";

  private DataDirectory dataDirectory;
  private Clock clock = Clock.systemDefaultZone();
  private boolean standalone = true;
  private TaskExecutor executor;
  private Opened opened;
  private Stage stage;
  private boolean readyLogged;
  private Theme theme = Theme.LIGHT;
  private Consumer<Path> viewer;

  /** Opens the database with these instead of asking for the passphrase (tests only). */
  private DatabaseCredentials preset;

  private PracticeKeys keys = new PracticeKeys();

  /** Locked behind the passphrase screen: background work and dialogs respect it. */
  private final PracticeLock practiceLock = new PracticeLock();

  private final FileChoosers files = new FileChoosers(practiceLock);
  private InstanceLock heldLock;
  private MainWindow window;
  private AutoLock autoLock;
  private boolean locked;
  private int failedUnlocks;
  private StartupWarmup warmup;

  /** How the records were opened, to open them again after a restore. */
  private DatabaseCredentials credentials;

  /** Said once the records are open again (after a restore). */
  private String notice;

  private boolean unlockAudited;
  private BackupService.Restored restoredPending;
  private static final java.time.format.DateTimeFormatter NOTICE_WHEN =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH);

  /** Used by {@link Application#launch}. */
  public KnotworkApp() {}

  /** Embeds the app in a stage someone else owns (tests); closing it does not end the toolkit. */
  public KnotworkApp(DataDirectory dataDirectory, Clock clock) {
    this(dataDirectory, clock, null);
  }

  /**
   * Like {@link #KnotworkApp(DataDirectory, Clock)}, handing documents to be opened to {@code
   * viewer} instead of the system's PDF viewer.
   */
  public KnotworkApp(DataDirectory dataDirectory, Clock clock, Consumer<Path> viewer) {
    this.dataDirectory = dataDirectory;
    this.clock = clock;
    this.standalone = false;
    this.viewer = viewer;
    this.preset = DatabaseCredentials.unencrypted();
  }

  /**
   * Embeds the app as a therapist gets it, asking for the passphrase, with the given key derivation
   * (tests use a fast one).
   */
  public KnotworkApp(
      DataDirectory dataDirectory, Clock clock, Consumer<Path> viewer, PracticeKeys keys) {
    this(dataDirectory, clock, viewer);
    this.preset = null;
    this.keys = keys;
  }

  /** Answers "choose a file to open" without the system's dialog (whole-app tests). */
  void answerFileChoosersWith(
      java.util.function.BiFunction<javafx.stage.FileChooser, javafx.stage.Window, java.io.File>
          answer) {
    files.answerOpenWith(answer);
  }

  /** Answers "choose where to save" without the system's dialog (whole-app tests). */
  void answerSaveChoosersWith(
      java.util.function.BiFunction<javafx.stage.FileChooser, javafx.stage.Window, java.io.File>
          answer) {
    files.answerSaveWith(answer);
  }

  /** Starts the JavaFX application on the given data folder and returns when its window closes. */
  public static void launchWith(DataDirectory dataDirectory) {
    Application.launch(KnotworkApp.class, "--" + DATA_DIR + "=" + dataDirectory.root());
  }

  @Override
  public void start(Stage primaryStage) {
    this.stage = primaryStage;
    if (dataDirectory == null) {
      String dir = getParameters().getNamed().get(DATA_DIR);
      dataDirectory =
          dir == null
              ? DataDirectory.platformDefault()
              : DataDirectory.at(java.nio.file.Path.of(dir));
    }
    Thread.setDefaultUncaughtExceptionHandler(this::unexpected);
    theme.apply();
    executor = new FxTaskExecutor(practiceLock);
    OtherWindows.watch(stage, this::lock, this::touched);
    Scene scene =
        new Scene(loading(), WindowSettings.DEFAULT.width(), WindowSettings.DEFAULT.height());
    scene
        .getStylesheets()
        .add(KnotworkApp.class.getResource("/org/knotwork/ui/knotwork.css").toExternalForm());
    stage.setScene(scene);
    stage.titleProperty().unbind();
    stage.setTitle("Knotwork");
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      stage
          .getIcons()
          .add(
              new javafx.scene.image.Image(
                  KnotworkApp.class
                      .getResource("/org/knotwork/app/icon/knotwork-" + size + ".png")
                      .toExternalForm()));
    }
    applyGeometry(WindowSettings.DEFAULT);
    stage.show();
    executor.execute(
        () -> {
          Theme saved = Theme.load(dataDirectory.appearanceFile());
          return new Starting(InstanceLock.tryAcquire(dataDirectory).orElse(null), saved);
        },
        starting -> {
          useTheme(starting.theme());
          lockAcquired(starting.lock());
        },
        failure ->
            showFatal(
                "Knotwork could not open your practice",
                UserMessages.explain(failure, "Opening the practice")));
  }

  private record Starting(InstanceLock lock, Theme theme) {}

  /** Switches to {@code chosen} at once; the choice is saved when it changes. */
  private void useTheme(Theme chosen) {
    theme = chosen;
    chosen.apply();
  }

  /** The therapist switched theme: show it and remember it for the next start. */
  private void chooseTheme(Theme chosen) {
    if (chosen == theme) {
      return;
    }
    useTheme(chosen);
    Path file = dataDirectory.appearanceFile();
    executor.execute(
        () -> {
          chosen.save(file);
          return chosen;
        },
        saved -> {},
        failure -> log.warn("Theme not saved", failure));
  }

  /** With the folder to ourselves: ask for the passphrase (or use the preset), then open. */
  private void lockAcquired(InstanceLock lock) {
    if (lock == null) {
      log.info("Another instance holds {}", dataDirectory.lockFile());
      showOpened(null);
      return;
    }
    heldLock = lock;
    if (preset != null) {
      openWith(preset);
      return;
    }
    executor.execute(
        () -> keys.state(dataDirectory),
        state -> {
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
                    failedUnlocks = screen[0].failures();
                    openWith(credentials);
                  });
          stage.getScene().setRoot(new PassphraseView(screen[0]));
          logOnNextLayout("Knotwork is waiting for the passphrase: {} ms after launch");
          if (standalone) { // once the screen is laid out, while the passphrase is typed
            afterNextLayout(() -> warmup = StartupWarmup.start(WindowWarmup::buildAndWait));
          }
        },
        failure ->
            showFatal(
                "Knotwork could not open your practice",
                UserMessages.explain(failure, "Opening the practice")));
  }

  private void openWith(DatabaseCredentials credentials) {
    if (warmup != null) {
      warmup.stop();
    }
    this.credentials = credentials;
    stage.getScene().setRoot(loading());
    executor.execute(
        () -> openPractice(credentials),
        this::showOpened,
        failure -> {
          if (damaged(failure)) {
            showRecovery(UserMessages.explain(failure, "Opening the practice"));
          } else {
            showFatal(
                "Knotwork could not open your practice",
                UserMessages.explain(failure, "Opening the practice"));
          }
        });
  }

  private static boolean damaged(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DamagedDatabaseException) {
        return true;
      }
    }
    return false;
  }

  /** The records will not open: offer the newest backup that checks out. */
  private void showRecovery(String problem) {
    log.warn("The records could not be opened; offering a backup");
    RecoveryViewModel vm =
        new RecoveryViewModel(
            new Recovery(dataDirectory, clock),
            credentials,
            executor,
            new FxDialogService(() -> stage),
            problem,
            recovered -> {
              notice =
                  "Your records were restored from the backup of "
                      + NOTICE_WHEN.format(recovered.restored().manifest().createdAt())
                      + " ("
                      + recovered.restored().manifest().summary()
                      + "). The damaged file is kept as "
                      + recovered.damagedFile()
                      + ".";
              restoredPending = recovered.asRestored();
              openWith(credentials);
            });
    stage.getScene().setRoot(new RecoveryView(vm, stage::close, files));
    vm.search();
  }

  /**
   * Settings → Restore: backs up the records as they are, puts the checked backup in their place
   * and opens it, all behind a progress screen; on failure the records as they were are opened
   * again.
   */
  private RestoreTarget restoreTarget() {
    return new RestoreTarget() {
      @Override
      public BackupManifest check(Path backup) {
        Opened now = opened;
        return BackupService.verify(backup, credentials, now.context().schemaVersion());
      }

      @Override
      public void restore(Path backup, BackupManifest manifest) {
        restoreFrom(backup);
      }
    };
  }

  private void restoreFrom(Path backup) {
    Opened current = opened;
    if (current == null) {
      return;
    }
    if (practiceLock.isLocked()) {
      log.info("A restore confirmed as Knotwork locked was not started");
      return;
    }
    if (window != null) {
      window.prepareToLock(); // drafts are saved (in order, on the worker) before the safety copy
    }
    opened = null;
    stopAutoLock();
    stage.titleProperty().unbind();
    stage.getScene().setRoot(loading());
    boolean[] closed = {false};
    executor.execute(
        () -> {
          BackupService.Restored restored =
              current
                  .context()
                  .backups()
                  .restore(
                      backup,
                      credentials,
                      () -> {
                        closed[0] = true;
                        current.context().close();
                      });
          Opened reopened = openPractice(credentials);
          reopened.context().backups().auditRestore(restored);
          notice =
              "The backup of "
                  + NOTICE_WHEN.format(restored.manifest().createdAt())
                  + " is restored ("
                  + restored.manifest().summary()
                  + "). Your records as they were just before are kept in "
                  + restored.safetyBackup()
                  + ".";
          return reopened;
        },
        this::showOpened,
        failure -> {
          String why = UserMessages.explain(failure, "Restoring the backup");
          if (!closed[0]) {
            showOpened(current);
            new FxDialogService(() -> stage).showError("The backup was not restored", why);
            return;
          }
          notice = null;
          executor.execute(
              () -> openPractice(credentials),
              again -> {
                showOpened(again);
                new FxDialogService(() -> stage).showError("The backup was not restored", why);
              },
              f ->
                  showFatal(
                      "Knotwork could not open your practice",
                      UserMessages.explain(f, "Opening the practice")));
        });
  }

  private void stopAutoLock() {
    if (autoLock != null) {
      autoLock.stop();
      autoLock = null;
    }
  }

  /**
   * Hides every client detail behind the passphrase screen; drafts are saved first. Only for
   * encrypted records (there is no passphrase otherwise).
   */
  void lock() {
    if (locked || window == null || opened == null || !opened.encrypted()) {
      return;
    }
    locked = true;
    practiceLock.lock();
    int closed = OtherWindows.closeAll(stage);
    window.prepareToLock();
    MainWindow main = window;
    stage.titleProperty().unbind();
    stage.setTitle("Knotwork — locked");
    stage.getScene().setRoot(new PassphraseView(lockScreen(main)));
    log.info(closed == 0 ? "Locked" : "Locked; {} other windows closed", closed);
    AppContext context = opened.context();
    java.time.LocalDateTime now =
        java.time.LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    executor.execute(
        () -> {
          String who = context.actor();
          context
              .audit()
              .append(
                  new org.knotwork.audit.AuditEntry(
                      now, who, org.knotwork.audit.AuditEntry.Action.LOCK, "practice", 1));
          return Boolean.TRUE;
        },
        done -> {},
        failure -> log.warn("The lock was not audited", failure));
  }

  /** Use of any of Knotwork's windows keeps it from locking. */
  private void touched() {
    if (autoLock != null) {
      autoLock.touch();
    }
  }

  private PassphraseViewModel lockScreen(MainWindow main) {
    PassphraseViewModel[] screen = new PassphraseViewModel[1];
    screen[0] =
        new PassphraseViewModel(
            keys,
            dataDirectory,
            PassphraseViewModel.Mode.UNLOCK,
            executor,
            unlocked -> {
              locked = false;
              stage.getScene().setRoot(main);
              stage.titleProperty().bind(main.titleProperty());
              practiceLock.unlock();
              Opened now = opened;
              int failures = screen[0].failures();
              if (now != null) {
                executor.execute(
                    () -> {
                      auditUnlock(now.context(), failures);
                      return Boolean.TRUE;
                    },
                    done -> {},
                    failure -> log.warn("The unlock was not audited", failure));
              }
              if (autoLock != null) {
                autoLock.touch();
              }
            });
    return screen[0];
  }

  private Opened openPractice(DatabaseCredentials credentials) throws Exception {
    Database database = Database.open(dataDirectory, credentials);
    AppContext context = new AppContext(dataDirectory, database, clock);
    if (credentials.isEncrypted() && !unlockAudited) {
      auditUnlock(context, failedUnlocks);
      unlockAudited = true;
    }
    if (restoredPending != null) {
      context.backups().auditRestore(restoredPending);
      restoredPending = null;
    }
    Optional<Practice> practice = context.practices().current();
    WindowSettings settings = WindowSettings.load(dataDirectory.windowSettingsFile());
    return new Opened(heldLock, context, practice, settings, credentials.isEncrypted());
  }

  private static VBox loading() {
    ProgressIndicator spinner = new ProgressIndicator();
    Label opening = new Label("Opening your practice…");
    VBox loading = new VBox(12, spinner, opening);
    loading.setAlignment(Pos.CENTER);
    return loading;
  }

  private void showOpened(Opened result) {
    if (result == null) {
      showFatal(
          "Knotwork is already open",
          "Another Knotwork window is already working with the records in "
              + dataDirectory
              + ". Switch to that window to carry on. This one will close; nothing was changed.");
      return;
    }
    opened = result;
    applyGeometry(result.settings());
    FxDialogService dialogs = new FxDialogService(() -> stage, practiceLock, files);
    MainWindow main =
        new MainWindow(
            result.context(),
            executor,
            dialogs,
            this::openDocument,
            keys,
            () -> lock(),
            restoreTarget(),
            theme,
            this::chooseTheme,
            files);
    window = main;
    stage.titleProperty().bind(main.titleProperty());
    stage.getScene().setRoot(main);
    logWhenReady(main);
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          if (!locked) { // unlock first: closing may ask about unsaved changes
            main.requestClose(stage::close);
          }
        });
    stage
        .getScene()
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            () ->
                stage.fireEvent(
                    new javafx.stage.WindowEvent(
                        stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    stopAutoLock();
    if (result.encrypted()) {
      autoLock = new AutoLock(stage.getScene(), main.autoLockMinutesProperty(), this::lock);
      stage
          .getScene()
          .getAccelerators()
          .put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
    }
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

  private void showFatal(String title, String message) {
    Alert alert = FxDialogService.alert(Alert.AlertType.ERROR, title, message, stage);
    alert.setOnHidden(
        e -> {
          stage.close();
          if (standalone) {
            Platform.exit();
          }
        });
    alert.show();
  }

  /** Last line of defence: the log gets the trace, the therapist a sentence. */
  private void unexpected(Thread thread, Throwable failure) {
    log.error("Unexpected failure on thread {}", thread.getName(), failure);
    Runnable tell =
        () ->
            FxDialogService.alert(
                    Alert.AlertType.ERROR,
                    "Something went wrong",
                    "Knotwork ran into an unexpected problem. Records you already saved are safe. If this keeps "
                        + "happening, restart Knotwork; the details are in the log in "
                        + dataDirectory.logDirectory()
                        + ".",
                    stage)
                .show();
    if (Platform.isFxApplicationThread()) {
      tell.run();
    } else {
      Platform.runLater(tell);
    }
  }

  /**
   * Logs, once per run, the moment the first usable screen has been laid out after the welcome or
   * the client list became ready: the figure the start-up benchmark and the installer smoke test
   * read.
   */
  private void logWhenReady(MainWindow main) {
    if (readyLogged) {
      return;
    }
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          if (main.readyProperty().get() && !readyLogged) {
            readyLogged = true;
            stage.getScene().removePostLayoutPulseListener(listener[0]);
            log.info("Knotwork is ready: {} ms after launch", SinceLaunch.millis());
          }
        };
    stage.getScene().addPostLayoutPulseListener(listener[0]);
    main.readyProperty().addListener((o, was, now) -> Platform.requestNextPulse());
  }

  /** Logs the message (with the time since launch) once the next layout pass has run. */
  private void logOnNextLayout(String message) {
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          stage.getScene().removePostLayoutPulseListener(listener[0]);
          log.info(message, SinceLaunch.millis());
        };
    stage.getScene().addPostLayoutPulseListener(listener[0]);
    Platform.requestNextPulse();
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

  /** Size and place, fitted to the screens as they are now (see WindowSettings.fittedTo). */
  private void applyGeometry(WindowSettings s) {
    javafx.geometry.Rectangle2D primary = javafx.stage.Screen.getPrimary().getVisualBounds();
    WindowSettings fitted =
        s.fittedTo(
            primary,
            javafx.stage.Screen.getScreens().stream()
                .map(javafx.stage.Screen::getVisualBounds)
                .toList());
    javafx.geometry.Dimension2D minimum =
        WindowSettings.minimumOn(
            javafx.stage.Screen.getScreensForRectangle(
                    fitted.x(), fitted.y(), fitted.width(), fitted.height())
                .stream()
                .findFirst()
                .map(javafx.stage.Screen::getVisualBounds)
                .orElse(primary));
    stage.setMinWidth(minimum.getWidth());
    stage.setMinHeight(minimum.getHeight());
    if (s.maximized()) {
      stage.setMaximized(true);
      return;
    }
    stage.setWidth(fitted.width());
    stage.setHeight(fitted.height());
    stage.setX(fitted.x());
    stage.setY(fitted.y());
  }

  @Override
  public void stop() {
    if (executor == null) {
      return;
    }
    Opened toClose = opened;
    opened = null;
    stopAutoLock();
    if (toClose == null && heldLock != null) {
      InstanceLock lock = heldLock; // closed before the records were unlocked
      executor.execute(
          () -> {
            lock.close();
            return Boolean.TRUE;
          },
          done -> {},
          failure -> {});
    }
    heldLock = null;
    if (toClose != null) {
      WindowSettings geometry =
          new WindowSettings(
              stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
      executor.execute(
          () -> {
            geometry.save(dataDirectory.windowSettingsFile());
            removePrintouts();
            backUpIfDue(toClose);
            toClose.context().close();
            toClose.lock().close();
            log.info("Knotwork closed; the records are saved and the folder is free");
            return Boolean.TRUE;
          },
          done -> {},
          failure -> {});
    }
    executor.shutdown();
    executor = null;
  }

  /** Opens a written PDF in the system's viewer. */
  private void openDocument(java.nio.file.Path file) {
    if (viewer != null) {
      viewer.accept(file);
      return;
    }
    try {
      getHostServices().showDocument(file.toUri().toString());
    } catch (RuntimeException e) {
      log.warn("Could not open {} in the system viewer", file, e);
      FxDialogService.alert(
              Alert.AlertType.INFORMATION,
              "No PDF viewer was found",
              "The document is saved as "
                  + file
                  + ". Open it from there, or use Save as PDF to put it somewhere else.",
              stage)
          .show();
    }
  }

  /** Notes an unlock, and the wrong passphrases typed before it, in the audit log. */
  private void auditUnlock(AppContext context, int failures) {
    java.time.LocalDateTime now =
        java.time.LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String who = context.actor();
    for (int i = 0; i < failures; i++) {
      context
          .audit()
          .append(
              new org.knotwork.audit.AuditEntry(
                  now, who, org.knotwork.audit.AuditEntry.Action.UNLOCK_FAILED, "practice", 1));
    }
    context
        .audit()
        .append(
            new org.knotwork.audit.AuditEntry(
                now, who, org.knotwork.audit.AuditEntry.Action.UNLOCK, "practice", 1));
  }

  /** The daily backup on closing; a failure is logged and never stops Knotwork from closing. */
  private static void backUpIfDue(Opened toClose) {
    if (!toClose.encrypted() || toClose.context().practices().current().isEmpty()) {
      return; // nothing worth keeping yet, or a folder from tests
    }
    try {
      var backups = toClose.context().backups();
      backups.backUpIfDue().flatMap(BackupService.Made::copyProblem).ifPresent(log::warn);
    } catch (RuntimeException e) {
      log.error("The backup on closing failed", e);
    }
  }

  /** Deletes the copies written for the PDF viewer: they hold client details. */
  private void removePrintouts() {
    java.nio.file.Path dir = dataDirectory.printoutsDirectory();
    if (!java.nio.file.Files.isDirectory(dir)) {
      return;
    }
    try (var files = java.nio.file.Files.list(dir)) {
      files.forEach(
          f -> {
            try {
              java.nio.file.Files.deleteIfExists(f);
            } catch (java.io.IOException e) {
              log.warn("Could not delete the printout {}", f, e);
            }
          });
    } catch (java.io.IOException e) {
      log.warn("Could not clear {}", dir, e);
    }
  }

  private record Opened(
      InstanceLock lock,
      AppContext context,
      Optional<Practice> practice,
      WindowSettings settings,
      boolean encrypted) {}
}
