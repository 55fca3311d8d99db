package org.knotwork.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.EmergencyContact;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.WorkPosture;
import org.knotwork.db.Database;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

class ClientEditorViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private Database db;
  private ClientRepository repository;
  private ClientService service;
  private RecordingDialogService dialogs;
  private ClientEditorViewModel vm;

  @BeforeEach
  void setUp() {
    db = Database.inMemory();
    repository = new ClientRepository(db.dsl());
    service = new ClientService(repository, CLOCK);
    dialogs = new RecordingDialogService();
    vm = new ClientEditorViewModel(service, new CurrentThreadTaskExecutor(), dialogs, CLOCK);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void newFormIsNotDirtyAndCannotBeSaved() {
    vm.startNew();

    assertThat(vm.dirtyBinding().get()).isFalse();
    assertThat(vm.canSaveBinding().get()).isFalse();
    assertThat(vm.storedProperty().get().id()).isNull();
  }

  @Test
  void savingANewClientKeepsItsFormButOpeningAnotherStartsAfresh() {
    vm.startNew();
    int started = vm.openedProperty().get();
    vm.fullNameProperty().set("Anna Berg");

    vm.save(saved -> {});

    assertThat(vm.storedProperty().get().id()).isNotNull();
    assertThat(vm.openedProperty().get()).as("a save is not another record").isEqualTo(started);
    long other = service.save(Client.builder().fullName("Ben Okafor").build()).id();
    vm.open(other, () -> {});
    assertThat(vm.openedProperty().get()).isEqualTo(started + 1);
  }

  @Test
  void typingANameMakesTheFormDirtyAndSavable() {
    vm.startNew();

    vm.fullNameProperty().set("Anna Berg");

    assertThat(vm.dirtyBinding().get()).isTrue();
    assertThat(vm.validBinding().get()).isTrue();
    assertThat(vm.canSaveBinding().get()).isTrue();
  }

  @Test
  void blankNameBlocksSaving() {
    vm.startNew();
    vm.phoneProperty().set("07700 900123");
    vm.fullNameProperty().set("   ");

    assertThat(vm.nameErrorBinding().get()).isEqualTo("Enter the client's full name.");
    assertThat(vm.dirtyBinding().get()).isTrue();
    assertThat(vm.validBinding().get()).isFalse();
    assertThat(vm.canSaveBinding().get()).isFalse();
  }

  @Test
  void dateOfBirthInTheFutureIsAnError() {
    vm.fullNameProperty().set("Anna Berg");

    vm.dateOfBirthProperty().set(TODAY.plusDays(1));
    assertThat(vm.dateOfBirthErrorBinding().get()).isEqualTo("Date of birth is in the future.");
    assertThat(vm.canSaveBinding().get()).isFalse();

    vm.dateOfBirthProperty().set(TODAY);
    assertThat(vm.dateOfBirthErrorBinding().get()).isNull();
    assertThat(vm.canSaveBinding().get()).isTrue();
  }

  @Test
  void dateOfBirthMoreThan120YearsAgoIsAnError() {
    vm.fullNameProperty().set("Anna Berg");

    vm.dateOfBirthProperty().set(LocalDate.of(1906, 11, 21));
    assertThat(vm.dateOfBirthErrorBinding().get())
        .isEqualTo("Date of birth makes the client older than 120.");
    assertThat(vm.validBinding().get()).isFalse();

    vm.dateOfBirthProperty().set(LocalDate.of(1906, 11, 22));
    assertThat(vm.dateOfBirthErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();
  }

  @Test
  void malformedEmailIsAnError() {
    vm.fullNameProperty().set("Anna Berg");

    vm.emailProperty().set("anna@example");
    assertThat(vm.emailErrorBinding().get())
        .isEqualTo("This does not look like an e-mail address (name@example.org).");
    assertThat(vm.validBinding().get()).isFalse();

    vm.emailProperty().set("anna@example.org");
    assertThat(vm.emailErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();
  }

  @Test
  void malformedPhoneIsAnError() {
    vm.fullNameProperty().set("Anna Berg");

    vm.phoneProperty().set("07700 9001x3");
    assertThat(vm.phoneErrorBinding().get())
        .isEqualTo("A phone number holds digits, spaces and + ( ) - . / only.");
    assertThat(vm.validBinding().get()).isFalse();

    vm.phoneProperty().set("123");
    assertThat(vm.phoneErrorBinding().get())
        .isEqualTo("A phone number has between 6 and 15 digits.");

    vm.phoneProperty().set("+44 7700 900123");
    assertThat(vm.phoneErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();
  }

  @Test
  void malformedEmergencyPhoneIsAnError() {
    vm.fullNameProperty().set("Anna Berg");

    vm.emergencyPhoneProperty().set("call Ben");

    assertThat(vm.emergencyPhoneErrorBinding().get())
        .isEqualTo("A phone number holds digits, spaces and + ( ) - . / only.");
    assertThat(vm.validBinding().get()).isFalse();
  }

  @Test
  void pregnancyWeeksThatAreNotANumberAreAnErrorOnlyWhilePregnancyIsTicked() {
    vm.fullNameProperty().set("Anna Berg");
    ConditionFields pregnancy = vm.conditions().get(HealthCondition.PREGNANCY);

    pregnancy.weeksProperty().set("abc");
    assertThat(pregnancy.weeksErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();

    pregnancy.presentProperty().set(true);
    assertThat(pregnancy.weeksErrorBinding().get()).isEqualTo("Weeks are a whole number, e.g. 20.");
    assertThat(vm.validBinding().get()).isFalse();
    assertThat(vm.canSaveBinding().get()).isFalse();

    pregnancy.presentProperty().set(false);
    assertThat(pregnancy.weeksErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();
  }

  @Test
  void pregnancyWeeksOutsideOneToFortyTwoAreAnErrorOnlyWhilePregnancyIsTicked() {
    vm.fullNameProperty().set("Anna Berg");
    ConditionFields pregnancy = vm.conditions().get(HealthCondition.PREGNANCY);

    pregnancy.weeksProperty().set("50");
    assertThat(pregnancy.weeksErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();

    pregnancy.presentProperty().set(true);
    assertThat(pregnancy.weeksErrorBinding().get())
        .isEqualTo("Weeks of pregnancy are between 1 and 42.");
    assertThat(vm.validBinding().get()).isFalse();

    pregnancy.weeksProperty().set("42");
    assertThat(pregnancy.weeksErrorBinding().get()).isNull();
    assertThat(vm.validBinding().get()).isTrue();
  }

  @Test
  void savingStoresTheClientClearsDirtyAndShowsTheTime() {
    vm.startNew();
    fillForm();
    List<Client> savedCallbacks = new ArrayList<>();

    vm.save(savedCallbacks::add);

    assertThat(savedCallbacks).hasSize(1);
    Client saved = savedCallbacks.get(0);
    assertThat(saved.id()).isNotNull();
    assertThat(service.load(saved.id())).isEqualTo(expectedFromFilledForm().id(saved.id()).build());
    assertThat(vm.storedProperty().get()).isEqualTo(saved);
    assertThat(vm.dirtyBinding().get()).isFalse();
    assertThat(vm.canSaveBinding().get()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo("Saved 10:15");
    assertThat(dialogs.errors()).isEmpty();
  }

  @Test
  void savingAnEditedClientUpdatesTheStoredRecord() {
    Client stored = service.save(fullClient());
    vm.open(stored.id(), () -> {});

    vm.phoneProperty().set("07700 900999");
    vm.conditions().get(HealthCondition.PREGNANCY).weeksProperty().set("25");
    vm.save(c -> {});

    Client reloaded = service.load(stored.id());
    assertThat(reloaded.phone()).isEqualTo("07700 900999");
    assertThat(reloaded.condition(HealthCondition.PREGNANCY).orElseThrow().dueDate())
        .isEqualTo(ConditionEntry.dueDateFor(25, TODAY));
    assertThat(repository.count()).isEqualTo(1);
    assertThat(vm.dirtyBinding().get()).isFalse();
  }

  @Test
  void revertRestoresTheStoredValues() {
    Client stored = service.save(fullClient());
    vm.open(stored.id(), () -> {});
    vm.fullNameProperty().set("Anna Lind");
    vm.allergyLatexProperty().set(false);
    vm.conditions().get(HealthCondition.DISC_PROBLEMS).presentProperty().set(false);
    vm.regionConsents().get(BackRegion.GLUTES).set(null);

    vm.revert();

    assertThat(vm.fullNameProperty().get()).isEqualTo("Anna Berg");
    assertThat(vm.allergyLatexProperty().get()).isTrue();
    assertThat(vm.conditions().get(HealthCondition.DISC_PROBLEMS).presentProperty().get()).isTrue();
    assertThat(vm.regionConsents().get(BackRegion.GLUTES).get())
        .isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(vm.draft()).isEqualTo(stored);
    assertThat(vm.dirtyBinding().get()).isFalse();
  }

  @Test
  void changingAFieldBackToItsStoredValueIsNotDirty() {
    Client stored = service.save(fullClient());
    vm.open(stored.id(), () -> {});

    vm.phoneProperty().set("07700 900000");
    assertThat(vm.dirtyBinding().get()).isTrue();
    vm.phoneProperty().set("07700 900123");

    assertThat(vm.dirtyBinding().get()).isFalse();
    assertThat(vm.canSaveBinding().get()).isFalse();
  }

  @Test
  void openingAClientLoadsEveryField() {
    Client stored = service.save(fullClient());
    List<String> calls = new ArrayList<>();

    vm.open(stored.id(), () -> calls.add("opened"));

    assertThat(calls).containsExactly("opened");
    assertThat(vm.fullNameProperty().get()).isEqualTo("Anna Berg");
    assertThat(vm.preferredNameProperty().get()).isEqualTo("Annie");
    assertThat(vm.dateOfBirthProperty().get()).isEqualTo(LocalDate.of(1980, 5, 17));
    assertThat(vm.pronounsProperty().get()).isEqualTo("she/her");
    assertThat(vm.phoneProperty().get()).isEqualTo("07700 900123");
    assertThat(vm.emailProperty().get()).isEqualTo("anna@example.org");
    assertThat(vm.addressProperty().get()).isEqualTo("1 Quay Street, Harbourside");
    assertThat(vm.emergencyNameProperty().get()).isEqualTo("Ben Berg");
    assertThat(vm.emergencyRelationProperty().get()).isEqualTo("Partner");
    assertThat(vm.emergencyPhoneProperty().get()).isEqualTo("07700 900456");
    assertThat(vm.physicianProperty().get()).isEqualTo("Dr Okafor");
    assertThat(vm.occupationProperty().get()).isEqualTo("Accountant");
    assertThat(vm.workPostureProperty().get()).isEqualTo(WorkPosture.DESK);
    assertThat(vm.activitiesProperty().get()).isEqualTo("Rowing");
    assertThat(vm.medicationsProperty().get()).isEqualTo("Ibuprofen as needed");
    assertThat(vm.allergyOilsProperty().get()).isFalse();
    assertThat(vm.allergyLotionsProperty().get()).isTrue();
    assertThat(vm.allergyLatexProperty().get()).isTrue();
    assertThat(vm.allergyOtherProperty().get()).isEqualTo("Lavender");
    assertThat(vm.pressureProperty().get()).isEqualTo(PressurePreference.FIRM);
    assertThat(vm.generalConsentOnProperty().get()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(vm.regionConsents().get(BackRegion.GLUTES).get())
        .isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(vm.regionConsents().get(BackRegion.HIP_FLEXORS).get()).isNull();
    ConditionFields disc = vm.conditions().get(HealthCondition.DISC_PROBLEMS);
    assertThat(disc.presentProperty().get()).isTrue();
    assertThat(disc.detailsProperty().get()).isEqualTo("L4/L5, left");
    assertThat(disc.sinceProperty().get()).isEqualTo(LocalDate.of(2019, 3, 1));
    ConditionFields pregnancy = vm.conditions().get(HealthCondition.PREGNANCY);
    assertThat(pregnancy.presentProperty().get()).isTrue();
    assertThat(pregnancy.weeksProperty().get()).isEqualTo("24");
    assertThat(vm.conditions().get(HealthCondition.DIABETES).presentProperty().get()).isFalse();
    assertThat(vm.notesProperty().get()).isEqualTo("Prefers the window room.");
    assertThat(vm.storedProperty().get()).isEqualTo(stored);
    assertThat(vm.dirtyBinding().get()).isFalse();
  }

  @Test
  void openingAMissingClientShowsAnErrorAndKeepsTheForm() {
    vm.fullNameProperty().set("Anna Berg");
    List<String> calls = new ArrayList<>();

    vm.open(4711, () -> calls.add("opened"));

    assertThat(calls).isEmpty();
    assertThat(dialogs.errors())
        .extracting(RecordingDialogService.ShownError::title)
        .containsExactly("Could not open the client");
    assertThat(vm.fullNameProperty().get()).isEqualTo("Anna Berg");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void ageShowsWholeYearsOnTheClocksDay() {
    assertThat(vm.ageBinding().get()).isEmpty();

    vm.dateOfBirthProperty().set(LocalDate.of(1980, 11, 22));
    assertThat(vm.ageBinding().get()).isEqualTo("46 years");

    vm.dateOfBirthProperty().set(LocalDate.of(1980, 11, 23));
    assertThat(vm.ageBinding().get()).isEqualTo("45 years");

    vm.dateOfBirthProperty().set(TODAY.plusDays(1));
    assertThat(vm.ageBinding().get()).isEmpty();
  }

  @Test
  void archiveAndUnarchiveChangeTheStoredRecord() {
    Client stored = service.save(fullClient());
    vm.open(stored.id(), () -> {});
    List<Client> done = new ArrayList<>();

    vm.archive(done::add);

    assertThat(vm.storedProperty().get().isArchived()).isTrue();
    assertThat(service.load(stored.id()).isArchived()).isTrue();
    assertThat(vm.statusProperty().get()).isEqualTo("Archived");
    assertThat(vm.dirtyBinding().get()).isFalse();

    vm.unarchive(done::add);

    assertThat(vm.storedProperty().get().isArchived()).isFalse();
    assertThat(service.load(stored.id()).isArchived()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo("Back on the active list");
    assertThat(done).extracting(Client::isArchived).containsExactly(true, false);
  }

  @Test
  void archivingANewClientDoesNothing() {
    vm.startNew();
    vm.fullNameProperty().set("Anna Berg");
    List<Client> done = new ArrayList<>();

    vm.archive(done::add);

    assertThat(done).isEmpty();
    assertThat(vm.storedProperty().get().isArchived()).isFalse();
    assertThat(repository.count()).isZero();
  }

  @Test
  void savingAnInvalidFormShowsAnErrorAndStoresNothing() {
    vm.startNew();
    vm.fullNameProperty().set("Anna Berg");
    vm.emailProperty().set("anna at example");
    List<Client> saved = new ArrayList<>();

    vm.save(saved::add);

    assertThat(dialogs.errors())
        .containsExactly(
            new RecordingDialogService.ShownError(
                "Some fields need attention",
                "This does not look like an e-mail address (name@example.org). Nothing was saved yet."));
    assertThat(saved).isEmpty();
    assertThat(repository.count()).isZero();
    assertThat(vm.storedProperty().get().id()).isNull();
    assertThat(vm.dirtyBinding().get()).isTrue();
    assertThat(vm.statusProperty().get()).isEmpty();
  }

  @Test
  void savingTextLongerThanTheRecordHoldsShowsWhyAndKeepsTheEdits() {
    vm.startNew();
    vm.fullNameProperty().set("Anna Berg");
    vm.notesProperty().set("x".repeat(4001));
    List<Client> saved = new ArrayList<>();

    vm.save(saved::add);

    assertThat(dialogs.errors())
        .singleElement()
        .extracting(RecordingDialogService.ShownError::message)
        .asString()
        .startsWith("Notes is longer than 4000 characters.");
    assertThat(saved).isEmpty();
    assertThat(repository.count()).isZero();
    assertThat(vm.dirtyBinding().get()).isTrue();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  private void fillForm() {
    vm.fullNameProperty().set("  Anna Berg ");
    vm.preferredNameProperty().set("Annie");
    vm.dateOfBirthProperty().set(LocalDate.of(1980, 5, 17));
    vm.pronounsProperty().set("she/her");
    vm.phoneProperty().set("07700 900123");
    vm.emailProperty().set("anna@example.org");
    vm.addressProperty().set("1 Quay Street, Harbourside");
    vm.emergencyNameProperty().set("Ben Berg");
    vm.emergencyRelationProperty().set("Partner");
    vm.emergencyPhoneProperty().set("07700 900456");
    vm.physicianProperty().set("Dr Okafor");
    vm.occupationProperty().set("Accountant");
    vm.workPostureProperty().set(WorkPosture.DESK);
    vm.activitiesProperty().set("Rowing");
    vm.medicationsProperty().set("Ibuprofen as needed");
    vm.allergyLotionsProperty().set(true);
    vm.allergyLatexProperty().set(true);
    vm.allergyOtherProperty().set("Lavender");
    vm.pressureProperty().set(PressurePreference.FIRM);
    vm.generalConsentOnProperty().set(LocalDate.of(2026, 1, 5));
    vm.regionConsents().get(BackRegion.GLUTES).set(LocalDate.of(2026, 1, 6));
    ConditionFields disc = vm.conditions().get(HealthCondition.DISC_PROBLEMS);
    disc.presentProperty().set(true);
    disc.detailsProperty().set("L4/L5, left");
    disc.sinceProperty().set(LocalDate.of(2019, 3, 1));
    ConditionFields pregnancy = vm.conditions().get(HealthCondition.PREGNANCY);
    pregnancy.presentProperty().set(true);
    pregnancy.weeksProperty().set(" 24 ");
    vm.notesProperty().set("Prefers the window room.");
  }

  private static Client.Builder expectedFromFilledForm() {
    return Client.builder()
        .fullName("Anna Berg")
        .preferredName("Annie")
        .dateOfBirth(LocalDate.of(1980, 5, 17))
        .pronouns("she/her")
        .phone("07700 900123")
        .email("anna@example.org")
        .address("1 Quay Street, Harbourside")
        .emergencyContact(new EmergencyContact("Ben Berg", "Partner", "07700 900456"))
        .physician("Dr Okafor")
        .occupation("Accountant")
        .workPosture(WorkPosture.DESK)
        .activities("Rowing")
        .medications("Ibuprofen as needed")
        .allergies(new Allergies(false, true, true, "Lavender"))
        .pressurePreference(PressurePreference.FIRM)
        .generalConsentOn(LocalDate.of(2026, 1, 5))
        .regionConsents(Map.of(BackRegion.GLUTES, LocalDate.of(2026, 1, 6)))
        .conditions(
            List.of(
                new ConditionEntry(
                    HealthCondition.DISC_PROBLEMS, "L4/L5, left", LocalDate.of(2019, 3, 1), null),
                ConditionEntry.pregnancy(ConditionEntry.dueDateFor(24, TODAY))))
        .notes("Prefers the window room.");
  }

  private static Client fullClient() {
    return expectedFromFilledForm().build();
  }

  @Test
  void weeksTypedTodayBecomeADueDateAndAPassedDueDateAsksForAReview() {
    vm.startNew();
    ConditionFields pregnancy = vm.conditions().get(HealthCondition.PREGNANCY);
    pregnancy.presentProperty().set(true);

    pregnancy.weeksProperty().set("20");
    assertThat(pregnancy.dueDateProperty().get()).isEqualTo(TODAY.plusWeeks(20));
    assertThat(pregnancy.dueDateNoteBinding().get())
        .isEqualTo("20 weeks today; counts on by itself.");

    pregnancy.dueDateProperty().set(TODAY.plusWeeks(10));
    assertThat(pregnancy.weeksProperty().get()).isEqualTo("30");

    pregnancy.dueDateProperty().set(TODAY.minusDays(3));
    assertThat(pregnancy.weeksProperty().get()).isEmpty();
    assertThat(pregnancy.dueDateNoteBinding().get()).contains("has passed").contains("untick");
    assertThat(pregnancy.weeksErrorBinding().get()).isNull();
  }

  @Test
  void openingAnotherClientBeforeTheFirstHasLoadedShowsOnlyTheSecond() {
    long anna =
        service.save(org.knotwork.client.Client.builder().fullName("Anna Berg").build()).id();
    long ben = service.save(org.knotwork.client.Client.builder().fullName("Ben Ode").build()).id();
    org.knotwork.ui.QueuedTaskExecutor queued = new org.knotwork.ui.QueuedTaskExecutor();
    ClientEditorViewModel editor = new ClientEditorViewModel(service, queued, dialogs, CLOCK);
    java.util.List<String> opened = new java.util.ArrayList<>();

    editor.open(anna, () -> opened.add(editor.fullNameProperty().get()));
    editor.open(ben, () -> opened.add(editor.fullNameProperty().get()));
    queued.runOne();

    assertThat(editor.fullNameProperty().get())
        .as("Anna's record is not shown")
        .isNotEqualTo("Anna Berg");
    assertThat(editor.busyProperty().get()).isTrue();
    queued.runAll();
    assertThat(opened).containsExactly("Ben Ode");
    assertThat(editor.busyProperty().get()).isFalse();
  }
}
