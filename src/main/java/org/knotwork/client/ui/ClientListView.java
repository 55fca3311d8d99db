package org.knotwork.client.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.client.ClientSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Search box, the virtualised list of clients, the "New client" button and the way in to importing
 * clients from a spreadsheet.
 */
final class ClientListView extends VBox {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault());

  private final TextField search = new TextField();
  private final ListView<ClientSummary> list = new ListView<>();
  private Runnable importClients = () -> {};

  ClientListView(ClientListViewModel vm, Runnable newClient) {
    getStyleClass().add("client-list-pane");
    setSpacing(8);
    setPadding(new Insets(12));

    search.setId("client-search");
    search.setPromptText("Search clients (Ctrl+F)");
    search.setTooltip(new Tooltip("Type part of a name, phone number or e-mail address (Ctrl+F)"));
    search.setAccessibleText("Search clients");
    search.textProperty().bindBidirectional(vm.queryProperty());
    search.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
            list.requestFocus();
          } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
            list.requestFocus();
            list.getSelectionModel().selectFirst();
          } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
          }
        });
    // Inside the field's row, always in its place (only shown while there is text), so the field
    // never changes width under the pointer.
    Button clear = new Button(null, new FontIcon(Material2AL.CLEAR));
    clear.setId("client-search-clear");
    clear.getStyleClass().addAll("flat", "button-icon");
    clear.setTooltip(new Tooltip("Clear the search (Esc)"));
    clear.setAccessibleText("Clear the search");
    clear.setFocusTraversable(false);
    clear.visibleProperty().bind(search.textProperty().isNotEmpty());
    clear.setOnAction(
        e -> {
          search.clear();
          search.requestFocus();
        });
    FontIcon searchIcon = new FontIcon(Material2MZ.SEARCH);

    Button add = new Button("New client", new FontIcon(Material2MZ.PERSON_ADD));
    add.setId("client-new");
    add.setTooltip(new Tooltip("Add a client (Ctrl+N)"));
    add.setOnAction(e -> newClient.run());
    add.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(add, Priority.ALWAYS);
    Button importButton = new Button("Import…", new FontIcon(Material2AL.FILE_UPLOAD));
    importButton.setMinWidth(Region.USE_PREF_SIZE);
    importButton.setId("client-import");
    importButton.setTooltip(new Tooltip("Import clients from a spreadsheet (CSV)…"));
    importButton.setAccessibleText("Import clients from a spreadsheet");
    importButton.setOnAction(e -> importClients.run());
    HBox addRow = new HBox(6, add, importButton);

    CheckBox archived = new CheckBox("Show archived");
    archived.setId("client-show-archived");
    archived.setMinWidth(Region.USE_PREF_SIZE);
    archived.selectedProperty().bindBidirectional(vm.showArchivedProperty());
    Label count = new Label();
    count.setId("client-count");
    count.getStyleClass().add("text-muted");
    count.textProperty().bind(vm.countTextBinding());
    count.setMinWidth(Region.USE_PREF_SIZE);
    // Side by side where both fit; "8 clients (archived included)" goes under the checkbox
    // rather than squeezing it.
    javafx.scene.layout.FlowPane filterRow =
        new javafx.scene.layout.FlowPane(16, 4, archived, count);
    filterRow.setAlignment(Pos.CENTER_LEFT);

    Label empty = new Label();
    empty.setWrapText(true);
    empty.setId("client-list-empty");
    empty.getStyleClass().add("empty-state");
    empty.textProperty().bind(vm.emptyMessageBinding());
    Hyperlink importLink = new Hyperlink("Import from a spreadsheet…");
    importLink.setWrapText(true);
    importLink.setId("client-list-import");
    importLink.setOnAction(e -> importClients.run());
    importLink.visibleProperty().bind(vm.noClientsYetBinding());
    importLink.managedProperty().bind(importLink.visibleProperty());
    VBox placeholder = new VBox(8, empty, importLink);
    placeholder.setAlignment(Pos.CENTER);
    placeholder.setPadding(new Insets(0, 12, 0, 12));
    list.setPlaceholder(placeholder);
    list.setId("client-list");
    list.setAccessibleText("Clients");
    list.setItems(vm.clients());
    list.setCellFactory(v -> new ClientCell());
    VBox.setVgrow(list, Priority.ALWAYS);

    Label more = new Label();
    more.setId("client-list-more");
    more.setWrapText(true);
    more.getStyleClass().addAll("text-muted", "text-small");
    more.textProperty().bind(vm.moreHintBinding());
    more.visibleProperty().bind(vm.moreHintBinding().isNotEmpty());
    more.managedProperty().bind(more.visibleProperty());

    HBox searchRow = new HBox(6, searchIcon, search, clear);
    searchRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(search, Priority.ALWAYS);
    getChildren().addAll(addRow, searchRow, filterRow, list, more);
  }

  /** What the import button and the empty list's import link do. */
  void setOnImport(Runnable action) {
    importClients = action;
  }

  ListView<ClientSummary> list() {
    return list;
  }

  void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  /** Two lines per client: name (and preferred name), then the last visit. */
  private static final class ClientCell extends ListCell<ClientSummary> {
    private final Label name = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, name, detail);

    ClientCell() {
      name.getStyleClass().add("client-cell-name");
      detail.getStyleClass().addAll("text-muted", "text-small");
    }

    @Override
    protected void updateItem(ClientSummary item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        setText(null);
        setAccessibleText(null);
        return;
      }
      String shown =
          item.preferredName() != null && !item.fullName().startsWith(item.preferredName())
              ? item.fullName() + " (" + item.preferredName() + ")"
              : item.fullName();
      name.setText(shown);
      String visit =
          item.lastVisit() == null ? "No visits yet" : "Last visit " + DAY.format(item.lastVisit());
      // The birth year tells two clients with the same name apart.
      String born = item.dateOfBirth() == null ? "" : "  ·  Born " + item.dateOfBirth().getYear();
      detail.setText(visit + born + (item.archived() ? "  ·  Archived" : ""));
      setText(null);
      setGraphic(box);
      setAccessibleText(shown + ", " + detail.getText());
    }
  }
}
