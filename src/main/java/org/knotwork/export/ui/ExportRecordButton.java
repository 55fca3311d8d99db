package org.knotwork.export.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.knotwork.client.Client;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Export record…" beside the open client's name, with progress and the result. */
public final class ExportRecordButton extends HBox {
  public ExportRecordButton(RecordExportViewModel vm, ObservableValue<Client> client) {
    super(8);
    setId("export-record");
    setAlignment(Pos.CENTER_RIGHT);
    Button export = new Button("Export record…", new FontIcon(Material2MZ.SAVE_ALT));
    export.setId("export-record-button");
    export.setTooltip(
        new Tooltip(
            "Save everything held about this client as one ZIP file for them to keep"
                + " (a PDF to read and the same as data)"));
    export
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                    () -> client.getValue() == null || client.getValue().id() == null, client)
                .or(vm.busyProperty()));
    export.setOnAction(
        e -> {
          Client c = client.getValue();
          if (c != null && c.id() != null) {
            vm.exportClient(c.id(), c.fullName());
          }
        });
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(18, 18);
    working.visibleProperty().bind(vm.busyProperty());
    working.managedProperty().bind(working.visibleProperty());
    Label status = new Label();
    status.setId("export-record-status");
    status.getStyleClass().add("text-muted");
    status.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    status.setMinWidth(0);
    status.textProperty().bind(vm.statusProperty());
    status
        .tooltipProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    vm.statusProperty().get().isEmpty()
                        ? null
                        : new Tooltip(vm.statusProperty().get()),
                vm.statusProperty()));
    // The line about the last export belongs to the client it was made for.
    client.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || !java.util.Objects.equals(old.id(), now.id())) {
            vm.clearStatus();
          }
        });
    getChildren().addAll(status, working, export);
  }
}
