package org.knotwork.lock.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Settings: lock after N idle minutes, lock now, change the passphrase. */
public final class SecurityView extends VBox {
  public SecurityView(SecurityViewModel vm, Runnable lockNow) {
    super(12);
    setId("security-settings");
    Spinner<Integer> minutes = Forms.spinner(1, 120, 5, 1);
    minutes.setId("auto-lock-minutes");
    minutes.setPrefWidth(100);
    vm.minutesProperty().addListener((o, a, b) -> minutes.getValueFactory().setValue(b.intValue()));
    minutes
        .getValueFactory()
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && b != vm.minutesProperty().get()) {
                vm.saveMinutes(b);
              }
            });
    Label saved = new Label();
    saved.getStyleClass().add("text-muted");
    saved.textProperty().bind(vm.statusProperty());
    Button lock = new Button("Lock now", new FontIcon(Material2AL.LOCK));
    lock.setId("lock-now");
    lock.setTooltip(
        new Tooltip("Hide every client detail until the passphrase is entered (Ctrl+L)"));
    lock.setOnAction(e -> lockNow.run());
    HBox lockRow =
        new HBox(
            10, new Label("Lock after"), minutes, new Label("minutes without use"), lock, saved);
    lockRow.setAlignment(Pos.CENTER_LEFT);

    PasswordField current = new PasswordField();
    current.textProperty().bindBidirectional(vm.currentProperty());
    PasswordField replacement = new PasswordField();
    replacement.textProperty().bindBidirectional(vm.replacementProperty());
    PasswordField repeat = new PasswordField();
    repeat.textProperty().bindBidirectional(vm.repeatProperty());
    GridPane grid = Forms.grid();
    grid.add(Forms.field("Current passphrase", current, "passphrase-current", false), 0, 0);
    grid.add(Forms.field("New passphrase", replacement, "passphrase-new", false), 0, 1);
    VBox again = Forms.field("New passphrase again", repeat, "passphrase-new-repeat", false);
    Forms.showErrorsInPlace(again, repeat, vm.mismatchBinding());
    grid.add(again, 1, 1);
    Button change = new Button("Change passphrase", new FontIcon(Material2AL.LOCK_OPEN));
    change.setId("passphrase-change");
    change.setOnAction(e -> vm.changePassphrase());
    change
        .disableProperty()
        .bind(vm.currentProperty().isEmpty().or(vm.replacementProperty().isEmpty()));
    Label status = new Label();
    status.setId("passphrase-change-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.passphraseStatusProperty());
    getChildren()
        .addAll(
            Forms.sectionTitle("Security"),
            lockRow,
            Forms.sectionLabel("Change the passphrase"),
            grid,
            new HBox(10, change),
            status);
  }
}
