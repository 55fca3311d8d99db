package org.knotwork.client.ui;

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
import org.knotwork.client.Client;
import org.knotwork.client.ClientCsvImport;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.client.ui.ImportClientsViewModel.PreviewRow;
import org.knotwork.client.ui.ImportClientsViewModel.Step;
import org.knotwork.db.Database;
import org.knotwork.db.generated.Tables;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.QueuedTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class ImportClientsViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private Database db;
  private ClientService clients;
  private ClientCsvImport importer;
  private RecordingDialogService dialogs;
  private ClientListViewModel list;
  private ImportClientsViewModel vm;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    clients = new ClientService(new ClientRepository(db.dsl()), CLOCK);
    importer = new ClientCsvImport(new ClientRepository(db.dsl()), CLOCK);
    dialogs = new RecordingDialogService();
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    list = new ClientListViewModel(clients, executor, dialogs);
    vm = new ImportClientsViewModel(importer, executor, dialogs, list::refresh);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void theChooserAsksForCsvAndCancellingItLeavesThePageClosed() {
    vm.start();

    assertThat(dialogs.fileQuestions()).singleElement().asString().contains("*.csv");
    assertThat(vm.stepProperty().get()).isEqualTo(Step.CLOSED);
  }

  @Test
  void problemsAreListedByLineAndNothingIsImported() throws Exception {
    dialogs.answerFileChoiceWith(
        csv(
            "Full name,Date of birth\n"
                + "Anna Berg,1980-01-01\n"
                + "Ben Ode,31/02/1990\n"
                + ",1970-01-01\n"));

    vm.start();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.PROBLEMS);
    assertThat(vm.fileNameProperty().get()).isEqualTo("clients.csv");
    assertThat(vm.problems()).hasSize(2);
    assertThat(vm.problems().get(0))
        .startsWith("Line 3: ")
        .contains("\"31/02/1990\" is not a real date");
    assertThat(vm.problems().get(1)).startsWith("Line 4: ");
    assertThat(vm.problemsHeadlineBinding().get())
        .isEqualTo("Nothing was imported: 2 lines of this file need fixing first.");
    assertThat(vm.canImportBinding().get()).isFalse();
    assertThat(vm.knownColumns()).anyMatch(c -> c.startsWith("Full name (required) — or "));

    vm.importClients();

    assertThat(db.dsl().fetchCount(Tables.CLIENT)).isZero();
    assertThat(vm.stepProperty().get()).isEqualTo(Step.PROBLEMS);
  }

  @Test
  void likelyDuplicatesAreMarkedCountedAndLeftOutByDefault() throws Exception {
    clients.save(
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 1, 1)).build());
    dialogs.answerFileChoiceWith(
        csv(
            "Name;DOB;Phone;Email\n"
                + "Anna Berg;1980-01-01;;\n"
                + "Ben Ode;14/03/1990;07700 900123;ben@example.org\n"
                + "Ben Ode;14/03/1990;;\n"
                + "Cara Dunn;1975-05-05;;\n"));

    vm.start();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.READY);
    assertThat(vm.rows())
        .extracting(PreviewRow::line, PreviewRow::fullName, PreviewRow::duplicateOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "Anna Berg", "Already a client"),
            org.assertj.core.groups.Tuple.tuple(3L, "Ben Ode", null),
            org.assertj.core.groups.Tuple.tuple(4L, "Ben Ode", "Same as line 3"),
            org.assertj.core.groups.Tuple.tuple(5L, "Cara Dunn", null));
    assertThat(vm.rows().get(1).phone()).isEqualTo("07700 900123");
    assertThat(vm.duplicatesBinding().get()).isEqualTo(2);
    assertThat(vm.includeDuplicatesProperty().get()).isFalse();
    assertThat(vm.summaryBinding().get())
        .isEqualTo(
            "2 clients will be added; 2 likely duplicates are left out (1 looks like a client you"
                + " already have, 1 repeats an earlier line).");
    assertThat(vm.includeDuplicatesTextBinding().get())
        .isEqualTo("Also add the 2 likely duplicates");
    assertThat(vm.importTextBinding().get()).isEqualTo("Import 2 clients");

    vm.importClients();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
    assertThat(vm.resultProperty().get())
        .startsWith("Added 2 clients from “clients.csv”")
        .endsWith("The 2 likely duplicates were left out.");
    assertThat(names()).containsExactlyInAnyOrder("Anna Berg", "Ben Ode", "Cara Dunn");
  }

  @Test
  void tickingTheBoxAddsTheLikelyDuplicatesToo() throws Exception {
    clients.save(
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 1, 1)).build());
    dialogs.answerFileChoiceWith(
        csv("Full name,Date of birth\nAnna Berg,1980-01-01\nBen Ode,1990-03-14\n"));
    vm.start();
    assertThat(vm.toImportBinding().get()).isEqualTo(1);

    vm.includeDuplicatesProperty().set(true);

    assertThat(vm.toImportBinding().get()).isEqualTo(2);
    assertThat(vm.summaryBinding().get())
        .isEqualTo("2 clients will be added, including 1 likely duplicate.");
    vm.importClients();
    assertThat(names()).containsExactlyInAnyOrder("Anna Berg", "Anna Berg", "Ben Ode");
  }

  @Test
  void aFileOfOnlyDuplicatesCannotBeImportedUntilTheBoxIsTicked() throws Exception {
    clients.save(
        Client.builder().fullName("Anna Berg").dateOfBirth(LocalDate.of(1980, 1, 1)).build());
    dialogs.answerFileChoiceWith(csv("Full name,Date of birth\nAnna Berg,1980-01-01\n"));
    vm.start();

    assertThat(vm.canImportBinding().get()).isFalse();
    assertThat(vm.summaryBinding().get())
        .isEqualTo(
            "No clients will be added; 1 looks like a client you already have and is left out.");
    vm.importClients();
    assertThat(db.dsl().fetchCount(Tables.CLIENT)).isEqualTo(1);

    vm.includeDuplicatesProperty().set(true);
    assertThat(vm.canImportBinding().get()).isTrue();
  }

  @Test
  void importingRefreshesTheClientListSoTheNewClientsAreFound() throws Exception {
    list.refresh();
    assertThat(list.clients()).isEmpty();
    dialogs.answerFileChoiceWith(
        csv("Full name,Date of birth\nZoë Łukasiewicz,1984-03-14\nBen Ode,1990-03-14\n"));
    vm.start();

    vm.importClients();

    assertThat(list.clients())
        .extracting(ClientSummary::fullName)
        .containsExactlyInAnyOrder("Zoë Łukasiewicz", "Ben Ode");
    list.queryProperty().set("lukasiewicz");
    assertThat(list.clients())
        .extracting(ClientSummary::fullName)
        .containsExactly("Zoë Łukasiewicz");
  }

  @Test
  void cancellingThePreviewImportsNothing() throws Exception {
    dialogs.answerFileChoiceWith(csv("Full name\nAnna Berg\nBen Ode\n"));
    vm.start();
    assertThat(vm.rows()).hasSize(2);

    assertThat(vm.close()).isTrue();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.CLOSED);
    assertThat(vm.rows()).isEmpty();
    vm.importClients();
    assertThat(db.dsl().fetchCount(Tables.CLIENT)).isZero();
  }

  @Test
  void theCheckRunsInTheBackgroundAndALateAnswerAfterCancelIsDropped() throws Exception {
    QueuedTaskExecutor queued = new QueuedTaskExecutor();
    vm = new ImportClientsViewModel(importer, queued, dialogs, list::refresh);
    dialogs.answerFileChoiceWith(csv("Full name\nAnna Berg\n"));

    vm.start();
    assertThat(vm.stepProperty().get()).isEqualTo(Step.CHECKING);
    assertThat(queued.pending()).isEqualTo(1);
    vm.close();
    queued.runAll();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.CLOSED);
    assertThat(vm.rows()).isEmpty();
  }

  @Test
  void theShownRowsAreImportedEvenIfTheFileChangesAfterwards() throws Exception {
    Path file = csv("Full name\nAnna Berg\n");
    dialogs.answerFileChoiceWith(file);
    vm.start();
    Files.writeString(file, "Full name\nSomeone Else\nAnd Another\n");

    vm.importClients();

    assertThat(names()).containsExactly("Anna Berg");
  }

  @Test
  void closingIsRefusedWhileTheClientsAreBeingStored() throws Exception {
    QueuedTaskExecutor queued = new QueuedTaskExecutor();
    vm = new ImportClientsViewModel(importer, queued, dialogs, list::refresh);
    vm.check(csv("Full name\nAnna Berg\n"));
    queued.runAll();
    vm.importClients();
    assertThat(vm.stepProperty().get()).isEqualTo(Step.IMPORTING);

    assertThat(vm.close()).isFalse();
    queued.runAll();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
    assertThat(names()).containsExactly("Anna Berg");
  }

  @Test
  void aFileThatCannotBeReadIsExplainedAndThePageCloses() {
    dialogs.answerFileChoiceWith(dir.resolve("gone.csv"));

    vm.start();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.CLOSED);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.message())
                    .contains("could not read “gone.csv”")
                    .contains("Nothing was imported")
                    .doesNotContain("Exception"));
  }

  @Test
  void aFailedImportSaysNothingWasAddedAndKeepsThePreview() throws Exception {
    dialogs.answerFileChoiceWith(csv("Full name\nAnna Berg\n"));
    vm.start();
    db.close();

    vm.importClients();

    assertThat(vm.stepProperty().get()).isEqualTo(Step.READY);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("None of the clients were added"));
    db = Database.inMemory(); // for closeDatabase
  }

  private Path csv(String text) throws Exception {
    Path file = dir.resolve("clients.csv");
    Files.writeString(file, text);
    return file;
  }

  private java.util.List<String> names() {
    return clients.search("", false).stream().map(ClientSummary::fullName).toList();
  }
}
