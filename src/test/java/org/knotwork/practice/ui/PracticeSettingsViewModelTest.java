package org.knotwork.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.db.Database;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class PracticeSettingsViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  private Database db;
  private PracticeService practices;
  private ClientRepository clients;
  private RecordingDialogService dialogs;
  private PracticeSettingsViewModel vm;
  private final List<String> discarded = new ArrayList<>();

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    practices = new PracticeService(new PracticeRepository(db.dsl()), CLOCK);
    clients = new ClientRepository(db.dsl());
    dialogs = new RecordingDialogService();
    vm = new PracticeSettingsViewModel(practices, new CurrentThreadTaskExecutor(), dialogs);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void showingThePracticeFillsTheNameAndNeedsNoSaving() {
    vm.show(
        practices.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE));

    assertThat(vm.nameProperty().get()).isEqualTo("Harbourside Massage");
    assertThat(vm.canSaveBinding().get()).isFalse();
  }

  @Test
  void renamingSavesTheNewNameAndSaysSaved() {
    vm.show(
        practices.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE));

    vm.nameProperty().set(" Quayside Bodywork ");
    assertThat(vm.canSaveBinding().get()).isTrue();
    vm.saveName();

    assertThat(practices.current().orElseThrow().name()).isEqualTo("Quayside Bodywork");
    assertThat(vm.practiceProperty().get().name()).isEqualTo("Quayside Bodywork");
    assertThat(vm.statusProperty().get()).isEqualTo("Saved");
    assertThat(vm.canSaveBinding().get()).isFalse();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void blankNameBlocksRenaming() {
    vm.show(
        practices.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE));

    vm.nameProperty().set("  ");
    vm.saveName();

    assertThat(vm.nameErrorBinding().get()).isEqualTo("Give your practice a name.");
    assertThat(vm.canSaveBinding().get()).isFalse();
    assertThat(practices.current().orElseThrow().name()).isEqualTo("Harbourside Massage");
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void discardDemoAsksAndDoesNothingWhenDeclined() {
    vm.show(practices.start("Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE));
    clients.insert(Client.builder().fullName("Anna Berg").build(), LocalDateTime.now(CLOCK));
    dialogs.answerConfirmWith(false);

    vm.discardDemo(() -> discarded.add("discarded"));

    assertThat(dialogs.confirmations()).containsExactly("Discard the demo practice?");
    assertThat(discarded).isEmpty();
    assertThat(practices.current()).isPresent();
    assertThat(clients.count()).isEqualTo(1);
  }

  @Test
  void discardDemoWhenConfirmedRemovesEverythingAndCallsBack() {
    vm.show(practices.start("Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE));
    clients.insert(Client.builder().fullName("Anna Berg").build(), LocalDateTime.now(CLOCK));
    dialogs.answerConfirmWith(true);

    vm.discardDemo(() -> discarded.add("discarded"));

    assertThat(discarded).containsExactly("discarded");
    assertThat(practices.current()).isEmpty();
    assertThat(clients.count()).isZero();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void discardDemoDoesNothingForARealPractice() {
    Practice real =
        practices.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE);
    vm.show(real);
    dialogs.answerConfirmWith(true);

    vm.discardDemo(() -> discarded.add("discarded"));

    assertThat(dialogs.confirmations()).isEmpty();
    assertThat(discarded).isEmpty();
    assertThat(practices.current()).contains(real);
    assertThat(dialogs.errors()).isEmpty();
  }
}
