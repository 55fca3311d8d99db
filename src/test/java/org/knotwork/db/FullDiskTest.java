package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.db.generated.Tables;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionRepository;
import org.knotwork.ui.UserMessages;

/** The disk fills up while notes are being signed: a clear message, and nothing saved is lost. */
class FullDiskTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;

  @AfterEach
  void diskHasRoomAgain() {
    FullDiskFileSystem.FULL.set(false);
  }

  @Test
  void aSaveOnAFullDiskFailsClearlyAndEverySavedNoteSurvives() {
    FullDiskFileSystem.register();
    DataDirectory dir = DataDirectory.at(root);
    DatabaseCredentials key = PracticeKeys.forTests().create(dir, "full disk test".toCharArray());
    try (Database db = Database.open(dir, key)) {
      new AppContext(dir, db, CLOCK).demo().create(2, 1, 3L);
    }
    long client;
    List<Long> committed = new ArrayList<>();
    int notesBefore;
    Throwable failure;
    Database db = Database.open(dir, key, FullDiskFileSystem.SCHEME);
    try {
      client = db.dsl().select(Tables.CLIENT.ID).from(Tables.CLIENT).limit(1).fetchOne().value1();
      notesBefore = db.dsl().fetchCount(Tables.SESSION);
      SessionRepository sessions = new SessionRepository(db.dsl());
      LocalDateTime at = LocalDateTime.of(2026, 11, 2, 9, 0);
      for (int i = 0; i < 5; i++) {
        committed.addAll(
            sessions.importNotes(
                List.of(SessionFixtures.signedNote(client, at.plusDays(i), 60)), "test"));
      }

      FullDiskFileSystem.FULL.set(true);
      failure =
          catchThrowable(
              () ->
                  sessions.importNotes(
                      List.of(SessionFixtures.signedNote(client, at.plusDays(10), 60)), "test"));
    } finally {
      FullDiskFileSystem.FULL.set(false);
      catchThrowable(db::close); // closing a store that could not write may fail as well
    }

    assertThat(failure).as("saving on a full disk must fail, not pretend").isNotNull();
    assertThat(UserMessages.explain(failure, "Signing the note"))
        .startsWith("Signing the note did not work because the disk is full.")
        .doesNotContain("Exception");

    try (Database reopened = Database.open(dir, key)) {
      List<Long> ids =
          reopened.dsl().select(Tables.SESSION.ID).from(Tables.SESSION).fetch(r -> r.value1());
      assertThat(ids).containsAll(committed);
      assertThat(ids).hasSize(notesBefore + committed.size());
      assertThat(
              new org.knotwork.session.SessionService(
                      new SessionRepository(reopened.dsl()),
                      CLOCK,
                      () -> "test",
                      org.knotwork.practice.TestTherapist::signer)
                  .changedSinceSigning())
          .isEmpty();
    }
  }
}
