package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;

class DatabaseTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 14, 10, 15, 30);
  private static final String HOME = "/home/anna";

  @TempDir Path folder;

  @Test
  void fileDatabaseKeepsItsDataAfterCloseAndReopen() {
    DataDirectory dir = DataDirectory.at(folder.resolve("practice"));
    Client client = Client.builder().fullName("Zoë Martin").email("zoe@example.org").build();
    long id;
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      id = new ClientRepository(db.dsl()).insert(client, NOW);
    }

    assertThat(dir.databaseFile()).isRegularFile();
    try (Database reopened = Database.open(dir, DatabaseCredentials.unencrypted())) {
      assertThat(new ClientRepository(reopened.dsl()).find(id))
          .contains(client.toBuilder().id(id).build());
    }
  }

  @Test
  void aBulkLoadKeepsItsRowsAndThenWritesEveryCommitStraightThroughAgain() {
    DataDirectory dir = DataDirectory.at(folder.resolve("practice"));
    long id;
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      String cacheBefore = setting(db, "info.CACHE_MAX_SIZE");
      long[] inserted = new long[1];
      db.bulkLoad(
          () -> {
            assertThat(setting(db, "WRITE_DELAY")).isEqualTo("2000");
            assertThat(Long.parseLong(setting(db, "info.CACHE_MAX_SIZE"))).isGreaterThan(200);
            inserted[0] =
                new ClientRepository(db.dsl())
                    .insert(Client.builder().fullName("Bo Li").build(), NOW);
          });
      id = inserted[0];
      assertThat(setting(db, "WRITE_DELAY")).isEqualTo("0");
      assertThat(setting(db, "info.CACHE_MAX_SIZE")).isEqualTo(cacheBefore);
    }
    try (Database reopened = Database.open(dir, DatabaseCredentials.unencrypted())) {
      assertThat(new ClientRepository(reopened.dsl()).find(id)).isPresent();
    }
  }

  @Test
  void closingCompactedLeavesOnlyTheLiveRowsInTheFileAndReopens() throws IOException {
    DataDirectory dir = DataDirectory.at(folder.resolve("practice"));
    DatabaseCredentials key =
        KeyFile.create("a long passphrase".toCharArray(), 1_000)
            .unlock("a long passphrase".toCharArray());
    Database db = Database.open(dir, key);
    long id =
        new ClientRepository(db.dsl()).insert(Client.builder().fullName("Bo Li").build(), NOW);
    // About 60 MB of rows written and dropped again: pages a compaction leaves out.
    db.dsl()
        .execute(
            "CREATE TABLE SCRATCH AS SELECT X, REPEAT('x', 1000) AS T FROM SYSTEM_RANGE(1, 60000)");
    db.dsl().execute("DROP TABLE SCRATCH");
    db.dsl().execute("CHECKPOINT");
    long sizeWithOldPages = Files.size(dir.databaseFile());

    db.closeCompacted();

    assertThat(sizeWithOldPages).isGreaterThan(10_000_000);
    // The schema and one client fit in a few pages; a plain close often leaves 700 KB of old
    // chunks.
    assertThat(Files.size(dir.databaseFile())).isLessThan(256 * 1024);
    // H2 writes a trace file only when something went wrong with a connection.
    assertThat(folder.resolve("practice").resolve("knotwork.trace.db")).doesNotExist();
    try (Database reopened = Database.open(dir, key)) {
      assertThat(new ClientRepository(reopened.dsl()).find(id))
          .map(Client::fullName)
          .contains("Bo Li");
    }
  }

  @Test
  void aBulkLoadThatFailsStillRestoresStraightThroughWrites() {
    try (Database db =
        Database.open(DataDirectory.at(folder.resolve("p")), DatabaseCredentials.unencrypted())) {
      assertThatThrownBy(
              () ->
                  db.bulkLoad(
                      () -> {
                        throw new IllegalStateException("disk full");
                      }))
          .hasMessage("disk full");
      assertThat(setting(db, "WRITE_DELAY")).isEqualTo("0");
    }
  }

  @Test
  void aBulkLoadIntoAnInMemoryDatabaseKeepsItsRows() {
    try (Database db = Database.inMemory()) {
      db.bulkLoad(
          () ->
              new ClientRepository(db.dsl())
                  .insert(Client.builder().fullName("Bo Li").build(), NOW));
      assertThat(db.dsl().fetchCount(org.knotwork.db.generated.Tables.CLIENT)).isEqualTo(1);
    }
  }

  private static String setting(Database db, String name) {
    return db.dsl()
        .fetchSingle(
            "SELECT DISTINCT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?",
            name)
        .get(0, String.class);
  }

  @Test
  void inMemoryDatabasesAreSeparate() {
    try (Database first = Database.inMemory();
        Database second = Database.inMemory()) {
      new ClientRepository(first.dsl()).insert(Client.builder().fullName("Anna Berg").build(), NOW);

      assertThat(new ClientRepository(second.dsl()).count()).isZero();
    }
  }

  @Test
  void secondInstanceLockIsRefusedUntilTheFirstIsReleased() throws IOException {
    DataDirectory dir = DataDirectory.at(folder);

    Optional<InstanceLock> first = InstanceLock.tryAcquire(dir);
    assertThat(first).isPresent();
    assertThat(InstanceLock.tryAcquire(dir)).isEmpty();

    first.get().close();

    Optional<InstanceLock> again = InstanceLock.tryAcquire(dir);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void instanceLockCreatesTheDataFolder() throws IOException {
    DataDirectory dir = DataDirectory.at(folder.resolve("new").resolve("practice"));

    try (InstanceLock lock = InstanceLock.tryAcquire(dir).orElseThrow()) {
      assertThat(Files.isDirectory(dir.root())).isTrue();
      assertThat(dir.lockFile()).exists();
    }
  }

  @Test
  void linuxDefaultFollowsXdgDataHome() {
    assertThat(DataDirectory.defaultRoot("Linux", Map.of("XDG_DATA_HOME", "/data/anna"), HOME))
        .isEqualTo(Path.of("/data/anna", "knotwork"));
  }

  @Test
  void linuxDefaultFallsBackToLocalShare() {
    assertThat(DataDirectory.defaultRoot("Linux", Map.of(), HOME))
        .isEqualTo(Path.of(HOME, ".local", "share", "knotwork"));
    assertThat(DataDirectory.defaultRoot("Linux", Map.of("XDG_DATA_HOME", " "), HOME))
        .isEqualTo(Path.of(HOME, ".local", "share", "knotwork"));
  }

  @Test
  void windowsDefaultFollowsAppData() {
    String appData = "C:\\Users\\anna\\AppData\\Roaming";

    assertThat(
            DataDirectory.defaultRoot("Windows 11", Map.of("APPDATA", appData), "C:\\Users\\anna"))
        .isEqualTo(Path.of(appData).resolve("Knotwork"));
  }

  @Test
  void windowsDefaultWithoutAppDataUsesRoamingUnderHome() {
    assertThat(DataDirectory.defaultRoot("Windows 10", Map.of(), HOME))
        .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Knotwork"));
  }

  @Test
  void macDefaultIsApplicationSupport() {
    assertThat(DataDirectory.defaultRoot("Mac OS X", Map.of(), HOME))
        .isEqualTo(Path.of(HOME, "Library", "Application Support", "Knotwork"));
  }

  @Test
  void dataDirectoryNamesItsFiles() {
    DataDirectory dir = DataDirectory.at(folder);

    assertThat(dir.databaseFile())
        .isEqualTo(folder.toAbsolutePath().normalize().resolve("knotwork.mv.db"));
    assertThat(dir.lockFile())
        .isEqualTo(folder.toAbsolutePath().normalize().resolve("knotwork.lock"));
  }

  @Test
  void aFileThatIsNotAKnotworkDatabaseIsRefusedInWordsAndLeftAsItWas() throws IOException {
    DataDirectory dir = DataDirectory.at(folder);
    byte[] foreign = "these are someone's holiday notes, not a database".getBytes();
    Files.write(dir.databaseFile(), foreign);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Database.open(dir, DatabaseCredentials.unencrypted()))
        .isInstanceOf(DatabaseException.class)
        .hasMessageContaining("could not open the practice database")
        .hasMessageContaining("Nothing was changed");
    assertThat(Files.readAllBytes(dir.databaseFile())).isEqualTo(foreign);
  }
}
