package org.knotwork.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.db.generated.Tables;

class BackupServiceTest {
  /**
   * Every table of the practice, compared row for row after a restore. A table added to the schema
   * must be added here: {@link #theRowForRowCheckCoversEveryTable} fails until it is.
   */
  private static final List<Table<?>> ROW_FOR_ROW =
      List.of(
          Tables.PRACTICE,
          Tables.CLIENT,
          Tables.CLIENT_CONDITION,
          Tables.CLIENT_REGION_CONSENT,
          Tables.CLIENT_SEARCH,
          Tables.CLIENT_LIST_VERSION,
          Tables.SESSION,
          Tables.SESSION_FINDING,
          Tables.SESSION_TREATMENT,
          Tables.SESSION_RED_FLAG,
          Tables.SESSION_ADDENDUM,
          Tables.QUICK_PHRASE,
          Tables.OUTCOME_INSTRUMENT,
          Tables.OUTCOME_ENTRY,
          Tables.OUTCOME_ITEM,
          Tables.OUTCOME_BASELINE,
          Tables.TREATMENT_PLAN,
          Tables.PLAN_GOAL,
          Tables.PLAN_FOCUS,
          Tables.PLAN_MODALITY,
          Tables.PLAN_HANDOUT,
          Tables.HANDOUT,
          Tables.HANDOUT_SECTION,
          Tables.APPOINTMENT,
          Tables.BOOKABLE_SERVICE,
          Tables.BLOCKED_TIME,
          Tables.APPOINTMENT_SETTINGS,
          Tables.WORKING_HOURS,
          Tables.CALENDAR_FILE_SETTINGS,
          Tables.AUDIT_LOG);

  /** Tables the row-for-row check leaves out, with the reason. */
  private static final java.util.Map<String, String> NOT_COMPARED =
      java.util.Map.of(
          "flyway_schema_history", "the schema version, checked by the manifest and Flyway");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir static Path root;
  private static DataDirectory practice;
  private static DatabaseCredentials key;
  private static Path backup;
  private static String schema;

  @BeforeAll
  static void demoPracticeAndOneBackup() {
    practice = DataDirectory.at(root.resolve("practice"));
    key = PracticeKeys.forTests().create(practice, "harbour lantern meadow".toCharArray());
    try (Database db = Database.open(practice, key)) {
      new AppContext(practice, db, CLOCK).demo().create(15, 10, 42L);
      BackupRepository repository = new BackupRepository(db.dsl());
      schema = repository.schemaVersion();
      backup = new BackupService(repository, practice, CLOCK, "test").backupNow(root.resolve("b"));
    }
  }

  @Test
  void aBackupOfTenYearsVerifiesAndRestoresRowForRow() throws Exception {
    BackupManifest manifest = BackupService.verify(backup, key, schema);
    assertThat(manifest.counts().get("client")).isEqualTo(15);
    try (Database db = Database.open(practice, key)) {
      java.time.LocalDateTime first =
          db.dsl()
              .select(org.jooq.impl.DSL.min(Tables.SESSION.SERVICE_START))
              .from(Tables.SESSION)
              .fetchOne()
              .value1();
      assertThat(first)
          .as("a practice of ten years")
          .isBefore(java.time.LocalDateTime.parse("2019-06-01T00:00"));
    }
    assertThat(manifest.counts().get("session")).isPositive();

    DataDirectory restored = DataDirectory.at(root.resolve("restored"));
    restored.ensureExists();
    BackupService.putInPlace(backup, restored);

    try (Database original = Database.open(practice, key);
        Database copy =
            Database.open(
                restored,
                PracticeKeys.forTests().unlock(restored, "harbour lantern meadow".toCharArray()))) {
      for (Table<?> t : ROW_FOR_ROW) {
        List<List<Object>> expected = rows(original, t);
        if (t == Tables.AUDIT_LOG) {
          // the original also notes the backup itself, written after the copy was taken
          expected.removeIf(row -> row.contains(org.knotwork.audit.AuditEntry.Action.BACKUP));
        }
        assertThat(rows(copy, t)).as(t.getName()).isEqualTo(expected);
      }
    }
  }

  @Test
  void theRowForRowCheckCoversEveryTable() {
    try (Database db = Database.open(practice, key)) {
      List<String> inSchema =
          db
              .dsl()
              .fetchValues(
                  "select lower(table_name) from information_schema.tables where table_schema ="
                      + " current_schema and table_type = 'BASE TABLE'")
              .stream()
              .map(Object::toString)
              .filter(name -> !NOT_COMPARED.containsKey(name))
              .toList();
      assertThat(ROW_FOR_ROW.stream().map(t -> t.getName().toLowerCase(java.util.Locale.ROOT)))
          .containsExactlyInAnyOrderElementsOf(inSchema);
      // the appointment book's tables hold rows in the demo practice, so comparing them means
      // something
      for (Table<?> t :
          List.of(
              Tables.APPOINTMENT,
              Tables.BOOKABLE_SERVICE,
              Tables.BLOCKED_TIME,
              Tables.APPOINTMENT_SETTINGS,
              Tables.WORKING_HOURS)) {
        assertThat(db.dsl().fetchCount(t)).as(t.getName()).isPositive();
      }
    }
  }

  @Test
  void theBackupHoldsNoReadableClientDetails() throws Exception {
    byte[] bytes = Files.readAllBytes(backup);
    try (Database db = Database.open(practice, key)) {
      for (String name :
          db.dsl().select(Tables.CLIENT.SEARCH_TEXT).from(Tables.CLIENT).fetch(r -> r.value1())) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain(surname);
      }
    }
  }

  @Test
  void theEncryptedDatabaseIsStoredWithoutCompressingIt() throws Exception {
    try (ZipFile zip = new ZipFile(backup.toFile())) {
      ZipEntry db = zip.getEntry(BackupService.DB_ENTRY);
      assertThat(db.getSize()).as("the database file").isGreaterThan(100_000);
      // Stored blocks add a few bytes per 64 KB; deflating would shrink the plain parts.
      assertThat(db.getCompressedSize()).isGreaterThanOrEqualTo(db.getSize());
    }
  }

  @Test
  void aDamagedBackupIsRefused() throws Exception {
    Path damaged = root.resolve("damaged.zip");
    rewrite(
        backup,
        damaged,
        (name, data) -> {
          if (name.equals(BackupService.DB_ENTRY)) {
            data[data.length / 2] ^= 0x55;
          }
          return data;
        });
    assertThatThrownBy(() -> BackupService.verify(damaged, key, schema))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("do not match the checksum")
        .hasMessageContaining("Your current records were not touched.");
  }

  @Test
  void aTruncatedBackupIsRefused() throws Exception {
    Path truncated = root.resolve("truncated.zip");
    byte[] all = Files.readAllBytes(backup);
    Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> BackupService.verify(truncated, key, schema))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("damaged or truncated");
  }

  @Test
  void aForeignBackupIsRefused() {
    DatabaseCredentials otherKey =
        PracticeKeys.forTests()
            .create(DataDirectory.at(root.resolve("other")), "other words here".toCharArray());
    assertThatThrownBy(() -> BackupService.verify(backup, otherKey, schema))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("another practice");
  }

  @Test
  void aBackupFromANewerVersionIsRefused() throws Exception {
    Path newer = root.resolve("newer.zip");
    rewrite(
        backup,
        newer,
        (name, data) ->
            name.equals(BackupService.MANIFEST_ENTRY)
                ? new String(data, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .replaceFirst("schemaVersion=\\d+", "schemaVersion=99")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)
                : data);
    assertThatThrownBy(() -> BackupService.verify(newer, key, schema))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("newer version of Knotwork");
  }

  @Test
  void somethingElseEntirelyIsRefused() throws Exception {
    Path text = root.resolve("notes.zip");
    Files.writeString(text, "not a zip at all");
    assertThatThrownBy(() -> BackupService.verify(text, key, schema))
        .isInstanceOf(BackupRefusedException.class);
    Path otherZip = root.resolve("other.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(otherZip))) {
      out.putNextEntry(new ZipEntry("photo.jpg"));
      out.write(new byte[] {1, 2, 3});
    }
    assertThatThrownBy(() -> BackupService.verify(otherZip, key, schema))
        .hasMessageContaining("not a Knotwork backup");
  }

  @Test
  void atMostOneAutomaticBackupADay() {
    try (Database db = Database.open(practice, key)) {
      BackupService service =
          new BackupService(new BackupRepository(db.dsl()), practice, CLOCK, "t");
      Path folder = service.defaultFolder();
      assertThat(service.backUpIfDue()).isPresent();
      assertThat(service.backUpIfDue()).isEmpty();
      assertThat(BackupService.backups(folder)).hasSize(1);
      assertThat(new org.knotwork.audit.AuditRepository(db.dsl()).about("practice", 1))
          .extracting(org.knotwork.audit.AuditEntry::action)
          .contains(org.knotwork.audit.AuditEntry.Action.BACKUP);
      assertThat(folder.toFile().list()).allMatch(n -> n.endsWith(".zip"));
    }
  }

  private static List<List<Object>> rows(Database db, Table<?> table) {
    List<List<Object>> rows = new ArrayList<>();
    var key = table.getPrimaryKey();
    List<? extends org.jooq.Field<?>> order =
        key != null ? key.getFields() : List.of(table.fields());
    db.dsl().selectFrom(table).orderBy(order).fetch().forEach(r -> rows.add(r.intoList()));
    return rows;
  }

  private interface Edit {
    byte[] apply(String name, byte[] data);
  }

  private static void rewrite(Path from, Path to, Edit edit) throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        OutputStream file = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] data = in.getInputStream(e).readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(edit.apply(e.getName(), data));
        out.closeEntry();
      }
    }
  }
}
