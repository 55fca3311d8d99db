package org.knotwork.retention.ui;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.retention.RetentionPolicy;
import org.knotwork.ui.Forms;
import org.knotwork.ui.Tables;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Retention review: how long records are kept, which are past it, export and delete. */
public final class RetentionView extends VBox {
  /**
   * @param exportRecord exports one client's record (id, full name) before it is deleted
   */
  public RetentionView(RetentionViewModel vm, BiConsumer<Long, String> exportRecord) {
    super(10);
    setId("retention");
    setPadding(new Insets(16, 24, 16, 24));
    Label about =
        new Label(
            "Records must be kept for a time after the last visit; how long depends on where you"
                + " work and who you are registered or insured with. Once that time has passed, a"
                + " record is listed here so you can decide what to do with it. Nothing is ever"
                + " deleted without you.");
    about.setId("retention-about");
    about.setWrapText(true);
    about.setMinHeight(Region.USE_PREF_SIZE);
    about.getStyleClass().add("text-muted");

    Spinner<Integer> years =
        spinner(
            "retention-years",
            RetentionPolicy.MIN_YEARS,
            RetentionPolicy.MAX_YEARS,
            10,
            "Years to keep records after the last visit");
    bind(years, vm.yearsProperty());
    Spinner<Integer> age =
        spinner(
            "retention-adult-age",
            RetentionPolicy.MIN_ADULT_AGE,
            RetentionPolicy.MAX_ADULT_AGE,
            18,
            "Age from which a minor's retention period counts");
    bind(age, vm.adultAgeProperty());
    Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
    save.setId("retention-save");
    save.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !vm.policyChanged(), vm.yearsProperty(), vm.adultAgeProperty()));
    save.setOnAction(e -> vm.savePolicy());
    HBox yearsRow =
        row(new Label("Keep each record for"), years, new Label("years after the last visit."));
    HBox ageRow =
        row(
            new Label("For someone first seen as a minor, at least as long after they turn"),
            age,
            save);
    Label status = new Label();
    status.setId("retention-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());

    CheckBox all = new CheckBox("Show every client, not only those due");
    all.setId("retention-show-all");
    all.selectedProperty().bindBidirectional(vm.showAllProperty());
    Label summary = new Label();
    summary.setId("retention-summary");
    summary.textProperty().bind(vm.summaryProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox listHeader = row(summary, spacer, all);

    TableView<RetentionViewModel.Row> table = new TableView<>(vm.rows());
    table.setId("retention-table");
    table.setPlaceholder(
        new Label("Tick “Show every client” to see how long each record is kept."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<RetentionViewModel.Row, RetentionViewModel.Row> state = new TableColumn<>("Status");
    state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    state.setCellFactory(c -> new StateCell());
    table
        .getColumns()
        .addAll(
            List.of(
                Tables.column("Client", RetentionViewModel.Row::name, 240),
                Tables.column("Born", RetentionViewModel.Row::born, 110),
                Tables.column("Last visit", RetentionViewModel.Row::lastVisit, 110),
                Tables.column("Keep until", RetentionViewModel.Row::keptUntil, 110),
                state));
    VBox.setVgrow(table, Priority.ALWAYS);

    var selected = table.getSelectionModel().selectedItemProperty();
    Button export = new Button("Export record…", new FontIcon(Material2MZ.SAVE_ALT));
    export.setId("retention-export");
    export.setTooltip(new Tooltip("Save the whole record as a ZIP before deciding"));
    export.disableProperty().bind(selected.isNull());
    export.setOnAction(
        e -> {
          var row = selected.get();
          exportRecord.accept(row.record().clientId(), row.record().fullName());
        });
    Button delete = new Button("Delete record…", new FontIcon(Material2AL.DELETE_FOREVER));
    delete.setId("retention-delete");
    delete.getStyleClass().add("danger");
    delete.setTooltip(
        new Tooltip(
            "Remove every part of this client's record; you will be asked to type the name"));
    delete.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
    delete.setOnAction(e -> vm.delete(selected.get()));
    HBox actions = row(export, delete);

    getChildren()
        .addAll(
            Forms.sectionTitle("Retention"),
            about,
            yearsRow,
            ageRow,
            status,
            listHeader,
            table,
            actions);
  }

  private static Spinner<Integer> spinner(
      String id, int min, int max, int initial, String accessibleText) {
    Spinner<Integer> spinner = Forms.spinner(min, max, initial, 1);
    spinner.setId(id);
    spinner.setPrefWidth(90);
    spinner.setAccessibleText(accessibleText);
    return spinner;
  }

  private static void bind(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
    value.addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
    spinner
        .getValueFactory()
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                value.set(b);
              }
            });
  }

  private static HBox row(javafx.scene.Node... nodes) {
    HBox row = new HBox(10, nodes);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  /** "Due for review" with a clock icon and amber text; "Keep" plain. Words, never colour alone. */
  private static final class StateCell
      extends TableCell<RetentionViewModel.Row, RetentionViewModel.Row> {
    @Override
    protected void updateItem(RetentionViewModel.Row row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().remove("retention-due");
      if (empty || row == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      setText(row.state());
      if (row.due()) {
        getStyleClass().add("retention-due");
        setGraphic(new FontIcon(Material2MZ.SCHEDULE));
      } else {
        setGraphic(null);
      }
    }
  }
}
