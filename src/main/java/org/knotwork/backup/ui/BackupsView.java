package org.knotwork.backup.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: backups, the second folder, and restoring. */
public final class BackupsView extends VBox {
  public BackupsView(BackupsViewModel vm) {
    super(10);
    setId("backup-settings");
    Label about =
        muted(
            "Backups are encrypted like your records and hold everything needed to restore them."
                + " Knotwork backs up when you close it (at most once a day). It keeps every"
                + " backup of the last 48 hours (up to 20), and then the newest of each of the last"
                + " 7 days, 4 weeks and 12 months, in "
                + vm.folder()
                + ". The list below says why each backup is kept.");
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

    Label secondTitle = Forms.sectionLabel("Second copy");
    VBox.setMargin(secondTitle, new javafx.geometry.Insets(8, 0, 0, 0));
    Label secondAbout =
        muted(
            "A disk can fail and a laptop can be lost. Choose a folder on a USB drive, or one"
                + " that is synced to another computer, and every backup is copied there too.");
    Label folder = new Label();
    folder.setId("backup-second-folder");
    folder.setWrapText(true);
    folder
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.hasSecondFolderProperty())
                .then(vm.secondFolderProperty())
                .otherwise("No second folder chosen"));
    HBox.setHgrow(folder, Priority.ALWAYS);
    folder.setMaxWidth(Double.MAX_VALUE);
    Button choose = new Button("Choose folder…", new FontIcon(Material2AL.FOLDER_OPEN));
    choose.setId("backup-choose-second");
    choose.setOnAction(e -> vm.chooseSecondFolder());
    Button stop = new Button("Stop copying");
    stop.setId("backup-stop-second");
    stop.setTooltip(new Tooltip("Copies already in that folder stay where they are."));
    stop.visibleProperty().bind(vm.hasSecondFolderProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> vm.stopSecondFolder());
    HBox secondRow = new HBox(10, folder, choose, stop);
    secondRow.setAlignment(Pos.CENTER_LEFT);
    Label secondStatus = muted("");
    secondStatus.setId("backup-second-status");
    secondStatus.textProperty().bind(vm.secondStatusProperty());

    Label restoreTitle = Forms.sectionLabel("Restore");
    VBox.setMargin(restoreTitle, new javafx.geometry.Insets(8, 0, 0, 0));
    Label restoreAbout =
        muted(
            "Puts an earlier backup in place of your records. Knotwork checks the backup first"
                + " and keeps a copy of your records as they are now, so nothing is lost.");
    ListView<BackupsViewModel.KeptBackup> kept = new ListView<>(vm.kept());
    kept.setId("backup-kept");
    kept.setPrefHeight(150);
    kept.setPlaceholder(new Label("No backups yet."));
    Button restore = new Button("Restore selected…", new FontIcon(Material2MZ.RESTORE));
    restore.setId("backup-restore");
    restore
        .disableProperty()
        .bind(vm.busyProperty().or(kept.getSelectionModel().selectedItemProperty().isNull()));
    restore.setOnAction(e -> vm.restore(kept.getSelectionModel().getSelectedItem().file()));
    Button fromFile = new Button("Restore from a file…", new FontIcon(Material2AL.FOLDER_OPEN));
    fromFile.setId("backup-restore-file");
    fromFile.disableProperty().bind(vm.busyProperty());
    fromFile.setOnAction(e -> vm.restoreFromFile());
    HBox restoreRow = new HBox(10, restore, fromFile);
    restoreRow.setAlignment(Pos.CENTER_LEFT);

    getChildren()
        .addAll(
            Forms.sectionTitle("Backups"),
            about,
            row,
            secondTitle,
            secondAbout,
            secondRow,
            secondStatus,
            restoreTitle,
            restoreAbout,
            kept,
            restoreRow);
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.getStyleClass().add("text-muted");
    return label;
  }
}
