package org.knotwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.retention.RetentionService;

class AuditLogTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

  private Database db;
  private ClientService clients;
  private AuditLog log;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    clients = new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna");
    log = new AuditLog(new AuditRepository(db.dsl()), CLOCK, "anna");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void creatingChangingArchivingAndOpeningARecordAreLoggedWithTheClientsName() {
    Client saved = clients.save(Client.builder().fullName("Zoë Ward").build());
    clients.save(saved.toBuilder().phone("07700 900123").build());
    clients.archive(saved.id());
    clients.openRecord(saved.id());

    List<AuditLine> lines = log.read(AuditQuery.everything()).lines();
    assertThat(lines)
        .extracting(l -> l.entry().action())
        .containsExactly(
            AuditEntry.Action.VIEW,
            AuditEntry.Action.ARCHIVE,
            AuditEntry.Action.UPDATE,
            AuditEntry.Action.CREATE);
    assertThat(lines).allSatisfy(l -> assertThat(l.clientName()).isEqualTo("Zoë Ward"));
    assertThat(log.read(AuditQuery.everything().withActions(AuditKind.VIEWS.actions())).total())
        .isOne();
  }

  @Test
  void theExportHoldsEveryMatchingEntryAndIsItselfLogged(@TempDir Path dir) throws Exception {
    long id = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    clients.openRecord(id);
    new RetentionService(new RetentionRepository(db.dsl()), CLOCK, "anna")
        .delete(id, "Oskar Lind", true);

    Path file = dir.resolve("log.csv");
    int written = log.export(AuditQuery.everything(), file);

    assertThat(written).isEqualTo(3);
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\ufeffWhen,Who,What,Record,Client,Detail");
    assertThat(csv).contains("Deleted").contains("(record deleted)").contains("by override");
    assertThat(csv).doesNotContain("Oskar").as("a deleted client's name is gone from the log too");
    assertThat(Files.list(dir)).containsExactly(file);
    assertThat(
            log.read(AuditQuery.everything().withActions(Set.of(AuditEntry.Action.EXPORT))).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.entry().detail()).isEqualTo("log.csv"));
  }

  @Test
  void theExportedLogCanBeReadByTheUserOnly(@TempDir Path dir) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    clients.save(Client.builder().fullName("Oskar Lind").build());
    Path file = dir.resolve("log.csv");
    Files.writeString(file, "an earlier export");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    log.export(AuditQuery.everything(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Oskar Lind");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.list(dir)).containsExactly(file);
  }
}
