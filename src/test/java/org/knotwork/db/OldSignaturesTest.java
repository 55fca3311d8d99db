package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.practice.TestTherapist;
import org.knotwork.print.RecordOfCare;
import org.knotwork.session.NoteHash;
import org.knotwork.session.SessionNote;

/**
 * Notes signed by the first release (the schema V3 fixture, signed in the account "demo") keep
 * exactly the author they were signed with and their fingerprint after the upgrade, and after the
 * therapist enters a profile and signs new notes with it.
 */
class OldSignaturesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;

  @Test
  void aNoteSignedBeforeProfilesStillVerifiesAndReadsItsOldAuthor() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    dir.ensureExists();
    try (InputStream fixture =
        OldSignaturesTest.class.getResourceAsStream("/fixtures/schema-v3/knotwork.mv.db")) {
      Files.copy(fixture, dir.databaseFile());
    }
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      long clientId = 1L;
      long oldId =
          context.sessions().list(clientId).stream()
              .filter(s -> context.sessions().load(s.id()).signed())
              .findFirst()
              .orElseThrow()
              .id();
      SessionNote before = context.sessions().load(oldId);
      assertThat(before.signer()).isNull();
      assertThat(NoteHash.intact(before)).isTrue();
      assertThat(authorIn(context, clientId, oldId)).isEqualTo("demo");

      // The therapist enters their profile and signs something new.
      context.practices().saveTherapist(TestTherapist.PROFILE);
      context.sessions().addAddendum(oldId, "Late entry", "Client phoned: ache gone.");

      SessionNote after = context.sessions().load(oldId);
      assertThat(after.signer()).isNull();
      assertThat(after.contentHash()).isEqualTo(before.contentHash());
      assertThat(NoteHash.intact(after)).isTrue();
      assertThat(context.sessions().changedSinceSigning()).isEmpty();
      assertThat(authorIn(context, clientId, oldId)).isEqualTo("demo");
      assertThat(after.addenda())
          .last()
          .extracting(a -> a.signer())
          .isEqualTo(TestTherapist.SIGNER);
    }
  }

  private static String authorIn(AppContext context, long clientId, long noteId) {
    List<RecordOfCare.Note> notes = context.exports().gather(clientId).notes();
    return notes.stream().filter(n -> n.note().id() == noteId).findFirst().orElseThrow().signedBy();
  }
}
