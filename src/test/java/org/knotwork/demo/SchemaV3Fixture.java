package org.knotwork.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.knotwork.client.ClientRepository;
import org.knotwork.db.DataDirectory;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.OutcomeRepository;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionRepository;

/**
 * Writes the fixture of the first released schema (V1–V3, unencrypted, as that release kept it):
 * {@code java -cp ... org.knotwork.demo.SchemaV3Fixture src/test/resources/fixtures/schema-v3}.
 * Kept in the repository; regenerate it only if the fixture itself is lost.
 */
public final class SchemaV3Fixture {
  private SchemaV3Fixture() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path work = Files.createTempDirectory("knotwork-v3-");
    DataDirectory dir = DataDirectory.at(work);
    String url = "jdbc:h2:file:" + dir.databaseBase() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    org.h2.jdbcx.JdbcConnectionPool pool =
        org.h2.jdbcx.JdbcConnectionPool.create(url, "knotwork", "");
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .target("3")
        .load()
        .migrate();
    var dsl = org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2);
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    // written as the first release wrote it: the practice table had these columns only
    dsl.execute(
        "INSERT INTO practice (id, name, is_demo, created_at) VALUES (1, 'Harbour Massage', FALSE,"
            + " TIMESTAMP '2026-06-01 10:00:00')");
    LocalDate today = LocalDate.now(clock);
    var generated = new DemoDataGenerator(11L, today).clients(8, 2);
    List<Long> ids =
        new ClientRepository(dsl)
            .insertAll(
                generated.stream().map(DemoPractice.DemoClient::client).toList(),
                LocalDateTime.now(clock));
    OutcomeRepository outcomes = new OutcomeRepository(dsl);
    DemoNoteGenerator writer = new DemoNoteGenerator(11L, today);
    DemoMeasureGenerator measurer = new DemoMeasureGenerator(11L, outcomes.instruments());
    List<SessionNote> notes = new ArrayList<>();
    List<OutcomeEntry> measures = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      List<SessionNote> theirs =
          writer.notes(generated.get(i).client(), ids.get(i), generated.get(i).visits());
      notes.addAll(theirs);
      measures.addAll(measurer.entries(generated.get(i).client(), ids.get(i), theirs));
    }
    new SessionRepository(dsl).importNotes(notes, DemoNoteGenerator.AUTHOR);
    outcomes.importEntries(measures, LocalDateTime.now(clock));
    pool.dispose();
    Files.createDirectories(out);
    Files.copy(
        dir.databaseFile(), out.resolve("knotwork.mv.db"), StandardCopyOption.REPLACE_EXISTING);
  }
}
