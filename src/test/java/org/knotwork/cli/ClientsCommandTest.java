package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

/** {@code knotwork clients}: the last visit is the latest signed note, never a draft. */
class ClientsCommandTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime JANUARY = LocalDateTime.of(2026, 1, 12, 9, 0);
  private static final LocalDateTime NOVEMBER = LocalDateTime.of(2026, 11, 20, 9, 0);
  @TempDir Path root;

  @Test
  void anUnsignedDraftIsNotShownAsTheLastVisit() throws Exception {
    DataDirectory data = DataDirectory.at(root.resolve("practice"));
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    try (Database db = Database.open(data, key)) {
      AppContext context = new AppContext(data, db, CLOCK);
      context.practices().start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
      long anna = context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
      long ben = context.clients().save(Client.builder().fullName("Ben Ode").build()).id();
      SessionRepository notes = new SessionRepository(db.dsl());
      notes.importNotes(List.of(note(anna, JANUARY).signedAs(JANUARY.plusHours(1), null)), "anna");
      notes.createDraft(note(anna, NOVEMBER), "anna", NOVEMBER);
      notes.createDraft(note(ben, NOVEMBER), "anna", NOVEMBER);
    }
    Path pass = Files.writeString(root.resolve("pass.txt"), PASSPHRASE);

    Cli.Result r =
        Cli.run(
            "clients", "--data-dir", data.root().toString(), "--passphrase-file", pass.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .anySatisfy(l -> assertThat(l).contains("Anna Berg").endsWith("2026-01-12"))
        .anySatisfy(l -> assertThat(l).contains("Ben Ode").endsWith(" -"))
        .noneSatisfy(l -> assertThat(l).contains("2026-11-20"));
  }

  private static SessionNote note(long clientId, LocalDateTime start) {
    return SessionNote.draft(clientId, start, 60, Set.of(), start.plusHours(1));
  }
}
