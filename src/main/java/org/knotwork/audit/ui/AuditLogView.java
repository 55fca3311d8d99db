package org.knotwork.audit.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.audit.AuditKind;
import org.knotwork.ui.Forms;
import org.knotwork.ui.Tables;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The audit log: what was done to which record and when, with filters and an export. */
public final class AuditLogView extends VBox {
  public AuditLogView(AuditLogViewModel vm) {
    super(10);
    setId("audit-log");
    setPadding(new Insets(16, 24, 16, 24));
    Label about =
        new Label(
            "Every time a record is opened, changed, signed, printed, exported, backed up,"
                + " restored, imported or deleted, and every lock, unlock and wrong passphrase, is noted"
                + " here. The log holds no clinical text and can never be changed.");
    about.setWrapText(true);
    about.getStyleClass().add("text-muted");

    ComboBox<AuditKind> kind = new ComboBox<>();
    kind.getItems().setAll(AuditKind.values());
    kind.valueProperty().bindBidirectional(vm.kindProperty());
    DatePicker from = Forms.datePicker();
    from.valueProperty().bindBidirectional(vm.fromProperty());
    from.setPrefWidth(190);
    DatePicker to = Forms.datePicker();
    to.valueProperty().bindBidirectional(vm.toProperty());
    to.setPrefWidth(190);
    Button export = new Button("Export log…", new FontIcon(Material2MZ.SAVE_ALT));
    export.setId("audit-export");
    export.setMinWidth(Region.USE_PREF_SIZE); // the filters give way first
    export.setTooltip(new Tooltip("Save every entry that matches the filters as a CSV file"));
    export.disableProperty().bind(vm.busyProperty());
    export.setOnAction(e -> vm.export());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(18, 18);
    working.visibleProperty().bind(vm.busyProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox filters =
        new HBox(
            12,
            Forms.field("Show", kind, "audit-kind", false),
            Forms.field("From", from, "audit-from", false),
            Forms.field("To", to, "audit-to", false),
            spacer,
            working,
            export);
    filters.setAlignment(Pos.BOTTOM_LEFT);

    TableView<AuditLogViewModel.Row> table = new TableView<>(vm.rows());
    table.setId("audit-table");
    table.setPlaceholder(new Label("No entries match these filters."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                Tables.column("When", AuditLogViewModel.Row::when, 150),
                Tables.column("What", AuditLogViewModel.Row::what, 170),
                Tables.column("Record", AuditLogViewModel.Row::record, 140),
                Tables.column("Client", AuditLogViewModel.Row::client, 180),
                Tables.column("Who", AuditLogViewModel.Row::who, 90),
                Tables.column("Detail", AuditLogViewModel.Row::detail)));
    VBox.setVgrow(table, Priority.ALWAYS);

    Label summary = new Label();
    summary.setId("audit-summary");
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(vm.summaryProperty());

    getChildren().addAll(Forms.sectionTitle("Audit log"), about, filters, table, summary);
  }
}
