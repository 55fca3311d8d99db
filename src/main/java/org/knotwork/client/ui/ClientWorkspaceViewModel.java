package org.knotwork.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.knotwork.client.Client;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.DialogService.UnsavedChoice;
import org.knotwork.ui.UnsavedEditor;

/**
 * The client list and the open client side by side. Guards unsaved changes whenever the therapist
 * moves to another client, starts a new one or leaves the screen.
 */
public final class ClientWorkspaceViewModel {
  private final ClientListViewModel list;
  private final ClientEditorViewModel editor;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper editorOpen = new ReadOnlyBooleanWrapper(this, "editorOpen");
  private final BooleanBinding archived;
  private final List<OtherEditor> otherEditors = new ArrayList<>();
  private Runnable showIntake = () -> {};

  /** An editor asked after the intake, and what brings it in front when it is kept open. */
  private record OtherEditor(UnsavedEditor editor, Runnable bringForward) {}

  public ClientWorkspaceViewModel(
      ClientListViewModel list, ClientEditorViewModel editor, DialogService dialogs) {
    this.list = list;
    this.editor = editor;
    this.dialogs = dialogs;
    this.archived =
        Bindings.createBooleanBinding(
            () -> editor.storedProperty().get().isArchived(), editor.storedProperty());
  }

  public ClientListViewModel list() {
    return list;
  }

  public ClientEditorViewModel editor() {
    return editor;
  }

  public ReadOnlyBooleanProperty editorOpenProperty() {
    return editorOpen.getReadOnlyProperty();
  }

  public BooleanBinding archivedBinding() {
    return archived;
  }

  /**
   * Another editor of the open client (a draft plan) whose unsaved changes are asked about too,
   * after the intake's, whenever the therapist leaves.
   */
  public void alsoAsk(UnsavedEditor editor) {
    alsoAsk(editor, () -> {});
  }

  /**
   * Like {@link #alsoAsk(UnsavedEditor)}; when the therapist keeps editing there (or a save cannot
   * go ahead yet), {@code bringForward} shows that editor, so they see the work they kept.
   */
  public void alsoAsk(UnsavedEditor editor, Runnable bringForward) {
    otherEditors.add(new OtherEditor(editor, bringForward));
  }

  /**
   * What shows the intake form when the therapist keeps editing it, or must put a field right
   * before it can be saved: they may have asked to leave from another section of the client.
   */
  public void setShowIntake(Runnable show) {
    showIntake = show == null ? () -> {} : show;
  }

  /** Loads the list for the first time. */
  public void start() {
    list.refresh();
  }

  /**
   * Opens a client after dealing with unsaved changes. Returns false when the therapist chose to
   * keep editing the current one.
   */
  public boolean open(long id) {
    Long current = editor.storedProperty().get().id();
    if (editorOpen.get() && current != null && current == id) {
      return true;
    }
    return leaveCurrent(() -> editor.open(id, () -> editorOpen.set(true)));
  }

  /** Starts a new client record after dealing with unsaved changes. */
  public boolean startNew() {
    return leaveCurrent(
        () -> {
          editor.startNew();
          editorOpen.set(true);
        });
  }

  /** Saves, then refreshes the list so the record shows where it now belongs. */
  public void save(Consumer<Client> onSaved) {
    editor.save(
        saved -> {
          list.refresh();
          onSaved.accept(saved);
        });
  }

  /** Throws away unsaved changes; a new record that was never saved closes. */
  public void cancel() {
    editor.revert();
    if (editor.storedProperty().get().id() == null) {
      editorOpen.set(false);
    }
  }

  public void toggleArchived(Consumer<Client> onDone) {
    Consumer<Client> refreshThen =
        client -> {
          list.refresh();
          onDone.accept(client);
        };
    if (editor.storedProperty().get().isArchived()) {
      editor.unarchive(refreshThen);
    } else if (dialogs.confirm(
        "Archive this client?",
        "Archived clients leave the client list but keep every record. "
            + "Tick “Show archived” to find them again and bring them back.",
        "Archive")) {
      editor.archive(refreshThen);
    }
  }

  /**
   * Forgets a client whose record was deleted elsewhere: closes it if it is open (showing nothing
   * of it any more) and refreshes the list.
   */
  public void forget(long id) {
    Long current = editor.storedProperty().get().id();
    if (current != null && current == id) {
      editor.startNew();
      editorOpen.set(false);
    }
    list.refresh();
  }

  /**
   * Asks about unsaved changes before the app closes or the screen changes, then runs {@code
   * proceed} once it is safe: at once when nothing is unsaved or the changes were discarded, only
   * after the save succeeded when the therapist chose to save, never when they keep editing.
   */
  public void leave(Runnable proceed) {
    leaveCurrent(proceed);
  }

  /**
   * Asks every editor with unsaved changes first, bringing forward the one kept open, if any; only
   * when none is kept open are the answers carried out (saves in turn, each after the one before
   * succeeded), then {@code next}.
   */
  private boolean leaveCurrent(Runnable next) {
    List<Consumer<Runnable>> steps = new ArrayList<>();
    Optional<Consumer<Runnable>> intake = askAboutIntake();
    if (intake.isEmpty()) {
      showIntake.run();
      return false;
    }
    steps.add(intake.get());
    for (OtherEditor other : otherEditors) {
      Optional<Consumer<Runnable>> step = other.editor().askToLeave();
      if (step.isEmpty()) {
        other.bringForward().run();
        return false;
      }
      steps.add(step.get());
    }
    runInTurn(steps, 0, next);
    return true;
  }

  private static void runInTurn(List<Consumer<Runnable>> steps, int from, Runnable last) {
    if (from == steps.size()) {
      last.run();
    } else {
      steps.get(from).accept(() -> runInTurn(steps, from + 1, last));
    }
  }

  private Optional<Consumer<Runnable>> askAboutIntake() {
    if (!editorOpen.get() || !editor.dirtyBinding().get()) {
      return Optional.of(UnsavedEditor.NOTHING_UNSAVED);
    }
    String who =
        editor.draft().fullName().isBlank() ? "this new client" : editor.draft().fullName();
    UnsavedChoice choice = dialogs.askUnsavedChanges("the intake form of " + who);
    switch (choice) {
      case SAVE -> {
        if (!editor.validBinding().get()) {
          editor.save(saved -> {});
          return Optional.empty();
        }
        return Optional.of(then -> save(saved -> then.run()));
      }
      case DISCARD -> {
        return Optional.of(
            then -> {
              editor.revert();
              then.run();
            });
      }
      default -> {
        return Optional.empty();
      }
    }
  }
}
