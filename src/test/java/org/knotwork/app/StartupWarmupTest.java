package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.ClientMatches;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;

class StartupWarmupTest {
  @TempDir Path temp;

  @Test
  void runsEveryStepOnAThrowAwayPracticeOnABackgroundThreadOfLowPriority() throws Exception {
    Path nowhere = temp.resolve("never-created");
    List<Thread> ranOn = new ArrayList<>();
    List<Long> clientsListed = new ArrayList<>();
    List<StartupWarmup.Step> steps = new ArrayList<>(StartupWarmup.standardSteps());
    steps.add(
        new StartupWarmup.Step(
            "look",
            context -> {
              ranOn.add(Thread.currentThread());
              ClientMatches all = context.clients().search("", false, 200);
              clientsListed.add((long) all.total());
            }));
    StartupWarmup warmup = new StartupWarmup(steps, nowhere, Clock.systemDefaultZone());

    warmup.begin();

    assertThat(warmup.awaitEnd(120, TimeUnit.SECONDS)).isTrue();
    assertThat(warmup.done())
        .containsExactly(
            "the database",
            "a small practice",
            "unlocking",
            "the client list",
            "the practice's settings",
            "look");
    Thread thread = ranOn.get(0);
    assertThat(thread).isNotSameAs(Thread.currentThread());
    assertThat(thread.isDaemon()).isTrue();
    assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    assertThat(clientsListed).containsExactly(3L); // the throw-away practice's own clients
    // Its folder was never made, and its database, in memory, is gone.
    assertThat(nowhere).doesNotExist();
    assertThat(scratchFiles()).isEmpty();
  }

  @Test
  void stopLetsNoFurtherStepStart() throws Exception {
    CountDownLatch inFirst = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> ran = new ArrayList<>();
    StartupWarmup warmup =
        new StartupWarmup(
            List.of(
                new StartupWarmup.Step(
                    "first",
                    context -> {
                      inFirst.countDown();
                      await(release);
                      ran.add("first");
                    }),
                new StartupWarmup.Step("second", context -> ran.add("second"))),
            temp.resolve("never-created"),
            Clock.systemDefaultZone());
    warmup.begin();
    assertThat(inFirst.await(120, TimeUnit.SECONDS)).isTrue();

    warmup.stop(); // the passphrase was entered while the first step ran
    release.countDown();

    assertThat(warmup.awaitEnd(30, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).containsExactly("first");
    assertThat(warmup.done()).containsExactly("the database", "first");
    assertThat(scratchFiles()).isEmpty();
  }

  @Test
  void theRealRecordsOpenAndWorkWhileTheWarmupRuns() throws Exception {
    DataDirectory real = DataDirectory.at(temp.resolve("practice"));
    StartupWarmup warmup =
        new StartupWarmup(
            StartupWarmup.standardSteps(),
            temp.resolve("never-created"),
            Clock.systemDefaultZone());

    warmup.begin(); // and the passphrase entered at once
    try (Database db = Database.open(real, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(real, db, Clock.systemDefaultZone());
      context.demo().create(5, 1, 7);
      warmup.stop();
      assertThat(context.clients().search("", true, 200).total()).isEqualTo(5);
    }

    assertThat(warmup.awaitEnd(120, TimeUnit.SECONDS)).isTrue();
    assertThat(scratchFiles()).isEmpty();
    try (Database db = Database.open(real, DatabaseCredentials.unencrypted())) {
      // Nothing of the throw-away practice reached the real one.
      assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM client")).isEqualTo(5L);
      assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM practice")).isEqualTo(1L);
    }
    try (var files = Files.list(real.root())) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .allMatch(f -> f.startsWith("knotwork.") || f.equals("logs"));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Scratch databases left in H2's in-memory file system. */
  private static List<String> scratchFiles() {
    return FileUtils.newDirectoryStream("memFS:").stream()
        .filter(f -> f.contains("knotwork-scratch-"))
        .toList();
  }
}
