package org.knotwork.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.retention.RetentionRepository;
import org.knotwork.retention.RetentionService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class RetentionViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

  private Database db;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final List<Long> forgotten = new ArrayList<>();
  private RetentionViewModel vm;
  private long client;

  @BeforeEach
  void open() {
    db = Database.inMemory();
    new PracticeService(new PracticeRepository(db.dsl()), CLOCK)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    client =
        new ClientService(new ClientRepository(db.dsl()), CLOCK, "anna")
            .save(Client.builder().fullName("Zoë Ward").build())
            .id();
    vm =
        new RetentionViewModel(
            new RetentionService(new RetentionRepository(db.dsl()), CLOCK, "anna"),
            new CurrentThreadTaskExecutor(),
            dialogs,
            forgotten::add);
    vm.load();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void onlyRecordsPastRetentionAreListedUnlessAllAreAskedFor() {
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.summaryProperty().get()).isEqualTo("No record is past its retention period.");
    vm.showAllProperty().set(true);
    assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo("Keep"));
  }

  @Test
  void deletingARecordStillKeptWarnsFirstAndNeedsTheNameTyped() {
    vm.showAllProperty().set(true);
    RetentionViewModel.Row row = vm.rows().get(0);

    vm.delete(row); // the warning is declined
    assertThat(dialogs.confirmations())
        .containsExactly("The record of Zoë Ward must still be kept");
    assertThat(dialogs.typedConfirmations()).isEmpty();

    dialogs.answerConfirmWith(true);
    vm.delete(row); // the name question is cancelled
    assertThat(dialogs.typedConfirmations()).hasSize(1);
    assertThat(vm.rows()).hasSize(1);

    dialogs.answerTypedConfirmationWith("Zoe Ward");
    vm.delete(row);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("nothing was deleted"));
    assertThat(forgotten).isEmpty();

    dialogs.answerTypedConfirmationWith("Zoë Ward");
    vm.delete(row);
    assertThat(forgotten).containsExactly(client);
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.statusProperty().get()).startsWith("Deleted the record of Zoë Ward: 0 notes");
  }

  @Test
  void aChangedPolicyIsSavedAndApplied() {
    vm.yearsProperty().set(3);
    assertThat(vm.policyChanged()).isTrue();
    vm.savePolicy();
    assertThat(vm.policyChanged()).isFalse();
    assertThat(vm.statusProperty().get()).contains("3 years after the last visit");
  }

  @Test
  void aListAskedForEarlierDoesNotReplaceANewerOne() {
    org.knotwork.ui.QueuedTaskExecutor queued = new org.knotwork.ui.QueuedTaskExecutor();
    RetentionViewModel screen =
        new RetentionViewModel(
            new RetentionService(new RetentionRepository(db.dsl()), CLOCK, "anna"),
            queued,
            dialogs,
            forgotten::add);
    screen.showAllProperty().set(true); // every record: Zoë Ward
    screen.showAllProperty().set(false); // then only those due: none
    assertThat(screen.busyProperty().get()).isTrue();

    queued.runOne();
    assertThat(screen.rows()).as("the older list is not shown").isEmpty();
    assertThat(screen.busyProperty().get()).as("the newer list is still being read").isTrue();

    queued.runAll();

    assertThat(screen.rows()).as("the list asked for last").isEmpty();
    assertThat(screen.busyProperty().get()).isFalse();
  }
}
