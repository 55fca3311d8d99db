package org.knotwork.session.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.safety.EmergencyNumbers;
import org.knotwork.session.CarePlan;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.QuickPhrases;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagPrompts;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.knotwork.session.SignerMissingException;
import org.knotwork.session.SigningRules;
import org.knotwork.session.Subjective;
import org.knotwork.session.TreatmentCautions;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.Scheduler;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * A draft SOAP note being written: every field as a property, findings per region and side, the
 * red-flag screen, what still stands in the way of signing, and autosave two seconds after the last
 * change (off the UI thread).
 */
public final class SessionNoteViewModel implements org.knotwork.ui.UnsavedWork {
  /** How long after the last change a draft is saved. */
  public static final Duration AUTOSAVE_DELAY = Duration.ofSeconds(2);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final SessionService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Scheduler scheduler;
  private final Clock clock;
  private final Client client;
  private final QuickPhrases phrases;
  private final SessionNote original;
  private final EmergencyNumbers numbers;
  private final Map<RedFlagQuestion, String> raised;
  private final List<RedFlagQuestion> asked;

  private final ObjectProperty<LocalDate> serviceDate =
      new SimpleObjectProperty<>(this, "serviceDate");
  private final StringProperty serviceTime = new SimpleStringProperty(this, "serviceTime", "");
  private final ObjectProperty<Integer> duration = new SimpleObjectProperty<>(this, "duration");
  private final Map<Position, BooleanProperty> positions = new EnumMap<>(Position.class);
  private final StringProperty chiefComplaint = text("chiefComplaint");
  private final ObjectProperty<Integer> painNow = new SimpleObjectProperty<>(this, "painNow");
  private final ObjectProperty<Integer> painWorst = new SimpleObjectProperty<>(this, "painWorst");
  private final ObjectProperty<Integer> painBest = new SimpleObjectProperty<>(this, "painBest");
  private final StringProperty onset = text("onset");
  private final StringProperty character = text("character");
  private final StringProperty aggravating = text("aggravating");
  private final StringProperty relieving = text("relieving");
  private final StringProperty radiation = text("radiation");
  private final StringProperty changesSinceLast = text("changesSinceLast");
  private final BooleanProperty historyReviewed =
      new SimpleBooleanProperty(this, "historyReviewed");
  private final StringProperty historyChanges = text("historyChanges");
  private final StringProperty stressSleepWork = text("stressSleepWork");
  private final StringProperty clientGoal = text("clientGoal");
  private final Map<RedFlagQuestion, ObjectProperty<RedFlagAnswer>> redFlags =
      new EnumMap<>(RedFlagQuestion.class);
  private final StringProperty redFlagAdvice = text("redFlagAdvice");
  private final javafx.beans.property.IntegerProperty findingEdits =
      new javafx.beans.property.SimpleIntegerProperty(this, "findingEdits");
  private final ObservableList<FindingModel> findings = FXCollections.observableArrayList();
  private final ObjectProperty<FindingModel> selected =
      new SimpleObjectProperty<>(this, "selected");
  private final StringProperty response = text("response");
  private final StringProperty adverseReactions = text("adverseReactions");
  private final StringProperty nextFocus = text("nextFocus");
  private final StringProperty frequency = text("frequency");
  private final StringProperty homeCare = text("homeCare");
  private final StringProperty referral = text("referral");

  private final ReadOnlyStringWrapper saveStatus =
      new ReadOnlyStringWrapper(this, "saveStatus", "");
  private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
  private final ReadOnlyObjectWrapper<SessionNote> signedNote =
      new ReadOnlyObjectWrapper<>(this, "signedNote");
  private final ReadOnlyObjectWrapper<SessionNote> savedNote =
      new ReadOnlyObjectWrapper<>(this, "savedNote");
  private final ObjectBinding<List<String>> signProblems;
  private final BooleanBinding urgent;
  private final BooleanBinding noTreatment;
  private final ObjectBinding<List<RedFlagQuestion>> answeredYes;
  private final ObjectBinding<List<String>> positionCautions;
  private Scheduler.Cancellable pendingSave;
  private boolean saveAgainAfterCurrent;
  private boolean closed;
  private boolean signing;
  private SignerPrompt signerPrompt = SignerPrompt.NONE;
  private final InvalidationListener changed = o -> changed();
  // A ChangeListener, not an InvalidationListener, for values: invalidation fires only when the
  // value was read since the last change, so unread edits would not push autosave back.
  private final ChangeListener<Object> changedValue = (o, was, now) -> changed();

  public SessionNoteViewModel(
      SessionNote note,
      Client client,
      QuickPhrases phrases,
      SessionService service,
      TaskExecutor executor,
      DialogService dialogs,
      Scheduler scheduler,
      Clock clock) {
    this(
        note,
        client,
        phrases,
        EmergencyNumbers.NOT_SET,
        service,
        executor,
        dialogs,
        scheduler,
        clock);
  }

  /**
   * @param numbers the practice's emergency number and same-day help, named in the advice
   */
  public SessionNoteViewModel(
      SessionNote note,
      Client client,
      QuickPhrases phrases,
      EmergencyNumbers numbers,
      SessionService service,
      TaskExecutor executor,
      DialogService dialogs,
      Scheduler scheduler,
      Clock clock) {
    this.original = note;
    this.numbers = numbers;
    this.raised = RedFlagPrompts.forClient(client, LocalDate.now(clock));
    this.asked = RedFlagPrompts.askedWith(raised);
    this.client = client;
    this.phrases = phrases;
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.scheduler = scheduler;
    this.clock = clock;
    for (Position p : Position.values()) {
      positions.put(p, new SimpleBooleanProperty(this, "position" + p));
    }
    for (RedFlagQuestion q : asked) {
      redFlags.put(q, new SimpleObjectProperty<>(this, "flag" + q));
    }
    load(note);
    List<Observable> inputs =
        new ArrayList<>(
            List.of(
                serviceDate,
                serviceTime,
                duration,
                chiefComplaint,
                painNow,
                painWorst,
                painBest,
                onset,
                character,
                aggravating,
                relieving,
                radiation,
                changesSinceLast,
                historyReviewed,
                historyChanges,
                stressSleepWork,
                clientGoal,
                redFlagAdvice,
                findings,
                response,
                adverseReactions,
                nextFocus,
                frequency,
                homeCare,
                referral));
    inputs.addAll(positions.values());
    inputs.addAll(redFlags.values());
    for (Observable o : inputs) {
      if (o instanceof ObservableValue<?> value) {
        value.addListener(changedValue);
      } else {
        o.addListener(changed);
      }
    }
    List<Observable> signDeps = new ArrayList<>(inputs);
    signDeps.add(findingEdits);
    Observable[] deps = signDeps.toArray(Observable[]::new);
    signProblems = Bindings.createObjectBinding(this::computeSignProblems, deps);
    urgent =
        Bindings.createBooleanBinding(
            () ->
                redFlags.entrySet().stream()
                    .anyMatch(e -> e.getKey().urgent() && e.getValue().get() == RedFlagAnswer.YES),
            redFlags.values().toArray(Observable[]::new));
    Observable[] flagDeps = redFlags.values().toArray(Observable[]::new);
    answeredYes =
        Bindings.createObjectBinding(
            () -> asked.stream().filter(q -> redFlags.get(q).get() == RedFlagAnswer.YES).toList(),
            flagDeps);
    noTreatment =
        Bindings.createBooleanBinding(
            () -> answeredYes.get().stream().anyMatch(RedFlagQuestion::noTreatmentToday),
            answeredYes);
    positionCautions =
        Bindings.createObjectBinding(
            () -> TreatmentCautions.forPositions(client, checkedPositions(), visitDay()),
            java.util.stream.Stream.concat(
                    positions.values().stream(), java.util.stream.Stream.of(serviceDate))
                .toArray(Observable[]::new));
  }

  private StringProperty text(String name) {
    return new SimpleStringProperty(this, name, "");
  }

  private void load(SessionNote n) {
    serviceDate.set(n.serviceStart().toLocalDate());
    serviceTime.set(TIME.format(n.serviceStart()));
    duration.set(n.durationMinutes());
    positions.forEach((p, prop) -> prop.set(n.positions().contains(p)));
    Subjective s = n.subjective();
    chiefComplaint.set(orEmpty(s.chiefComplaint()));
    painNow.set(s.painNow());
    painWorst.set(s.painWorst());
    painBest.set(s.painBest());
    onset.set(orEmpty(s.onset()));
    character.set(orEmpty(s.character()));
    aggravating.set(orEmpty(s.aggravating()));
    relieving.set(orEmpty(s.relieving()));
    radiation.set(orEmpty(s.radiation()));
    changesSinceLast.set(orEmpty(s.changesSinceLast()));
    historyReviewed.set(s.historyReviewed());
    historyChanges.set(orEmpty(s.historyChanges()));
    stressSleepWork.set(orEmpty(s.stressSleepWork()));
    clientGoal.set(orEmpty(s.clientGoal()));
    // Answers to questions no longer asked (a draft from before the red-flag rework) are dropped:
    // the new questions are asked again.
    redFlags.forEach((q, prop) -> prop.set(n.redFlags().get(q)));
    redFlagAdvice.set(orEmpty(n.redFlagAdvice()));
    n.findings().forEach(f -> findings.add(watch(new FindingModel(f))));
    response.set(orEmpty(n.response()));
    adverseReactions.set(orEmpty(n.adverseReactions()));
    nextFocus.set(orEmpty(n.plan().nextFocus()));
    frequency.set(orEmpty(n.plan().frequency()));
    homeCare.set(orEmpty(n.plan().homeCare()));
    referral.set(orEmpty(n.plan().referral()));
    if (!findings.isEmpty()) {
      selected.set(findings.get(0));
    }
  }

  private FindingModel watch(FindingModel model) {
    model.onChange(changed);
    // Techniques added or removed inside a finding change what stands in the way of signing.
    model.onChange(o -> findingEdits.set(findingEdits.get() + 1));
    model
        .sideProperty()
        .addListener(
            (obs, old, now) -> {
              boolean taken =
                  findings.stream()
                      .anyMatch(
                          f ->
                              f != model
                                  && f.region() == model.region()
                                  && f.sideProperty().get() == now);
              if (taken && old != null) {
                model.sideProperty().set(old);
                dialogs.showError(
                    "That side is already recorded",
                    "There is already a finding for "
                        + model.region().label()
                        + " on that side. Choose it above the editor instead.");
              }
            });
    return model;
  }

  /** Stops autosave for good, e.g. when the draft is discarded or the note is closed. */
  public void close() {
    if (pendingSave != null) {
      pendingSave.cancel();
      pendingSave = null;
    }
    closed = true;
  }

  // ---- commands ----

  /**
   * The body chart was clicked: selects the region's finding for that side (a bilateral, L>R or R>L
   * finding answers to either side), otherwise adds a finding for that region and side.
   */
  public FindingModel chooseRegion(BackRegion region, Side side) {
    Optional<FindingModel> existing =
        findings.stream()
            .filter(
                f ->
                    f.region() == region
                        && (f.sideProperty().get() == side
                            || !(f.sideProperty().get() == Side.LEFT
                                || f.sideProperty().get() == Side.RIGHT)))
            .findFirst();
    FindingModel model =
        existing.orElseGet(
            () -> {
              FindingModel added = watch(new FindingModel(RegionFinding.of(region, side)));
              findings.add(added);
              return added;
            });
    selected.set(model);
    return model;
  }

  public void removeFinding(FindingModel model) {
    findings.remove(model);
    if (selected.get() == model) {
      selected.set(findings.isEmpty() ? null : findings.get(0));
    }
  }

  /**
   * Answers every unanswered red-flag question "no" (after asking them aloud), except the emergency
   * questions: those are asked and answered one by one, every session.
   */
  public void answerRemainingNo() {
    redFlags.forEach(
        (q, p) -> {
          if (!q.urgent() && p.get() == null) {
            p.set(RedFlagAnswer.NO);
          }
        });
  }

  /** The advice for every question answered yes, with the practice's numbers, one per line. */
  public String suggestedAdvice() {
    return answeredYes.get().stream()
        .map(q -> q.advice(numbers))
        .distinct()
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** Puts the suggested advice into the advice field, after what is already written there. */
  public void useSuggestedAdvice() {
    String suggested = suggestedAdvice();
    if (suggested.isEmpty()) {
      return;
    }
    String now = redFlagAdvice.get().strip();
    redFlagAdvice.set(now.isEmpty() ? suggested : now + "\n" + suggested);
  }

  /** Expands a ";abbreviation" just before the caret into its quick phrase. */
  public Optional<QuickPhrases.Expansion> expandQuickPhrase(String text, int caret) {
    return phrases.expand(text, caret);
  }

  // ----- as unsaved work (decision 31): a draft saves itself, so leaving never asks -----

  @Override
  public boolean savesItself() {
    return true;
  }

  @Override
  public boolean hasUnsavedChanges() {
    return unsaved.get() && signedNote.get() == null;
  }

  @Override
  public String describe() {
    return "the session note";
  }

  @Override
  public boolean canSave() {
    return true;
  }

  @Override
  public void save(Runnable then) {
    flush();
    then.run(); // the save is queued first; work after it runs after it
  }

  /** A draft is never thrown away by leaving; deleting it is asked for on its own. */
  @Override
  public void discard() {}

  @Override
  public void saveQuietly() {
    flush();
  }

  /** Saves now if anything changed since the last save (e.g. before leaving the note). */
  public void flush() {
    if (pendingSave != null) {
      pendingSave.cancel();
      pendingSave = null;
    }
    if (unsaved.get()) {
      save();
    }
  }

  /** Signs the note once every rule is met; {@code onSigned} gets the signed note. */
  public void sign(Consumer<SessionNote> onSigned) {
    List<String> problems = signProblems.get();
    if (!problems.isEmpty()) {
      dialogs.showError("The note cannot be signed yet", String.join("\n", problems));
      return;
    }
    // A red flag never gets here unanswered (SigningRules above); cautions warn and may be
    // accepted, once, knowing that the note cannot be changed afterwards.
    List<String> unresolved = new ArrayList<>(unresolvedCautions());
    unresolved.addAll(uncheckedEntries());
    if (!unresolved.isEmpty()
        && !dialogs.confirm(
            "Sign with something unresolved?",
            "Once signed, this note cannot be changed. Still unresolved:\n\n• "
                + String.join("\n• ", unresolved)
                + "\n\nGo back to record or check them, or sign anyway if the note already says"
                + " what you did.",
            "Sign anyway",
            "Go back")) {
      return;
    }
    signNow(onSigned);
  }

  /** Who to ask for the therapist's profile when signing finds none. */
  public void askForSignerWith(SignerPrompt prompt) {
    this.signerPrompt = prompt;
  }

  private void signNow(Consumer<SessionNote> onSigned) {
    if (pendingSave != null) {
      pendingSave.cancel();
      pendingSave = null;
    }
    SessionNote note = draft();
    // Queued autosaves must not touch the note once it is being signed.
    saveAgainAfterCurrent = false;
    signing = true;
    saving.set(true);
    executor.executeWhileUnlocked(
        () -> service.sign(note, asked),
        signed -> {
          saving.set(false);
          unsaved.set(false);
          signedNote.set(signed);
          saveStatus.set("Signed " + TIME.format(signed.signedAt()));
          onSigned.accept(signed);
        },
        failure -> {
          saving.set(false);
          signing = false;
          if (SignerMissingException.in(failure)
              && signerPrompt.askThenRun(() -> signNow(onSigned))) {
            return; // signed once the therapist's details are in; the draft is kept meanwhile
          }
          dialogs.showError(
              "The note was not signed", UserMessages.explain(failure, "Signing the note"));
        });
  }

  private void changed() {
    if (signedNote.get() != null || closed) {
      return;
    }
    unsaved.set(true);
    saveStatus.set("Unsaved changes");
    if (pendingSave != null) {
      pendingSave.cancel();
    }
    pendingSave =
        scheduler.schedule(
            AUTOSAVE_DELAY,
            () -> {
              pendingSave = null;
              save();
            });
  }

  private void save() {
    if (signing || closed) {
      return;
    }
    if (saving.get()) {
      saveAgainAfterCurrent = true;
      return;
    }
    SessionNote note = draft();
    saving.set(true);
    unsaved.set(false);
    saveStatus.set("Saving…");
    executor.execute(
        () -> {
          service.saveDraft(note);
          return LocalTime.now(clock);
        },
        at -> {
          saving.set(false);
          savedNote.set(note);
          if (!unsaved.get()) {
            saveStatus.set("Draft saved " + TIME.format(at));
          }
          if (saveAgainAfterCurrent) {
            saveAgainAfterCurrent = false;
            save();
          }
        },
        failure -> {
          saving.set(false);
          unsaved.set(true);
          saveStatus.set("Not saved");
          dialogs.showError(
              "The draft was not saved",
              UserMessages.explain(failure, "Saving the draft") + " Your text is still on screen.");
        });
  }

  /** The note as the form describes it now. */
  public SessionNote draft() {
    Map<RedFlagQuestion, RedFlagAnswer> answers = new EnumMap<>(RedFlagQuestion.class);
    redFlags.forEach(
        (q, p) -> {
          if (p.get() != null) {
            answers.put(q, p.get());
          }
        });
    Subjective s =
        new Subjective(
            chiefComplaint.get(),
            painNow.get(),
            painWorst.get(),
            painBest.get(),
            onset.get(),
            character.get(),
            aggravating.get(),
            relieving.get(),
            radiation.get(),
            changesSinceLast.get(),
            historyReviewed.get(),
            historyChanges.get(),
            stressSleepWork.get(),
            clientGoal.get());
    CarePlan plan = new CarePlan(nextFocus.get(), frequency.get(), homeCare.get(), referral.get());
    return new SessionNote(
        original.id(),
        original.clientId(),
        serviceStart(),
        duration.get() == null ? 0 : duration.get(),
        checkedPositions(),
        original.writtenAt(),
        s,
        answers,
        redFlagAdvice.get(),
        findings.stream().map(FindingModel::toFinding).toList(),
        response.get(),
        adverseReactions.get(),
        plan,
        NoteStatus.DRAFT,
        null,
        null,
        List.of());
  }

  private LocalDateTime serviceStart() {
    LocalDate day =
        serviceDate.get() == null ? original.serviceStart().toLocalDate() : serviceDate.get();
    return day.atTime(parseTime().orElse(original.serviceStart().toLocalTime()));
  }

  private Optional<LocalTime> parseTime() {
    try {
      return Optional.of(
          LocalTime.parse(serviceTime.get().strip(), DateTimeFormatter.ofPattern("H:mm")));
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private Set<Position> checkedPositions() {
    Set<Position> set = EnumSet.noneOf(Position.class);
    positions.forEach(
        (p, prop) -> {
          if (prop.get()) {
            set.add(p);
          }
        });
    return set;
  }

  private List<String> computeSignProblems() {
    List<String> problems = new ArrayList<>(SigningRules.problems(draft(), asked));
    if (parseTime().isEmpty()) {
      problems.add("Enter the time of the session as hours:minutes, e.g. 14:30.");
    }
    if (serviceStart().isAfter(LocalDateTime.now(clock).plusMinutes(5))) {
      problems.add("The session is in the future; check its date and time.");
    }
    return List.copyOf(problems);
  }

  /**
   * The precautions and missing consents shown next to the techniques and positions, each with the
   * region it concerns: what signing asks about before the note becomes permanent.
   */
  public List<String> unresolvedCautions() {
    List<String> all = new ArrayList<>();
    for (FindingModel f : findings) {
      cautionsFor(f).forEach(c -> all.add(f.label() + ": " + c));
    }
    positionCautions.get().forEach(c -> all.add("Position: " + c));
    return List.copyOf(all);
  }

  /**
   * What the note would carry unchecked into the permanent record: regions copied from the last
   * note and not looked at since (their pain would read as today's), regions with nothing recorded
   * (a stray click on the chart), and a note with no complaint, no region and no advice.
   */
  public List<String> uncheckedEntries() {
    List<String> all = new ArrayList<>();
    SessionNote note = draft();
    for (RegionFinding f : note.findings()) {
      if (f.carriedOver()) {
        all.add(
            f.label()
                + ": copied from the last note and not checked; its pain and findings would read"
                + " as today's");
      } else if (f.nothingRecorded()) {
        all.add(f.label() + ": nothing is recorded for this region; remove it or record a finding");
      }
    }
    if (note.findings().isEmpty()
        && note.subjective().chiefComplaint() == null
        && note.redFlagAdvice() == null) {
      all.add("Nothing is recorded yet: no complaint and no region");
    }
    return List.copyOf(all);
  }

  /** Every caution that can apply to this finding's region for this client, active or not. */
  public List<TreatmentCautions.Caution> possibleCautionsFor(FindingModel finding) {
    return TreatmentCautions.possible(client, finding.region(), visitDay());
  }

  /** Precautions and missing consent for one finding's treatment. */
  public List<String> cautionsFor(FindingModel finding) {
    return TreatmentCautions.of(client, finding.toFinding(), visitDay());
  }

  /** The cautions that one technique line raises, shown beside the technique itself. */
  public List<String> cautionsFor(FindingModel finding, TreatmentModel treatment) {
    return TreatmentCautions.forTreatment(
        client, finding.region(), treatment.toTreatment(), visitDay());
  }

  /** The day of the visit: weeks of pregnancy are counted on it. */
  private LocalDate visitDay() {
    return serviceDate.get() != null
        ? serviceDate.get()
        : original == null ? LocalDate.now(clock) : original.serviceStart().toLocalDate();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---- state for the view ----

  public Client client() {
    return client;
  }

  public SessionNote original() {
    return original;
  }

  public ObjectProperty<LocalDate> serviceDateProperty() {
    return serviceDate;
  }

  public StringProperty serviceTimeProperty() {
    return serviceTime;
  }

  public ObjectProperty<Integer> durationProperty() {
    return duration;
  }

  public Map<Position, BooleanProperty> positions() {
    return positions;
  }

  public StringProperty chiefComplaintProperty() {
    return chiefComplaint;
  }

  public ObjectProperty<Integer> painNowProperty() {
    return painNow;
  }

  public ObjectProperty<Integer> painWorstProperty() {
    return painWorst;
  }

  public ObjectProperty<Integer> painBestProperty() {
    return painBest;
  }

  public StringProperty onsetProperty() {
    return onset;
  }

  public StringProperty characterProperty() {
    return character;
  }

  public StringProperty aggravatingProperty() {
    return aggravating;
  }

  public StringProperty relievingProperty() {
    return relieving;
  }

  public StringProperty radiationProperty() {
    return radiation;
  }

  public StringProperty changesSinceLastProperty() {
    return changesSinceLast;
  }

  public BooleanProperty historyReviewedProperty() {
    return historyReviewed;
  }

  public StringProperty historyChangesProperty() {
    return historyChanges;
  }

  public StringProperty stressSleepWorkProperty() {
    return stressSleepWork;
  }

  public StringProperty clientGoalProperty() {
    return clientGoal;
  }

  public Map<RedFlagQuestion, ObjectProperty<RedFlagAnswer>> redFlags() {
    return redFlags;
  }

  public StringProperty redFlagAdviceProperty() {
    return redFlagAdvice;
  }

  public ObservableList<FindingModel> findings() {
    return findings;
  }

  public ObjectProperty<FindingModel> selectedProperty() {
    return selected;
  }

  public StringProperty responseProperty() {
    return response;
  }

  public StringProperty adverseReactionsProperty() {
    return adverseReactions;
  }

  public StringProperty nextFocusProperty() {
    return nextFocus;
  }

  public StringProperty frequencyProperty() {
    return frequency;
  }

  public StringProperty homeCareProperty() {
    return homeCare;
  }

  public StringProperty referralProperty() {
    return referral;
  }

  public ReadOnlyStringProperty saveStatusProperty() {
    return saveStatus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty unsavedProperty() {
    return unsaved.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** The draft as it was last saved; changes after every autosave or flush. */
  public ReadOnlyObjectProperty<SessionNote> savedNoteProperty() {
    return savedNote.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SessionNote> signedNoteProperty() {
    return signedNote.getReadOnlyProperty();
  }

  /** Everything that still stands in the way of signing, in words; empty when it can be signed. */
  public ObjectBinding<List<String>> signProblemsBinding() {
    return signProblems;
  }

  /** An emergency red-flag question is answered yes. */
  public BooleanBinding urgentBinding() {
    return urgent;
  }

  /** A red flag answered yes means no treatment today: techniques cannot be added. */
  public BooleanBinding noTreatmentBinding() {
    return noTreatment;
  }

  /** The questions answered yes, in screen order. */
  public ObjectBinding<List<RedFlagQuestion>> answeredYesBinding() {
    return answeredYes;
  }

  /** The red-flag questions put to this client, in screen order. */
  public List<RedFlagQuestion> askedQuestions() {
    return asked;
  }

  /**
   * Why the client's record raises this question ("history of cancer …"); empty when it does not.
   */
  public Optional<String> reasonAsked(RedFlagQuestion q) {
    return Optional.ofNullable(raised.get(q));
  }

  /** The emergency number and same-day help named in the advice. */
  public EmergencyNumbers emergencyNumbers() {
    return numbers;
  }

  public ObjectBinding<List<String>> positionCautionsBinding() {
    return positionCautions;
  }
}
