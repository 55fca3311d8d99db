package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.InstanceLock;
import org.knotwork.db.PracticeKeys;

/**
 * The window may close at once, but the process ends only after the close-time backup has finished
 * or failed: {@link KnotworkApp#launchWith} (after which the launcher exits) waits for it.
 */
class ClosingWaitsForTheBackupTest {
  private static final char[] PASSPHRASE = "harbour lantern meadow".toCharArray();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), ZoneOffset.UTC);

  @TempDir Path root;

  @Test
  void theProcessEndsOnlyAfterASlowClosingBackupHasFinished() throws Exception {
    CountDownLatch backupStarted = new CountDownLatch(1);
    CountDownLatch diskCatchesUp = new CountDownLatch(1);
    AtomicBoolean backedUp = new AtomicBoolean();
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    PracticeSession session =
        openPractice(
            dir,
            context -> {
              backupStarted.countDown();
              await(diskCatchesUp);
              PracticeSession.DAILY_BACKUP.backUpIfDue(context);
              backedUp.set(true);
            });
    CountDownLatch launchReturned = new CountDownLatch(1);
    // as the app's stop() does when the window closes, then returns at once
    Thread launcher =
        new Thread(
            () -> {
              KnotworkApp.untilClosed(() -> PendingCloses.start(session::closeAndBackUp));
              launchReturned.countDown();
            });
    launcher.start();

    assertThat(backupStarted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(launchReturned.await(500, TimeUnit.MILLISECONDS))
        .as("the process waits while the backup is written")
        .isFalse();
    assertThat(InstanceLock.tryAcquire(dir)).as("the folder is still taken").isEmpty();

    diskCatchesUp.countDown();
    assertThat(launchReturned.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(backedUp).isTrue();
    assertThat(InstanceLock.tryAcquire(dir)).isPresent().get().satisfies(InstanceLock::close);
    launcher.join();
  }

  @Test
  void aFailingClosingBackupStillFreesTheFolderAndLetsTheProcessEnd() throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice"));
    PracticeSession session =
        openPractice(
            dir,
            context -> {
              throw new IllegalStateException("The backup drive was unplugged");
            });

    Thread launcher =
        new Thread(
            () -> KnotworkApp.untilClosed(() -> PendingCloses.start(session::closeAndBackUp)));
    launcher.start();
    launcher.join(30_000);

    assertThat(launcher.isAlive()).isFalse();
    assertThat(session.isOpen()).isFalse();
    assertThat(InstanceLock.tryAcquire(dir)).isPresent().get().satisfies(InstanceLock::close);
  }

  @Test
  void theClosingThreadKeepsTheProcessAlive() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Thread[] closing = new Thread[1];
    var done =
        PendingCloses.start(
            () -> {
              closing[0] = Thread.currentThread();
              await(release);
            });
    try {
      while (closing[0] == null) {
        Thread.onSpinWait();
      }
      assertThat(closing[0].isDaemon()).isFalse();
    } finally {
      release.countDown();
      done.get(10, TimeUnit.SECONDS);
    }
  }

  private static PracticeSession openPractice(
      DataDirectory dir, PracticeSession.ClosingBackup backup) throws Exception {
    PracticeSession session = new PracticeSession(dir, CLOCK, PracticeKeys.forTests(), backup);
    session.acquire();
    session.open(session.createKey(PASSPHRASE.clone())).demo().create(2, 1, 7L);
    return session;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
