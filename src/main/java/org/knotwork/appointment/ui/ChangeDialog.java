package org.knotwork.appointment.ui;

import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.knotwork.appointment.Appointment;
import org.knotwork.ui.FxDialogService;

/** "Change…": a new day, time or length for a booked appointment, checked like a drag. */
final class ChangeDialog {
  private ChangeDialog() {}

  static void ask(Node owner, AppointmentBookViewModel vm, Appointment a) {
    DatePicker day = org.knotwork.ui.Forms.datePicker();
    day.setValue(a.start().toLocalDate());
    day.setId("change-date");
    var time = BookingDialog.timeChoice(a.start().toLocalTime());
    time.setId("change-time");
    Spinner<Integer> length = new Spinner<>(5, 720, a.lengthMinutes(), 5);
    length.setEditable(true);
    length.setId("change-length");
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.addRow(0, BookingDialog.label("Day", day), day);
    form.addRow(1, BookingDialog.label("Time", time), time);
    form.addRow(2, BookingDialog.label("Length (minutes)", length), length);
    Dialog<ButtonType> dialog =
        FxDialogService.alert(
            Alert.AlertType.NONE,
            "Change " + a.clientName() + "'s appointment",
            "",
            owner.getScene() == null ? null : owner.getScene().getWindow());
    ButtonType save = new ButtonType("Change", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(form);
    dialog.getDialogPane().setId("book-change-dialog");
    if (dialog.showAndWait().filter(b -> b == save).isEmpty()) {
      return;
    }
    LocalTime t = time.getValue() == null ? a.start().toLocalTime() : time.getValue();
    LocalDateTime start = day.getValue() == null ? a.start() : day.getValue().atTime(t);
    if (!start.equals(a.start())) {
      vm.move(a, start);
    }
    if (length.getValue() != a.lengthMinutes()) {
      vm.changeLength(a, length.getValue());
    }
  }
}
