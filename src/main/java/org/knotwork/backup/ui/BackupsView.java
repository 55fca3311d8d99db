package org.knotwork.backup.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Settings: backups. */
public final class BackupsView extends VBox {
  public BackupsView(BackupsViewModel vm) {
    super(10);
    setId("backup-settings");
    Label about =
        new Label(
            "Backups are encrypted like your records and hold everything needed to restore them."
                + " Knotwork backs up when you close it (at most once a day) and keeps 7 daily, 4"
                + " weekly and 12 monthly backups in "
                + vm.folder()
                + ". Copy that folder to a USB drive now and then.");
    about.setWrapText(true);
    about.getStyleClass().add("text-muted");
    Button now = new Button("Back up now", new FontIcon(Material2AL.BACKUP));
    now.setId("backup-now");
    now.disableProperty().bind(vm.busyProperty());
    now.setOnAction(e -> vm.backUpNow());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(18, 18);
    working.visibleProperty().bind(vm.busyProperty());
    working.managedProperty().bind(working.visibleProperty());
    Label latest = new Label();
    latest.setId("backup-latest");
    latest.setWrapText(true);
    latest.textProperty().bind(vm.latestProperty());
    HBox row = new HBox(10, now, working, latest);
    row.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(Forms.sectionTitle("Backups"), about, row);
  }
}
