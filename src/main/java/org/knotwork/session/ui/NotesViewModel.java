package org.knotwork.session.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.Client;
import org.knotwork.safety.EmergencyNumbers;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.QuickPhrases;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionService;
import org.knotwork.session.SessionSummary;
import org.knotwork.session.SignerMissingException;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.Scheduler;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * A client's notes: the list, the note that is open (a draft being written or a signed one being
 * read), starting a note (blank or copied forward), and picking up a draft left unsigned.
 */
public final class NotesViewModel implements org.knotwork.ui.UnsavedWork {
  private final SessionService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private SignerPrompt signerPrompt = SignerPrompt.NONE;
  private final Scheduler scheduler;
  private final Clock clock;
  private final ObservableList<SessionSummary> notes = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Client> client = new ReadOnlyObjectWrapper<>(this, "client");
  private final ReadOnlyObjectWrapper<SessionNoteViewModel> draft =
      new ReadOnlyObjectWrapper<>(this, "draft");
  private final ReadOnlyObjectWrapper<SessionNote> reading =
      new ReadOnlyObjectWrapper<>(this, "reading");
  private final ObjectBinding<Optional<SessionSummary>> waitingDraft;
  private QuickPhrases phrases = new QuickPhrases(List.of());
  private EmergencyNumbers numbers = EmergencyNumbers.NOT_SET;
  private final javafx.beans.property.ReadOnlyIntegerWrapper revision =
      new javafx.beans.property.ReadOnlyIntegerWrapper(this, "revision");

  public NotesViewModel(
      SessionService service,
      TaskExecutor executor,
      DialogService dialogs,
      Scheduler scheduler,
      Clock clock) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.scheduler = scheduler;
    this.clock = clock;
    waitingDraft =
        Bindings.createObjectBinding(
            () ->
                notes.stream()
                    .filter(n -> n.status() == NoteStatus.DRAFT)
                    .filter(n -> draft.get() == null || draft.get().original().id() != n.id())
                    .findFirst(),
            notes,
            draft);
    executor.execute(service::quickPhrases, p -> phrases = p, failure -> {});
    executor.execute(service::emergencyNumbers, n -> numbers = n, failure -> {});
    // The list shows the draft's regions and pain, so it follows every save of the draft.
    draft.addListener(
        (obs, old, now) -> {
          if (old != null) {
            old.savedNoteProperty().removeListener(draftSaved);
          }
          if (now != null) {
            now.savedNoteProperty().addListener(draftSaved);
          }
        });
  }

  private final javafx.beans.value.ChangeListener<SessionNote> draftSaved =
      (obs, old, now) -> refresh();

  /** Shows another client's notes (saving the open draft first). */
  public void show(Client newClient) {
    flush();
    executor.execute(service::quickPhrases, p -> phrases = p, failure -> {});
    executor.execute(service::emergencyNumbers, n -> numbers = n, failure -> {});
    boolean same =
        client.get() != null && newClient != null && client.get().id().equals(newClient.id());
    client.set(newClient);
    if (!same) {
      draft.set(null);
      reading.set(null);
    }
    refresh();
  }

  public void refresh() {
    Client c = client.get();
    if (c == null || c.id() == null) {
      notes.clear();
      return;
    }
    long id = c.id();
    executor.execute(
        () -> service.list(id),
        list -> {
          if (client.get() != null && client.get().id() == id) {
            update(list);
          }
        },
        failure ->
            dialogs.showError(
                "The notes could not be loaded", UserMessages.explain(failure, "Loading")));
  }

  /**
   * Replaces only the entries that changed when the list holds the same notes, so the list keeps
   * its selection and scroll position while a draft autosaves.
   */
  private void update(List<SessionSummary> list) {
    boolean sameNotes = list.size() == notes.size();
    for (int i = 0; sameNotes && i < list.size(); i++) {
      sameNotes = list.get(i).id() == notes.get(i).id();
    }
    if (!sameNotes) {
      notes.setAll(list);
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).equals(notes.get(i))) {
        notes.set(i, list.get(i));
      }
    }
  }

  /** Starts a new draft, blank or with the last signed note's findings carried over. */
  public void startNote(boolean copyForward) {
    Client c = client.get();
    if (c == null || c.id() == null) {
      return;
    }
    flush();
    executor.execute(
        () -> service.startNote(c.id(), copyForward),
        note -> {
          openDraft(note);
          refresh();
        },
        failure ->
            dialogs.showError(
                "The note was not started", UserMessages.explain(failure, "Starting a note")));
  }

  /** Opens a note from the list: a draft to go on writing, a signed one to read. */
  public void open(long sessionId) {
    if (draft.get() != null && draft.get().original().id() == sessionId) {
      return;
    }
    flush();
    executor.execute(
        () -> service.load(sessionId),
        note -> {
          if (note.signed()) {
            draft.set(null);
            reading.set(note);
          } else {
            openDraft(note);
          }
        },
        failure ->
            dialogs.showError(
                "The note could not be opened", UserMessages.explain(failure, "Opening")));
  }

  private void openDraft(SessionNote note) {
    reading.set(null);
    SessionNoteViewModel opened =
        new SessionNoteViewModel(
            note, client.get(), phrases, numbers, service, executor, dialogs, scheduler, clock);
    opened.askForSignerWith(signerPrompt);
    draft.set(opened);
  }

  /** The open draft was signed: show it read-only. */
  public void signed(SessionNote note) {
    draft.set(null);
    reading.set(note);
    refresh();
    revision.set(revision.get() + 1);
  }

  /**
   * Who to ask for the therapist's profile when signing a note or an addendum finds none (a
   * practice started before Knotwork asked for it).
   */
  public void askForSignerWith(SignerPrompt prompt) {
    this.signerPrompt = prompt;
    if (draft.get() != null) {
      draft.get().askForSignerWith(prompt);
    }
  }

  public void addAddendum(String reason, String text) {
    SessionNote note = reading.get();
    if (note == null) {
      return;
    }
    executor.execute(
        () -> service.addAddendum(note.id(), reason, text),
        updated -> {
          reading.set(updated);
          refresh();
          revision.set(revision.get() + 1);
        },
        failure -> {
          if (SignerMissingException.in(failure)
              && signerPrompt.askThenRun(() -> addAddendum(reason, text))) {
            return;
          }
          dialogs.showError(
              "The addendum was not added", UserMessages.explain(failure, "Adding it"));
        });
  }

  /** Deletes the open draft after asking. */
  public void discardDraft() {
    SessionNoteViewModel open = draft.get();
    if (open == null
        || !dialogs.confirm(
            "Discard this draft?",
            "The unsigned note for "
                + NoteSections.DAY_TIME.format(open.original().serviceStart())
                + " will be deleted. Signed notes are not affected.",
            "Discard draft")) {
      return;
    }
    long id = open.original().id();
    open.close();
    draft.set(null);
    executor.executeWhileUnlocked(
        () -> {
          service.discardDraft(id);
          return id;
        },
        done -> {
          refresh();
          revision.set(revision.get() + 1);
        },
        failure ->
            dialogs.showError(
                "The draft was not discarded", UserMessages.explain(failure, "Discarding")));
  }

  /** Saves the open draft now if it has unsaved changes. */
  public void flush() {
    if (draft.get() != null) {
      draft.get().flush();
    }
  }

  // ----- as unsaved work (decision 31): the open draft, which saves itself -----

  @Override
  public boolean savesItself() {
    return true;
  }

  @Override
  public boolean hasUnsavedChanges() {
    return draft.get() != null && draft.get().hasUnsavedChanges();
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
    then.run();
  }

  @Override
  public void discard() {}

  @Override
  public void saveQuietly() {
    flush();
  }

  /** Goes up whenever the therapist changes the record (signs, adds an addendum, discards). */
  public javafx.beans.property.ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ObservableList<SessionSummary> notes() {
    return notes;
  }

  public ReadOnlyObjectProperty<Client> clientProperty() {
    return client.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SessionNoteViewModel> draftProperty() {
    return draft.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SessionNote> readingProperty() {
    return reading.getReadOnlyProperty();
  }

  /** An unsigned draft other than the one open, e.g. left after a crash. */
  public ObjectBinding<Optional<SessionSummary>> waitingDraftBinding() {
    return waitingDraft;
  }

  public boolean canCopyForward() {
    return notes.stream().anyMatch(n -> n.status() == NoteStatus.SIGNED);
  }
}
