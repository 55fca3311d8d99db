package org.knotwork.client.ui;

import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.client.ClientSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Clients screen: the list on the left, the open client (header and intake form) on the right.
 */
public final class ClientWorkspaceView extends BorderPane {
  private final ClientWorkspaceViewModel vm;
  private final ClientListView listView;
  private final ClientEditorView editorView;
  private final ClientHeaderView header;
  private boolean syncingSelection;

  /** A section of the open client shown as a tab before the intake form (e.g. Notes). */
  public record ClientTab(String title, String id, javafx.scene.Node content) {}

  private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();

  public ClientWorkspaceView(
      ClientWorkspaceViewModel vm, Clock clock, java.util.List<ClientTab> extraTabs) {
    this.vm = vm;
    setId("client-workspace");
    listView = new ClientListView(vm.list(), this::startNew);
    listView.setPrefWidth(290);
    listView.setMinWidth(280);
    editorView = new ClientEditorView(vm);
    header = new ClientHeaderView(vm.editor(), clock);
    header.setPadding(new Insets(16, 24, 8, 24));
    for (ClientTab t : extraTabs) {
      javafx.scene.control.Tab tab = new javafx.scene.control.Tab(t.title(), t.content());
      tab.setId(t.id());
      tab.setClosable(false);
      // Other sections need a saved client.
      tab.disableProperty()
          .bind(
              javafx.beans.binding.Bindings.createBooleanBinding(
                  () -> vm.editor().storedProperty().get().id() == null,
                  vm.editor().storedProperty()));
      tabs.getTabs().add(tab);
    }
    javafx.scene.control.Tab intake =
        new javafx.scene.control.Tab("Intake and health history", editorView);
    intake.setId("tab-intake");
    intake.setClosable(false);
    tabs.getTabs().add(intake);
    tabs.setId("client-tabs");
    BorderPane detail = new BorderPane(tabs);
    detail.setTop(header);
    detail.setMinWidth(0);
    detail.visibleProperty().bind(vm.editorOpenProperty());

    Label hint = new Label();
    hint.setId("client-workspace-hint");
    hint.setWrapText(true);
    hint.setMaxWidth(460);
    // An empty practice gets told how to begin, not to choose from a list that has nobody in it.
    hint.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.list().noClientsYetBinding())
                .then(
                    "No clients yet. Add your first client with “New client” at the top of the"
                        + " list (Ctrl+N), or bring in a list you already keep with “Import…”.")
                .otherwise("Choose a client on the left, or press Ctrl+N to add a new one."));
    hint.graphicProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () ->
                    new FontIcon(
                        vm.list().noClientsYetBinding().get()
                            ? Material2MZ.PERSON_ADD
                            : Material2MZ.PERSON_SEARCH),
                vm.list().noClientsYetBinding()));
    hint.getStyleClass().add("empty-state");
    hint.visibleProperty().bind(vm.editorOpenProperty().not());
    VBox hintBox = new VBox(hint);
    hintBox.setAlignment(Pos.CENTER);
    hintBox.visibleProperty().bind(hint.visibleProperty());

    setLeft(listView);
    StackPane center = new StackPane(hintBox, detail);
    center.setMinWidth(0);
    setCenter(center);
    wireSelection();
    // Only another record starts the form afresh: saving a new client gives it an id, but the
    // therapist is still where they were in its form.
    // The list marks the client whose record is open, also when it opens only after a save that
    // the question on leaving asked for (next pulse: not inside a selection listener).
    vm.editor()
        .openedProperty()
        .addListener(
            (obs, old, now) -> {
              editorView.recordChanged();
              Platform.runLater(this::reselectCurrent);
            });
    sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
    // "Keep editing" shows the intake form with its unsaved changes, back in the field last used
    // (next pulse: a click on another client in the list would take the focus after this).
    vm.setShowIntake(
        () -> {
          tabs.getSelectionModel().select(intake);
          Platform.runLater(editorView::returnFocus);
        });
  }

  private void wireSelection() {
    ListView<ClientSummary> list = listView.list();
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, selected) -> {
              if (syncingSelection || selected == null) {
                return;
              }
              boolean otherClient =
                  vm.editor().storedProperty().get().id() == null
                      || vm.editor().storedProperty().get().id() != selected.id();
              if (vm.open(selected.id())) {
                if (otherClient) {
                  // A client chosen from the list opens on their first section (their notes).
                  tabs.getSelectionModel().select(0);
                }
              } else {
                // Changing the selection from inside its own listener confuses the ListView; do it
                // next pulse.
                Platform.runLater(this::reselectCurrent);
              }
            });
    list.getItems()
        .addListener(
            (javafx.collections.ListChangeListener<ClientSummary>)
                change -> {
                  // Where the open client's row stood before the list changed, while the rows on
                  // screen still show the old list (they are redrawn at the next layout).
                  Double rowTop = openClientRowTop(list);
                  reselectCurrent();
                  int selected = list.getSelectionModel().getSelectedIndex();
                  if (rowTop != null && selected >= 0) {
                    // The list may re-sort, but the open client stays where it was on screen.
                    keepRowAt(list, selected, rowTop);
                  } else {
                    // A new result list starts at the top, or where the open client now stands.
                    list.scrollTo(Math.max(selected, 0));
                  }
                });
  }

  /** The top of the open client's row within the list, or null when it is not on screen. */
  private Double openClientRowTop(ListView<ClientSummary> list) {
    Long current = vm.editorOpenProperty().get() ? vm.editor().storedProperty().get().id() : null;
    if (current == null
        || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
        || flow.getFirstVisibleCell() == null) {
      return null;
    }
    for (int i = flow.getFirstVisibleCell().getIndex();
        i <= flow.getLastVisibleCell().getIndex();
        i++) {
      IndexedCell<?> cell = flow.getVisibleCell(i);
      if (cell != null
          && cell.getItem() instanceof ClientSummary shown
          && shown.id() == current
          && cell.getLayoutY() >= 0
          && cell.getLayoutY() < flow.getHeight()) {
        return cell.getLayoutY();
      }
    }
    return null;
  }

  /** Scrolls so that row {@code index} starts {@code top} pixels below the list's top edge. */
  private static void keepRowAt(ListView<ClientSummary> list, int index, double top) {
    if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
      flow.scrollToTop(index);
      flow.scrollPixels(-top);
    }
  }

  private void reselectCurrent() {
    Long current = vm.editorOpenProperty().get() ? vm.editor().storedProperty().get().id() : null;
    syncingSelection = true;
    try {
      ListView<ClientSummary> list = listView.list();
      list.getItems().stream()
          .filter(s -> current != null && s.id() == current)
          .findFirst()
          .ifPresentOrElse(
              s -> list.getSelectionModel().select(s),
              () -> list.getSelectionModel().clearSelection());
    } finally {
      syncingSelection = false;
    }
  }

  private void startNew() {
    if (vm.startNew()) {
      tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
      reselectCurrent();
      editorView.focusName();
    }
  }

  private void installShortcuts(Scene scene) {
    if (scene == null) {
      return;
    }
    var keys = scene.getAccelerators();
    keys.put(
        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), whenShown(this::startNew));
    keys.put(
        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
        whenShown(listView::focusSearch));
    keys.put(
        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
        whenShown(
            () -> {
              if (vm.editorOpenProperty().get()) {
                editorView.save();
              }
            }));
    keys.put(
        new KeyCodeCombination(KeyCode.ESCAPE),
        whenShown(
            () -> {
              if (vm.editorOpenProperty().get()) {
                editorView.cancel();
              }
            }));
  }

  private Runnable whenShown(Runnable action) {
    return () -> {
      if (isVisible() && getScene() != null) {
        action.run();
      }
    };
  }

  /** The id of the section in front, e.g. "tab-overview". */
  public javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.control.Tab>
      selectedTabProperty() {
    return tabs.getSelectionModel().selectedItemProperty();
  }

  /** Brings one of the client's sections to the front, by its tab id. */
  /** Adds an action for the open client to the header, beside the client's name. */
  public void addHeaderAction(javafx.scene.Node action) {
    header.addAction(action);
  }

  public void selectTab(String id) {
    tabs.getTabs().stream()
        .filter(t -> id.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  /** What "Import clients…" in the client list does. */
  public void setOnImportClients(Runnable action) {
    listView.setOnImport(action);
  }
}
