package org.knotwork.appointment.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.BlockReason;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Blocked time ahead: the list, freeing one, and adding one with its days, times and a label. */
final class BlockedTimeView extends VBox {
  BlockedTimeView(BlockedTimeViewModel vm) {
    super(10);
    setId("book-blocked");
    ListView<BlockedTime> list = new ListView<>(vm.blocked());
    list.setId("book-blocked-list");
    list.setAccessibleText("Blocked time ahead");
    list.setPrefHeight(130);
    list.setPlaceholder(new Label("Nothing blocked ahead. Add holidays, training or admin time."));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(BlockedTime b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : BlockedTimeViewModel.describe(b));
              }
            });
    Button remove = new Button("Free this time…", new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
    remove.setId("book-blocked-remove");
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));

    ComboBox<BlockReason> reason = new ComboBox<>();
    reason.getItems().setAll(BlockReason.values());
    EnumCells.labelled(reason, BlockReason::label, "");
    reason.valueProperty().bindBidirectional(vm.reasonProperty());
    TextField label = Forms.textField("e.g. Crete, or First-aid course");
    label.textProperty().bindBidirectional(vm.labelProperty());
    DatePicker from = Forms.datePicker();
    from.valueProperty().bindBidirectional(vm.fromDayProperty());
    DatePicker to = Forms.datePicker();
    to.valueProperty().bindBidirectional(vm.toDayProperty());
    TextField fromTime = Forms.textField("whole day");
    fromTime.textProperty().bindBidirectional(vm.fromTimeProperty());
    TextField toTime = Forms.textField("whole day");
    toTime.textProperty().bindBidirectional(vm.toTimeProperty());
    GridPane form = Forms.grid();
    form.add(Forms.field("Why", reason, "book-blocked-reason", true), 0, 0);
    form.add(Forms.field("Label", label, "book-blocked-label", false), 1, 0);
    form.add(Forms.field("From", from, "book-blocked-from", true), 0, 1);
    form.add(
        Forms.field("Time (empty: whole day)", fromTime, "book-blocked-from-time", false), 1, 1);
    form.add(Forms.field("To (empty: the same day)", to, "book-blocked-to", false), 0, 2);
    form.add(Forms.field("Time (empty: whole day)", toTime, "book-blocked-to-time", false), 1, 2);

    Button add = new Button("Block this time", new FontIcon(Material2AL.BLOCK));
    add.setId("book-blocked-add");
    add.disableProperty().bind(vm.problem().isNotNull());
    add.setOnAction(e -> vm.add());
    Label problem = new Label();
    problem.setId("book-blocked-problem");
    problem
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.fromDayProperty().isNull())
                .then(vm.statusProperty())
                .otherwise(
                    javafx.beans.binding.Bindings.when(vm.problem().isNull())
                        .then(vm.statusProperty())
                        .otherwise(vm.problem())));
    problem.setWrapText(true);
    problem.getStyleClass().add("text-muted");
    HBox actions = new HBox(12, add, problem);
    actions.setAlignment(Pos.CENTER_LEFT);
    add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

    getChildren()
        .addAll(
            Forms.sectionLabel("Blocked time: holidays, training, admin"),
            list,
            remove,
            form,
            actions);
  }
}
