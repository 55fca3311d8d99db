package org.knotwork.client.ui;

import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
  private boolean syncingSelection;

  public ClientWorkspaceView(ClientWorkspaceViewModel vm, Clock clock) {
    this.vm = vm;
    setId("client-workspace");
    listView = new ClientListView(vm.list(), this::startNew);
    listView.setPrefWidth(330);
    listView.setMinWidth(280);
    editorView = new ClientEditorView(vm);
    ClientHeaderView header = new ClientHeaderView(vm.editor(), clock);
    header.setPadding(new Insets(16, 24, 8, 24));
    BorderPane detail = new BorderPane(editorView);
    detail.setTop(header);
    detail.setMinWidth(0);
    detail.visibleProperty().bind(vm.editorOpenProperty());

    Label hint = new Label("Choose a client on the left, or press Ctrl+N to add a new one.");
    hint.setGraphic(new FontIcon(Material2MZ.PERSON_SEARCH));
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
    vm.editor()
        .storedProperty()
        .addListener(
            (obs, old, now) -> {
              if (old == null || now == null || !java.util.Objects.equals(old.id(), now.id())) {
                editorView.recordChanged();
              }
            });
    sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
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
              if (!vm.open(selected.id())) {
                // Changing the selection from inside its own listener confuses the ListView; do it
                // next pulse.
                Platform.runLater(this::reselectCurrent);
              }
            });
    list.getItems()
        .addListener(
            (javafx.collections.ListChangeListener<ClientSummary>)
                change -> {
                  reselectCurrent();
                  // A new result list starts at the top, or where the open client now stands.
                  int selected = list.getSelectionModel().getSelectedIndex();
                  list.scrollTo(Math.max(selected, 0));
                });
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

  /** Loads the list; called once the screen is shown. */
  public void start() {
    vm.start();
  }
}
