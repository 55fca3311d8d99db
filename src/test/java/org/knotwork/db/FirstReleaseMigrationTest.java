package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.db.generated.Tables;

/**
 * Records kept by the first release (schema V1–V3, unencrypted; a fixture written by {@code
 * SchemaV3Fixture}) open in this version, migrate, and can then be encrypted with every row kept.
 */
class FirstReleaseMigrationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path root;

  @Test
  void theFirstReleasesRecordsMigrateAndEncryptWithEveryRowKept() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    dir.ensureExists();
    try (InputStream fixture =
        FirstReleaseMigrationTest.class.getResourceAsStream("/fixtures/schema-v3/knotwork.mv.db")) {
      Files.copy(fixture, dir.databaseFile());
    }
    int clients;
    int sessions;
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      AppContext context = new AppContext(dir, db, CLOCK);
      assertThat(context.schemaVersion()).isEqualTo("17");
      assertThat(context.practices().current()).map(p -> p.name()).contains("Harbour Massage");
      assertThat(context.practices().details().paperSize().name()).isEqualTo("A4");
      assertThat(context.practices().autoLockMinutes()).isEqualTo(5);
      clients = db.dsl().fetchCount(Tables.CLIENT);
      sessions = db.dsl().fetchCount(Tables.SESSION);
      assertThat(clients).isEqualTo(8);
      assertThat(sessions).isPositive();
      assertThat(context.sessions().changedSinceSigning()).isEmpty();
      assertThat(context.plans().plans(1L)).isEmpty();
    }

    PracticeKeys keys = PracticeKeys.forTests();
    assertThat(keys.state(dir)).isEqualTo(PracticeKeys.State.UNENCRYPTED);
    DatabaseCredentials key = keys.encryptExisting(dir, "harbour lantern meadow".toCharArray());

    try (Database db = Database.open(dir, key)) {
      assertThat(db.dsl().fetchCount(Tables.CLIENT)).isEqualTo(clients);
      assertThat(db.dsl().fetchCount(Tables.SESSION)).isEqualTo(sessions);
      assertThat(new AppContext(dir, db, CLOCK).sessions().changedSinceSigning()).isEmpty();
    }
  }
}
