package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.client.Client;
import org.knotwork.db.generated.Tables;
import org.knotwork.session.NoteHash;
import org.knotwork.session.SessionRepository;
import org.slf4j.LoggerFactory;

/**
 * A separate JVM signs notes and is killed with SIGKILL at random moments, again and again: every
 * note it reported as committed is there afterwards, intact, and the database opens every time. 200
 * kills here; {@code mvn test -Dtest=KillNineTest -Dknotwork.kills=1000} for the long run.
 */
class KillNineTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  @TempDir Path root;
  private volatile Path archive;

  @Test
  void killedMidSaveNothingCommittedIsLostAndTheDatabaseAlwaysOpens() throws Exception {
    int kills = Integer.getInteger("knotwork.kills", 200);
    long started = System.nanoTime();
    archive = root.resolve("save-loop.jsa");
    warmUpClassArchive();
    // two practices side by side, one killer each, so the run uses both cores
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(() -> killRepeatedly(root.resolve("a"), kills / 2, 1L));
      Future<Integer> second =
          pool.submit(() -> killRepeatedly(root.resolve("b"), kills - kills / 2, 2L));
      int committed = first.get() + second.get();
      LoggerFactory.getLogger(KillNineTest.class)
          .info(
              "{} kills, {} notes committed and found intact, {} s",
              kills,
              committed,
              (System.nanoTime() - started) / 1_000_000_000L);
      assertThat(committed).isGreaterThan(kills / 2);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs the save loop once to the end with a class-data archive written at exit, so the killed
   * runs start faster (they only read it).
   */
  private void warmUpClassArchive() throws Exception {
    Path warm = root.resolve("warm-up");
    DataDirectory dir = DataDirectory.at(warm);
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray());
    long client;
    try (Database db = Database.open(dir, key)) {
      AppContext context =
          new AppContext(
              dir, db, Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC));
      context.practices().start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
      client = context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
    }
    Process p =
        new ProcessBuilder(javaCommand("-XX:ArchiveClassesAtExit=" + archive, warm, client, "3"))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(archive)) {
      archive = null; // the JVM could not archive: start without it
    }
  }

  private static java.util.List<String> javaCommand(
      String archiveOption, Path folder, long client, String... more) {
    java.util.List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    if (archiveOption != null) {
      command.add(archiveOption);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SaveLoop.class.getName());
    command.add(folder.toString());
    command.add(Long.toString(client));
    command.add(PASSPHRASE);
    command.addAll(java.util.List.of(more));
    return command;
  }

  /** Starts and kills the save loop {@code kills} times; returns the notes seen committed. */
  private int killRepeatedly(Path folder, int kills, long seed) throws Exception {
    DataDirectory dir = DataDirectory.at(folder);
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, PASSPHRASE.toCharArray());
    long client;
    try (Database db = Database.open(dir, key)) {
      AppContext context =
          new AppContext(
              dir, db, Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC));
      context.practices().start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
      client = context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
    }
    Random random = new Random(seed);
    Set<Long> committed = new HashSet<>();
    for (int run = 0; run < kills; run++) {
      Process child =
          new ProcessBuilder(
                  javaCommand(
                      archive == null ? null : "-XX:SharedArchiveFile=" + archive, folder, client))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // half the kills come while the database is being opened or the first note written, the
      // rest after a few commits, sometimes in the middle of the next transaction
      int killAfter = random.nextBoolean() ? 0 : 1 + random.nextInt(10);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        int seen = 0;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("COMMITTED ")) {
            committed.add(Long.parseLong(line.substring(10)));
            seen++;
          }
          if ((line.equals("READY") && killAfter == 0) || (seen > 0 && seen >= killAfter)) {
            Thread.sleep(random.nextInt(killAfter == 0 ? 400 : 15));
            child.destroyForcibly(); // SIGKILL
            break;
          }
        }
        // Notes committed after the last line read are not counted: the check is that nothing
        // reported as committed is ever missing.
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("run %d ended", run).isTrue();
      if (run % 25 == 24 || run == kills - 1) {
        assertEveryCommittedNoteIsThere(dir, key, committed, run);
      }
    }
    return committed.size();
  }

  private static void assertEveryCommittedNoteIsThere(
      DataDirectory dir, DatabaseCredentials key, Set<Long> committed, int run) {
    try (Database db = Database.open(dir, key)) {
      Set<Long> stored =
          new HashSet<>(
              db.dsl()
                  .select(Tables.SESSION.ID)
                  .from(Tables.SESSION)
                  .where(Tables.SESSION.STATUS.eq(org.knotwork.session.NoteStatus.SIGNED))
                  .fetch(Tables.SESSION.ID));
      assertThat(stored).as("after run %d", run).containsAll(committed);
      SessionRepository sessions = new SessionRepository(db.dsl());
      for (long id : committed) {
        assertThat(sessions.find(id)).get().matches(NoteHash::intact, "intact");
      }
    }
  }
}
