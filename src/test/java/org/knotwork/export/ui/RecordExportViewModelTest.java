package org.knotwork.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.PracticeKeys;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/** Export record / Export all records: warned first, off the JavaFX thread, result in words. */
class RecordExportViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T15:40:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  private Database db;
  private AppContext context;
  private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private Path chosen;
  private long anna;

  @BeforeEach
  void practice() {
    DataDirectory data = DataDirectory.at(dir.resolve("practice"));
    db = Database.open(data, PracticeKeys.forTests().create(data, "harbour lantern".toCharArray()));
    context = new AppContext(data, db, CLOCK);
    context
        .practices()
        .start("Harbour Massage", false, org.knotwork.practice.TestTherapist.PROFILE);
    anna = context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
    context.clients().save(Client.builder().fullName("Zoë Łukasiewicz").build());
    chosen = dir.resolve("exports/anna.zip");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private RecordExportViewModel viewModel() {
    dialogs.answerSaveChoiceWith(chosen);
    return new RecordExportViewModel(context.exports(), executor, dialogs);
  }

  /** The names offered by the save dialogs shown. */
  private List<String> offered() {
    return dialogs.saveQuestions().stream()
        .map(q -> q.replaceFirst("^Export (record|all records) ", ""))
        .toList();
  }

  private long exportsAudited(String entity, long id) {
    return context.audit().about(entity, id).stream()
        .filter(e -> e.action() == AuditEntry.Action.EXPORT)
        .count();
  }

  @Test
  void theTherapistIsToldTheFileIsUnprotectedBeforeAnythingIsWritten() {
    RecordExportViewModel vm = viewModel();

    vm.exportClient(anna, "Anna Berg");

    assertThat(dialogs.confirmations()).containsExactly("Export the record of Anna Berg");
    assertThat(offered()).as("declined: no file dialog").isEmpty();
    assertThat(executor.pending()).isZero();
    assertThat(chosen).doesNotExist();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void exportsOffTheUiThreadAndSaysWhereItWasSaved() {
    dialogs.answerConfirmWith(true);
    RecordExportViewModel vm = viewModel();

    vm.exportClient(anna, "Anna Berg");

    // The system's save dialog stays on screen if Knotwork locks: it names no client
    assertThat(offered()).containsExactly("Record of care - 2026-11-22.zip");
    assertThat(vm.busyProperty().get()).isTrue();
    assertThat(vm.statusProperty().get()).isEqualTo("Exporting the record of Anna Berg…");
    assertThat(chosen).as("nothing is written on the calling thread").doesNotExist();
    assertThat(executor.pending()).isEqualTo(1);

    executor.runAll();

    assertThat(chosen).isRegularFile();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.statusProperty().get())
        .isEqualTo("Saved anna.zip (not protected by your passphrase)");
    assertThat(dialogs.errors()).isEmpty();
    assertThat(exportsAudited("client", anna)).isEqualTo(1);
  }

  @Test
  void cancellingTheFileDialogWritesNothing() {
    dialogs.answerConfirmWith(true);
    chosen = null;
    RecordExportViewModel vm = viewModel();

    vm.exportClient(anna, "Anna Berg");

    assertThat(offered()).hasSize(1);
    assertThat(executor.pending()).isZero();
    assertThat(vm.statusProperty().get()).isEmpty();
    assertThat(exportsAudited("client", anna)).isZero();
  }

  @Test
  void aFailureIsExplainedInWordsWithoutATrace() throws Exception {
    dialogs.answerConfirmWith(true);
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "in the way");
    chosen = blocker.resolve("anna.zip");
    RecordExportViewModel vm = viewModel();

    vm.exportClient(anna, "Anna Berg");
    executor.runAll();

    assertThat(dialogs.errors()).hasSize(1);
    RecordingDialogService.ShownError error = dialogs.errors().get(0);
    assertThat(error.title()).isEqualTo("The record was not exported");
    assertThat(error.message())
        .startsWith("Exporting the record did not work because a file could not be")
        .contains("Your records are unchanged")
        .doesNotContain("Exception", "\tat ");
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void allRecordsAreExportedWithProgressAndAudited() {
    dialogs.answerConfirmWith(true);
    chosen = dir.resolve("exports/all.zip");
    RecordExportViewModel vm = viewModel();
    List<String> seen = new ArrayList<>();
    vm.statusProperty().addListener((obs, old, now) -> seen.add(now));

    vm.exportPractice();

    assertThat(dialogs.confirmations()).containsExactly("Export all records");
    assertThat(offered()).as("the practice's name is read off the calling thread").isEmpty();
    executor.runOne();
    assertThat(offered()).containsExactly("Harbour-Massage-records-2026-11-22.zip");
    executor.runAll();

    assertThat(chosen).isRegularFile();
    assertThat(seen).contains("Exporting all records… 1 of 2 clients");
    assertThat(vm.statusProperty().get())
        .isEqualTo("Saved all.zip: 2 clients (not protected by your passphrase)");
    assertThat(exportsAudited("practice", 1)).isEqualTo(1);
  }

  @Test
  void theLastResultIsForgottenWhenAnotherClientOpens() {
    dialogs.answerConfirmWith(true);
    RecordExportViewModel vm = viewModel();
    vm.exportClient(anna, "Anna Berg");
    executor.runAll();

    vm.clearStatus();

    assertThat(vm.statusProperty().get()).isEmpty();
  }
}
