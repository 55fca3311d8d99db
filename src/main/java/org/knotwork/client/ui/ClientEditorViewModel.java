package org.knotwork.client.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRules;
import org.knotwork.client.ClientService;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.EmergencyContact;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.WorkPosture;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The intake form of one client: every field as a property, validation in words, dirty tracking
 * against the stored record, and the commands save, revert, archive and unarchive.
 */
public final class ClientEditorViewModel implements org.knotwork.ui.UnsavedWork {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final ClientService service;

  /** Reads a client into the form; opening another client supersedes it. */
  private final BackgroundTask opening;

  /** Saves, archives or brings back; never superseded (busy refuses a second change). */
  private final BackgroundTask changing;

  private final DialogService dialogs;
  private final Clock clock;

  private final StringProperty fullName = text("fullName");
  private final StringProperty preferredName = text("preferredName");
  private final ObjectProperty<LocalDate> dateOfBirth =
      new SimpleObjectProperty<>(this, "dateOfBirth");
  private final StringProperty pronouns = text("pronouns");
  private final StringProperty phone = text("phone");
  private final StringProperty email = text("email");
  private final StringProperty address = text("address");
  private final StringProperty emergencyName = text("emergencyName");
  private final StringProperty emergencyRelation = text("emergencyRelation");
  private final StringProperty emergencyPhone = text("emergencyPhone");
  private final StringProperty physician = text("physician");
  private final StringProperty occupation = text("occupation");
  private final ObjectProperty<WorkPosture> workPosture =
      new SimpleObjectProperty<>(this, "workPosture");
  private final StringProperty activities = text("activities");
  private final StringProperty medications = text("medications");
  private final BooleanProperty allergyOils = new SimpleBooleanProperty(this, "allergyOils");
  private final BooleanProperty allergyLotions = new SimpleBooleanProperty(this, "allergyLotions");
  private final BooleanProperty allergyLatex = new SimpleBooleanProperty(this, "allergyLatex");
  private final StringProperty allergyOther = text("allergyOther");
  private final ObjectProperty<PressurePreference> pressure =
      new SimpleObjectProperty<>(this, "pressure");
  private final ObjectProperty<LocalDate> generalConsentOn =
      new SimpleObjectProperty<>(this, "generalConsentOn");
  private final Map<BackRegion, ObjectProperty<LocalDate>> regionConsents =
      new EnumMap<>(BackRegion.class);
  private final Map<HealthCondition, ConditionFields> conditions =
      new EnumMap<>(HealthCondition.class);
  private final StringProperty notes = text("notes");

  private final ReadOnlyObjectWrapper<Client> stored =
      new ReadOnlyObjectWrapper<>(this, "stored", Client.blank());
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final javafx.beans.property.ReadOnlyIntegerWrapper opened =
      new javafx.beans.property.ReadOnlyIntegerWrapper(this, "opened");

  private final StringBinding nameError;
  private final StringBinding dobError;
  private final StringBinding phoneError;
  private final StringBinding emailError;
  private final StringBinding emergencyPhoneError;
  private final StringBinding lengthError;
  private final List<StringBinding> errors;
  private final BooleanBinding valid;
  private final BooleanBinding dirty;
  private final BooleanBinding canSave;
  private final StringBinding age;

  public ClientEditorViewModel(
      ClientService service, TaskExecutor executor, DialogService dialogs, Clock clock) {
    this.service = service;
    this.opening = BackgroundTask.of(executor);
    this.changing = BackgroundTask.of(executor);
    busy.bind(opening.runningProperty().or(changing.runningProperty()));
    this.dialogs = dialogs;
    this.clock = clock;
    // Every region keeps its stored consent; the form shows those that need it by default.
    for (BackRegion region : BackRegion.values()) {
      regionConsents.put(region, new SimpleObjectProperty<>(this, "consent" + region));
    }
    for (HealthCondition condition : HealthCondition.values()) {
      conditions.put(condition, new ConditionFields(condition, this::today));
    }
    nameError = error(() -> ClientRules.fullName(fullName.get()).orElse(null), fullName);
    dobError =
        error(() -> ClientRules.dateOfBirth(dateOfBirth.get(), today()).orElse(null), dateOfBirth);
    phoneError = error(() -> ClientRules.phone(phone.get()).orElse(null), phone);
    emailError = error(() -> ClientRules.email(email.get()).orElse(null), email);
    emergencyPhoneError =
        error(() -> ClientRules.phone(emergencyPhone.get()).orElse(null), emergencyPhone);
    // The service refuses text longer than the record holds; checking it here too means a form
    // that looks valid is one the service will store.
    lengthError = error(() -> ClientRules.tooLong(draft()).orElse(null), allInputs());
    errors =
        List.of(
            nameError,
            dobError,
            phoneError,
            emailError,
            emergencyPhoneError,
            conditions.get(HealthCondition.PREGNANCY).weeksErrorBinding(),
            lengthError);
    valid =
        Bindings.createBooleanBinding(
            () -> errors.stream().allMatch(e -> e.get() == null),
            errors.toArray(Observable[]::new));
    dirty = Bindings.createBooleanBinding(() -> !draft().equals(stored.get()), allInputs());
    canSave = dirty.and(valid).and(busy.not());
    age =
        Bindings.createStringBinding(
            () ->
                dateOfBirth.get() == null || dobError.get() != null
                    ? ""
                    : Client.builder()
                        .dateOfBirth(dateOfBirth.get())
                        .build()
                        .ageOn(today())
                        .map(a -> a == 1 ? "1 year" : a + " years")
                        .orElse(""),
            dateOfBirth,
            dobError);
  }

  private static StringBinding error(
      java.util.concurrent.Callable<String> rule, Observable... deps) {
    return Bindings.createStringBinding(rule, deps);
  }

  private StringProperty text(String name) {
    return new SimpleStringProperty(this, name, "");
  }

  private Observable[] allInputs() {
    List<Observable> all =
        new ArrayList<>(
            Arrays.asList(
                fullName,
                preferredName,
                dateOfBirth,
                pronouns,
                phone,
                email,
                address,
                emergencyName,
                emergencyRelation,
                emergencyPhone,
                physician,
                occupation,
                workPosture,
                activities,
                medications,
                allergyOils,
                allergyLotions,
                allergyLatex,
                allergyOther,
                pressure,
                generalConsentOn,
                notes,
                stored));
    all.addAll(regionConsents.values());
    conditions.values().forEach(c -> all.addAll(Arrays.asList(c.observables())));
    return all.toArray(Observable[]::new);
  }

  // ---- commands ----

  /** Clears the form for a new client. */
  public void startNew() {
    show(Client.blank());
    status.set("");
    opened.set(opened.get() + 1);
  }

  /** Loads a stored client into the form, then runs {@code then}. */
  public void open(long id, Runnable then) {
    opening.run(
        () -> service.openRecord(id),
        client -> {
          show(client);
          status.set("");
          opened.set(opened.get() + 1);
          then.run();
        },
        failure ->
            dialogs.showError(
                "Could not open the client", UserMessages.explain(failure, "Opening the record")));
  }

  /** Saves the form if it is valid; {@code onSaved} gets the stored record. */
  public void save(Consumer<Client> onSaved) {
    if (!valid.get()) {
      dialogs.showError("Some fields need attention", firstError() + " Nothing was saved yet.");
      return;
    }
    if (!dirty.get() || busy.get()) {
      return;
    }
    Client draft = draft();
    changing.run(
        () -> service.save(draft),
        saved -> {
          stored.set(saved);
          status.set("Saved " + TIME.format(LocalTime.now(clock)));
          onSaved.accept(saved);
        },
        failure ->
            dialogs.showError(
                "The client was not saved", UserMessages.explain(failure, "Saving the client")));
  }

  /** Throws away unsaved changes. */
  public void revert() {
    show(stored.get());
  }

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return dirty.get();
  }

  @Override
  public String describe() {
    String who = draft().fullName().isBlank() ? "this new client" : draft().fullName();
    return "the intake form of " + who;
  }

  @Override
  public boolean canSave() {
    return valid.get();
  }

  /** Says which field needs attention first. */
  @Override
  public void showProblems() {
    dialogs.showError("Some fields need attention", firstError() + " Nothing was saved yet.");
  }

  @Override
  public void save(Runnable then) {
    save(saved -> then.run());
  }

  @Override
  public void discard() {
    revert();
  }

  public void archive(Consumer<Client> onDone) {
    changeArchived(true, onDone);
  }

  public void unarchive(Consumer<Client> onDone) {
    changeArchived(false, onDone);
  }

  private void changeArchived(boolean archive, Consumer<Client> onDone) {
    Long id = stored.get().id();
    if (id == null) {
      return;
    }
    if (changing.isRunning()) {
      return;
    }
    changing.runWhileUnlocked(
        () -> archive ? service.archive(id) : service.unarchive(id),
        client -> {
          show(client);
          status.set(archive ? "Archived" : "Back on the active list");
          onDone.accept(client);
        },
        failure ->
            dialogs.showError(
                archive ? "The client was not archived" : "The client was not restored",
                UserMessages.explain(failure, archive ? "Archiving" : "Restoring")));
  }

  private void show(Client c) {
    fullName.set(c.fullName());
    preferredName.set(orEmpty(c.preferredName()));
    dateOfBirth.set(c.dateOfBirth());
    pronouns.set(orEmpty(c.pronouns()));
    phone.set(orEmpty(c.phone()));
    email.set(orEmpty(c.email()));
    address.set(orEmpty(c.address()));
    emergencyName.set(orEmpty(c.emergencyContact().name()));
    emergencyRelation.set(orEmpty(c.emergencyContact().relation()));
    emergencyPhone.set(orEmpty(c.emergencyContact().phone()));
    physician.set(orEmpty(c.physician()));
    occupation.set(orEmpty(c.occupation()));
    workPosture.set(c.workPosture());
    activities.set(orEmpty(c.activities()));
    medications.set(orEmpty(c.medications()));
    allergyOils.set(c.allergies().oils());
    allergyLotions.set(c.allergies().lotions());
    allergyLatex.set(c.allergies().latex());
    allergyOther.set(orEmpty(c.allergies().other()));
    pressure.set(c.pressurePreference());
    generalConsentOn.set(c.generalConsentOn());
    regionConsents.forEach((region, date) -> date.set(c.regionConsents().get(region)));
    conditions.forEach((condition, fields) -> fields.load(c.condition(condition).orElse(null)));
    notes.set(orEmpty(c.notes()));
    stored.set(c);
  }

  /** The record as the form currently describes it. */
  public Client draft() {
    Map<BackRegion, LocalDate> consents = new EnumMap<>(BackRegion.class);
    regionConsents.forEach(
        (region, date) -> {
          if (date.get() != null) {
            consents.put(region, date.get());
          }
        });
    List<ConditionEntry> entries =
        conditions.values().stream()
            .map(ConditionFields::toEntry)
            .filter(Objects::nonNull)
            .toList();
    Client base = stored.get();
    return Client.builder()
        .id(base.id())
        .archivedAt(base.archivedAt())
        .fullName(fullName.get())
        .preferredName(preferredName.get())
        .dateOfBirth(dateOfBirth.get())
        .pronouns(pronouns.get())
        .phone(phone.get())
        .email(email.get())
        .address(address.get())
        .emergencyContact(
            new EmergencyContact(
                emergencyName.get(), emergencyRelation.get(), emergencyPhone.get()))
        .physician(physician.get())
        .occupation(occupation.get())
        .workPosture(workPosture.get())
        .activities(activities.get())
        .medications(medications.get())
        .allergies(
            new Allergies(
                allergyOils.get(), allergyLotions.get(), allergyLatex.get(), allergyOther.get()))
        .pressurePreference(pressure.get())
        .generalConsentOn(generalConsentOn.get())
        .regionConsents(consents)
        .conditions(entries)
        .notes(notes.get())
        .build();
  }

  private String firstError() {
    return errors.stream().map(StringBinding::get).filter(Objects::nonNull).findFirst().orElse("");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---- state for the view ----

  public StringProperty fullNameProperty() {
    return fullName;
  }

  public StringProperty preferredNameProperty() {
    return preferredName;
  }

  public ObjectProperty<LocalDate> dateOfBirthProperty() {
    return dateOfBirth;
  }

  public StringProperty pronounsProperty() {
    return pronouns;
  }

  public StringProperty phoneProperty() {
    return phone;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty emergencyNameProperty() {
    return emergencyName;
  }

  public StringProperty emergencyRelationProperty() {
    return emergencyRelation;
  }

  public StringProperty emergencyPhoneProperty() {
    return emergencyPhone;
  }

  public StringProperty physicianProperty() {
    return physician;
  }

  public StringProperty occupationProperty() {
    return occupation;
  }

  public ObjectProperty<WorkPosture> workPostureProperty() {
    return workPosture;
  }

  public StringProperty activitiesProperty() {
    return activities;
  }

  public StringProperty medicationsProperty() {
    return medications;
  }

  public BooleanProperty allergyOilsProperty() {
    return allergyOils;
  }

  public BooleanProperty allergyLotionsProperty() {
    return allergyLotions;
  }

  public BooleanProperty allergyLatexProperty() {
    return allergyLatex;
  }

  public StringProperty allergyOtherProperty() {
    return allergyOther;
  }

  public ObjectProperty<PressurePreference> pressureProperty() {
    return pressure;
  }

  public ObjectProperty<LocalDate> generalConsentOnProperty() {
    return generalConsentOn;
  }

  public Map<BackRegion, ObjectProperty<LocalDate>> regionConsents() {
    return Collections.unmodifiableMap(regionConsents);
  }

  public Map<HealthCondition, ConditionFields> conditions() {
    return Collections.unmodifiableMap(conditions);
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public StringBinding nameErrorBinding() {
    return nameError;
  }

  public StringBinding dateOfBirthErrorBinding() {
    return dobError;
  }

  public StringBinding phoneErrorBinding() {
    return phoneError;
  }

  public StringBinding emailErrorBinding() {
    return emailError;
  }

  public StringBinding emergencyPhoneErrorBinding() {
    return emergencyPhoneError;
  }

  /** Null while every text fits the record, otherwise which one is too long. */
  public StringBinding lengthErrorBinding() {
    return lengthError;
  }

  public StringBinding ageBinding() {
    return age;
  }

  public BooleanBinding validBinding() {
    return valid;
  }

  public BooleanBinding dirtyBinding() {
    return dirty;
  }

  public BooleanBinding canSaveBinding() {
    return canSave;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /**
   * Goes up each time another record is put in the form (a client opened, a new one started), but
   * not when the record in it is saved, reverted or archived: the form starts afresh only then.
   */
  public javafx.beans.property.ReadOnlyIntegerProperty openedProperty() {
    return opened.getReadOnlyProperty();
  }

  /** The record as last loaded or saved; its id is null for a client not saved yet. */
  public ReadOnlyObjectProperty<Client> storedProperty() {
    return stored.getReadOnlyProperty();
  }
}
