package org.knotwork.client.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.knotwork.client.Client;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.OpenEditors;
import org.knotwork.ui.UnsavedWork;

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
  private final OpenEditors editors;
  private Runnable showIntake = () -> {};

  public ClientWorkspaceViewModel(
      ClientListViewModel list, ClientEditorViewModel editor, DialogService dialogs) {
    this.list = list;
    this.editor = editor;
    this.dialogs = dialogs;
    this.editors = new OpenEditors(dialogs);
    editors.register(new Intake());
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
   * Another editor of the open client (a draft plan, the session note) whose unsaved changes are
   * asked about too, after the intake's, whenever the therapist leaves. Register it {@link
   * UnsavedWork#shownBy shown by} what brings it in front, so a kept editor is seen.
   */
  public void alsoAsk(UnsavedWork editor) {
    editors.register(editor);
  }

  /** The open client's editors, as one, for the window's leaving paths and its lock. */
  public UnsavedWork unsavedWork() {
    return editors;
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
   * Asks once about every editor with unsaved changes, bringing forward the one kept open, if any;
   * only when none is kept open are the answers carried out (saves in turn, each after the one
   * before succeeded), then {@code next}.
   */
  private boolean leaveCurrent(Runnable next) {
    return editors.leave(next);
  }

  /** The intake form: saving refreshes the list, discarding closes a record never saved. */
  private final class Intake implements UnsavedWork {
    @Override
    public boolean hasUnsavedChanges() {
      return editorOpen.get() && editor.hasUnsavedChanges();
    }

    @Override
    public String describe() {
      return editor.describe();
    }

    @Override
    public boolean canSave() {
      return editor.canSave();
    }

    @Override
    public void showProblems() {
      editor.showProblems();
    }

    @Override
    public void save(Runnable then) {
      ClientWorkspaceViewModel.this.save(saved -> then.run());
    }

    @Override
    public void discard() {
      editor.revert();
    }

    @Override
    public void bringForward() {
      showIntake.run();
    }
  }
}
