package org.knotwork.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.knotwork.lock.ui.PassphraseView;
import org.knotwork.lock.ui.PassphraseViewModel;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the main window behind the passphrase screen and unlocks it: on Ctrl+L (in any window),
 * after the idle minutes, or from the menu. Locking closes every other window and saves drafts
 * first; the lock and the unlock (with the wrong passphrases typed before it) are audited through
 * the {@link PracticeSession}. Only encrypted records lock: there is no passphrase otherwise.
 */
final class WindowLock {
  private static final Logger log = LoggerFactory.getLogger(WindowLock.class);

  private final Stage stage;
  private final PracticeLock practiceLock;
  private final TaskExecutor executor;
  private final PracticeSession session;
  private MainWindow window;
  private AutoLock autoLock;
  private boolean locked;

  WindowLock(
      Stage stage, PracticeLock practiceLock, TaskExecutor executor, PracticeSession session) {
    this.stage = stage;
    this.practiceLock = practiceLock;
    this.executor = executor;
    this.session = session;
  }

  /**
   * {@code main} now shows the open records: it locks from now on, by idle time and Ctrl+L when the
   * records are encrypted.
   */
  void guard(MainWindow main) {
    release();
    window = main;
    if (session.encrypted()) {
      autoLock = new AutoLock(stage.getScene(), main.autoLockMinutesProperty(), this::lock);
      stage
          .getScene()
          .getAccelerators()
          .put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
    }
  }

  /** The window no longer shows open records (a restore is under way, or Knotwork is closing). */
  void release() {
    window = null;
    if (autoLock != null) {
      autoLock.stop();
      autoLock = null;
    }
  }

  boolean isLocked() {
    return locked;
  }

  /** Use of any of Knotwork's windows keeps it from locking. */
  void touched() {
    if (autoLock != null) {
      autoLock.touch();
    }
  }

  /**
   * Hides every client detail behind the passphrase screen; every other window is closed and drafts
   * are saved first.
   */
  void lock() {
    MainWindow main = window;
    if (locked || main == null || !session.encrypted()) {
      return;
    }
    locked = true;
    practiceLock.lock();
    int closed = OtherWindows.closeAll(stage);
    main.prepareToLock();
    stage.titleProperty().unbind();
    stage.setTitle("Knotwork — locked");
    stage.getScene().setRoot(new PassphraseView(unlockScreen(main)));
    log.info(closed == 0 ? "Locked" : "Locked; {} other windows closed", closed);
    executor.execute(
        () -> {
          session.auditLock();
          return Boolean.TRUE;
        },
        done -> {},
        failure -> log.warn("The lock was not audited", failure));
  }

  private PassphraseViewModel unlockScreen(MainWindow main) {
    PassphraseViewModel[] screen = new PassphraseViewModel[1];
    screen[0] =
        new PassphraseViewModel(
            session.keys(),
            session.dataDirectory(),
            PassphraseViewModel.Mode.UNLOCK,
            executor,
            unlocked -> unlocked(main, screen[0].failures()));
    return screen[0];
  }

  private void unlocked(MainWindow main, int wrongPassphrases) {
    locked = false;
    stage.getScene().setRoot(main);
    stage.titleProperty().bind(main.titleProperty());
    practiceLock.unlock();
    executor.execute(
        () -> {
          session.auditUnlock(wrongPassphrases);
          return Boolean.TRUE;
        },
        done -> {},
        failure -> log.warn("The unlock was not audited", failure));
    touched();
  }
}
