package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;

/**
 * A draft is saved so the therapist loses nothing when the computer or the program dies: another
 * JVM saves a draft and is then killed outright (no shutdown hooks, no close), and the draft must
 * be there when the folder is opened again.
 */
class DraftSurvivesCrashTest {
  @TempDir Path folder;

  @Test
  void savedDraftSurvivesTheProgramBeingKilled() throws Exception {
    Path data = folder.resolve("practice");
    Path errors = folder.resolve("writer-stderr.txt");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DraftWriterMain.class.getName(),
                data.toString())
            .redirectError(errors.toFile())
            .start();
    String saved;
    try {
      saved = awaitSavedLine(writer);
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).as("writer died").isTrue();
    }
    String[] parts = saved.split(" ");
    long sessionId = Long.parseLong(parts[1]);
    long clientId = Long.parseLong(parts[2]);

    try (Database db = Database.open(DataDirectory.at(data), DatabaseCredentials.unencrypted())) {
      SessionService service =
          new SessionService(
              new SessionRepository(db.dsl()),
              Clock.systemUTC(),
              () -> "test",
              org.knotwork.practice.TestTherapist::signer);
      SessionNote draft =
          service
              .openDraft(clientId)
              .orElseThrow(() -> new AssertionError("the saved draft was lost in the crash"));

      assertThat(draft.id()).isEqualTo(sessionId);
      assertThat(draft.subjective().chiefComplaint()).isEqualTo(DraftWriterMain.CHIEF_COMPLAINT);
      assertThat(draft.findings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.region()).isEqualTo(org.knotwork.body.BackRegion.LOWER_BACK);
                assertThat(f.side()).isEqualTo(org.knotwork.body.Side.RIGHT);
                assertThat(f.painBefore()).isEqualTo(7);
              });
      assertThat(draft).isEqualTo(DraftWriterMain.content(draft.withFindings(List.of())));
    }
  }

  /** The writer's "SAVED ..." line, or a failure with what it wrote to stderr. */
  private String awaitSavedLine(Process writer) throws Exception {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = out.readLine()) != null) {
                  if (l.startsWith("SAVED ")) {
                    return l;
                  }
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String saved = line.get(60, TimeUnit.SECONDS);
      if (saved == null) {
        fail("The writer ended without saving:%n%s", stderr());
      }
      return saved;
    } catch (TimeoutException e) {
      return fail("The writer did not save within 60 s:%n%s", stderr());
    }
  }

  private String stderr() throws IOException {
    Path errors = folder.resolve("writer-stderr.txt");
    return Files.exists(errors) ? Files.readString(errors) : "";
  }
}
