package org.knotwork.export.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: export every client's complete record into one file. */
public final class ExportPracticeView extends VBox {
  public ExportPracticeView(RecordExportViewModel vm) {
    super(10);
    setId("export-settings");
    Label about =
        new Label(
            "Saves every client's complete record, archived clients too, in one ZIP file: a"
                + " readable PDF and the same record as data for each client. Use it when you"
                + " move to other software or hand your records on. The file is not protected by"
                + " your passphrase, and it is not a backup.");
    about.setWrapText(true);
    about.getStyleClass().add("text-muted");
    Button export = new Button("Export all records…", new FontIcon(Material2MZ.SAVE_ALT));
    export.setId("export-practice");
    export.setMinWidth(Region.USE_PREF_SIZE);
    export.setOnAction(e -> vm.exportPractice());
    // The button is off while the export runs. Were it holding the focus then, the focus would
    // pass to the next field down the page and the page would scroll away to it; this section
    // keeps the focus instead, so the page stays where the therapist is looking.
    setFocusTraversable(false);
    vm.busyProperty()
        .addListener(
            (obs, was, busy) -> {
              if (busy && export.isFocused()) {
                requestFocus();
              }
              export.setDisable(busy);
            });
    export.setDisable(vm.busyProperty().get());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(18, 18);
    working.visibleProperty().bind(vm.busyProperty());
    working.managedProperty().bind(working.visibleProperty());
    HBox row = new HBox(10, export, working);
    row.setAlignment(Pos.CENTER_LEFT);
    // The line about the export goes under the button, wrapping, so it never squeezes the button.
    Label status = new Label();
    status.setId("export-practice-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.textProperty().bind(vm.statusProperty());
    getChildren().addAll(Forms.sectionTitle("Export all records"), about, row, status);
  }
}
