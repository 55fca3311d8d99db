package org.knotwork.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.audit.AuditLog;
import org.knotwork.audit.AuditRepository;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class AuditLogViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Database db;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private AuditLogViewModel vm;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna")
        .save(Client.builder().fullName("Zoë Ward").build());
    vm =
        new AuditLogViewModel(
            new AuditLog(new AuditRepository(db.dsl()), CLOCK, "anna"),
            new CurrentThreadTaskExecutor(),
            dialogs);
    vm.load();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void showsTheEntriesWithACount() {
    assertThat(vm.rows()).isNotEmpty();
    assertThat(vm.rows()).anySatisfy(r -> assertThat(r.client()).isEqualTo("Zoë Ward"));
    int shown = vm.rows().size();
    assertThat(vm.summaryProperty().get())
        .isEqualTo(shown + (shown == 1 ? " entry." : " entries."));
  }

  @Test
  void aLastDayBeforeTheFirstEmptiesTheTableAndSaysWhy() {
    vm.fromProperty().set(LocalDate.of(2026, 12, 5));
    vm.toProperty().set(LocalDate.of(2026, 12, 1));
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.summaryProperty().get())
        .isEqualTo("The last day lies before the first; change one of them.");
  }

  @Test
  void afterAnExportTheSummarySaysWhereTheEntriesWent() throws Exception {
    int shown = vm.rows().size();
    Path file = dir.resolve("audit.csv");
    dialogs.answerSaveChoiceWith(file);

    vm.export();

    assertThat(Files.readAllLines(file)).hasSizeGreaterThan(shown);
    assertThat(vm.summaryProperty().get())
        .startsWith("Exported " + shown + (shown == 1 ? " entry" : " entries") + " to audit.csv. ")
        .endsWith("entries.");
    assertThat(dialogs.errors()).isEmpty();
  }
}
