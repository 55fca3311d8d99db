package org.knotwork.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class WelcomeViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 15);

  private Database db;
  private PracticeService practices;
  private RecordingDialogService dialogs;
  private final List<Practice> started = new ArrayList<>();

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    practices = new PracticeService(new PracticeRepository(db.dsl()), CLOCK);
    dialogs = new RecordingDialogService();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void blankPracticeNameBlocksStarting() {
    WelcomeViewModel vm =
        viewModel(
            () ->
                practices.start(
                    "Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE));

    vm.practiceNameProperty().set("   ");
    vm.startMyPractice(started::add);

    assertThat(vm.nameErrorBinding().get()).isEqualTo("Give your practice a name.");
    assertThat(vm.canStartBinding().get()).isFalse();
    assertThat(started).isEmpty();
    assertThat(practices.current()).isEmpty();
  }

  @Test
  void startMyPracticeCreatesThePracticeAndCallsBack() {
    WelcomeViewModel vm =
        viewModel(
            () ->
                practices.start(
                    "Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE));

    vm.practiceNameProperty().set(" Harbourside Massage ");
    assertThat(vm.nameErrorBinding().get()).isNull();
    assertThat(vm.canStartBinding().get()).isTrue();
    vm.startMyPractice(started::add);

    Practice expected = new Practice("Harbourside Massage", false, NOW);
    assertThat(started).containsExactly(expected);
    assertThat(practices.current()).contains(expected);
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.progressProperty().get()).isEmpty();
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void exploreDemoRunsTheDemoFactoryAndCallsBack() {
    List<String> calls = new ArrayList<>();
    WelcomeViewModel vm =
        viewModel(
            () -> {
              calls.add("createDemo");
              return practices.start(
                  "Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE);
            });

    vm.exploreDemo(started::add);

    assertThat(calls).containsExactly("createDemo");
    assertThat(started).containsExactly(new Practice("Demo practice", true, NOW));
    assertThat(practices.current().orElseThrow().demo()).isTrue();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void failingDemoFactoryShowsAnErrorAndIsNoLongerBusy() {
    WelcomeViewModel vm =
        viewModel(
            () -> {
              throw new IllegalStateException("The data folder is read-only.");
            });

    vm.exploreDemo(started::add);

    assertThat(started).isEmpty();
    assertThat(dialogs.errors())
        .containsExactly(
            new RecordingDialogService.ShownError(
                "The practice could not be started", "The data folder is read-only."));
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.progressProperty().get()).isEmpty();
    assertThat(vm.canStartBinding().get()).isFalse();
    vm.practiceNameProperty().set("Harbourside Massage");
    assertThat(vm.canStartBinding().get()).isTrue();
  }

  @Test
  void startingWhenAPracticeAlreadyExistsShowsTheServicesReason() {
    practices.start("Harbourside Massage", false, org.knotwork.practice.TestTherapist.PROFILE);
    WelcomeViewModel vm =
        viewModel(
            () ->
                practices.start(
                    "Demo practice", true, org.knotwork.practice.TestTherapist.PROFILE));

    vm.practiceNameProperty().set("Quayside Bodywork");
    vm.startMyPractice(started::add);

    assertThat(started).isEmpty();
    assertThat(dialogs.errors())
        .extracting(RecordingDialogService.ShownError::message)
        .containsExactly("This data folder already holds a practice.");
    assertThat(practices.current().orElseThrow().name()).isEqualTo("Harbourside Massage");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  /** The welcome with the therapist's details already typed. */
  private WelcomeViewModel viewModel(Callable<Practice> createDemo) {
    WelcomeViewModel vm =
        new WelcomeViewModel(practices, createDemo, new CurrentThreadTaskExecutor(), dialogs);
    vm.therapist().show(org.knotwork.practice.TestTherapist.PROFILE);
    return vm;
  }

  @Test
  void aPracticeStartsOnlyOnceTheTherapistIsNamedAndKeepsTheirProfile() {
    WelcomeViewModel vm =
        new WelcomeViewModel(practices, () -> null, new CurrentThreadTaskExecutor(), dialogs);
    vm.practiceNameProperty().set("Harbourside Massage");
    assertThat(vm.canStartBinding().get()).isFalse();
    vm.therapist().nameProperty().set("Maya Lindqvist");
    assertThat(vm.canStartBinding().get()).as("no title yet").isFalse();
    vm.therapist().titleProperty().set("Registered Massage Therapist");
    vm.therapist().registrationProperty().set("RMT-20417");
    assertThat(vm.canStartBinding().get()).as("a number without who issued it").isFalse();
    vm.therapist().registeredWithProperty().set("College of Massage Therapists");
    assertThat(vm.canStartBinding().get()).isTrue();

    vm.startMyPractice(started::add);

    assertThat(practices.therapist()).contains(org.knotwork.practice.TestTherapist.PROFILE);
  }
}
