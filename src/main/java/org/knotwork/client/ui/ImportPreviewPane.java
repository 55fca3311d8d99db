package org.knotwork.client.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.client.ui.ImportClientsViewModel.PreviewRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The clients a file would add: a count, the "also add the likely duplicates" box and a virtualised
 * table with the duplicates marked in words and with an icon.
 */
final class ImportPreviewPane extends VBox {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault());

  private final ImportClientsViewModel vm;
  private final TableView<PreviewRow> table = new TableView<>();

  ImportPreviewPane(ImportClientsViewModel vm) {
    this.vm = vm;
    setSpacing(10);

    Label summary = new Label();
    summary.setId("import-summary");
    summary.setWrapText(true);
    summary.getStyleClass().add("import-summary");
    summary.setGraphic(new FontIcon(Material2MZ.PEOPLE_OUTLINE));
    summary.textProperty().bind(vm.summaryBinding());

    CheckBox include = new CheckBox();
    include.setId("import-include-duplicates");
    include.textProperty().bind(vm.includeDuplicatesTextBinding());
    include.selectedProperty().bindBidirectional(vm.includeDuplicatesProperty());
    Label why =
        new Label(
            "A likely duplicate has the same name and date of birth as a client you already have,"
                + " or as an earlier line of this file. Tick the box only if they are different"
                + " people.");
    why.setWrapText(true);
    why.getStyleClass().addAll("text-muted", "text-small");
    VBox duplicates = new VBox(2, include, why);
    duplicates.visibleProperty().bind(vm.duplicatesBinding().greaterThan(0));
    duplicates.managedProperty().bind(duplicates.visibleProperty());

    Label ignored = new Label();
    ignored.setId("import-ignored-columns");
    ignored.setWrapText(true);
    ignored.getStyleClass().addAll("text-muted", "text-small");
    ignored.textProperty().bind(vm.ignoredColumnsProperty());
    ignored.visibleProperty().bind(vm.ignoredColumnsProperty().isNotEmpty());
    ignored.managedProperty().bind(ignored.visibleProperty());

    buildTable();
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(summary, duplicates, ignored, table);
    vm.includeDuplicatesProperty().addListener((obs, old, now) -> table.refresh());
  }

  private void buildTable() {
    table.setId("import-table");
    table.setAccessibleText("Clients in the file");
    table.setItems(vm.rows());
    table.setPlaceholder(new Label("The file holds no clients."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<PreviewRow, String> line = column("Line", r -> String.valueOf(r.line()));
    line.setMinWidth(56);
    line.setMaxWidth(70);
    line.getStyleClass().add("import-line-column");
    TableColumn<PreviewRow, String> name = column("Name", PreviewRow::fullName);
    name.setPrefWidth(200);
    TableColumn<PreviewRow, String> born =
        column("Date of birth", r -> r.dateOfBirth() == null ? "" : DAY.format(r.dateOfBirth()));
    born.setPrefWidth(115);
    born.setMinWidth(110);
    TableColumn<PreviewRow, String> phone = column("Phone", PreviewRow::phone);
    phone.setPrefWidth(130);
    TableColumn<PreviewRow, String> email = column("Email", PreviewRow::email);
    email.setPrefWidth(240);
    TableColumn<PreviewRow, PreviewRow> duplicate = new TableColumn<>("Likely duplicate");
    duplicate.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    duplicate.setCellFactory(c -> new DuplicateCell());
    duplicate.setPrefWidth(300);
    duplicate.setSortable(false);
    table.getColumns().addAll(java.util.List.of(line, name, born, phone, email, duplicate));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(PreviewRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean marked = !empty && item != null && item.likelyDuplicate();
                getStyleClass().remove("import-duplicate-row");
                getStyleClass().remove("import-left-out-row");
                if (marked) {
                  getStyleClass().add("import-duplicate-row");
                  if (!vm.includeDuplicatesProperty().get()) {
                    getStyleClass().add("import-left-out-row");
                  }
                }
              }
            });
  }

  private static TableColumn<PreviewRow, String> column(
      String title, Function<PreviewRow, String> value) {
    return org.knotwork.ui.Tables.column(title, value);
  }

  /** "Already a client · left out", with an icon and the reason as tooltip; empty for others. */
  private final class DuplicateCell extends TableCell<PreviewRow, PreviewRow> {
    DuplicateCell() {
      getStyleClass().add("import-duplicate-cell");
    }

    @Override
    protected void updateItem(PreviewRow item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null || !item.likelyDuplicate()) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      boolean added = vm.includeDuplicatesProperty().get();
      setText(item.duplicateOf() + (added ? " · will be added" : " · left out"));
      setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
      setTooltip(
          new javafx.scene.control.Tooltip(
              "Same name and date of birth as "
                  + (item.duplicateOf().startsWith("Same as")
                      ? item.duplicateOf().substring("Same as ".length()) + " of this file"
                      : "a client you already have")
                  + (added ? ". It will be added anyway." : ". It is left out.")));
    }
  }
}
