package org.knotwork.backup.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** When the records will not open: what happened, and the newest good backup to restore. */
public final class RecoveryView extends StackPane {
  public RecoveryView(RecoveryViewModel vm, Runnable quit) {
    setId("recovery-screen");
    getStyleClass().add("passphrase-screen");
    FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
    icon.setIconSize(40);
    icon.getStyleClass().add("icon-muted");
    Label title = new Label("Your records could not be opened");
    title.getStyleClass().add("title-2");
    Label problem =
        new Label(
            vm.problem()
                + "\n\nThe file is not deleted: if you restore a backup, the damaged file is kept"
                + " in the backups folder in case it can still be rescued.");
    problem.setWrapText(true);
    Label offer = new Label();
    offer.setId("recovery-offer");
    offer.setWrapText(true);
    offer.getStyleClass().add("alert-chip");
    offer.setGraphic(new FontIcon(Material2AL.BACKUP));
    offer.textProperty().bind(vm.offerProperty());

    Button restore = new Button("Restore this backup", new FontIcon(Material2MZ.RESTORE));
    restore.setId("recovery-restore");
    restore.getStyleClass().add("accent");
    restore.setDefaultButton(true);
    restore
        .disableProperty()
        .bind(vm.busyProperty().or(vm.stageProperty().isNotEqualTo(RecoveryViewModel.Stage.FOUND)));
    restore.setOnAction(e -> vm.restore());
    Button choose = new Button("Choose another backup…", new FontIcon(Material2AL.FOLDER_OPEN));
    choose.setId("recovery-choose");
    choose.disableProperty().bind(vm.busyProperty());
    choose.setOnAction(e -> vm.chooseBackup());
    Button close = new Button("Close Knotwork");
    close.setId("recovery-quit");
    close.disableProperty().bind(vm.stageProperty().isEqualTo(RecoveryViewModel.Stage.RESTORING));
    close.setOnAction(e -> quit.run());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(20, 20);
    working.visibleProperty().bind(vm.busyProperty());
    HBox offerRow = new HBox(10, offer, working);
    offerRow.setAlignment(Pos.CENTER_LEFT);
    for (Button b : new Button[] {restore, choose, close}) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox actions = new HBox(12, restore, choose, close);
    actions.setAlignment(Pos.CENTER_LEFT);

    VBox card = new VBox(14, icon, title, problem, offerRow, actions);
    card.setMaxWidth(680);
    card.setMaxHeight(Region.USE_PREF_SIZE);
    card.setPadding(new Insets(32));
    card.getStyleClass().add("passphrase-card");
    getChildren().add(card);
    setAlignment(Pos.CENTER);
  }
}
