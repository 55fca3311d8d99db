package org.knotwork.plan.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.Appointment;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The question "Book the plan's sessions": the first slot (day and time, changeable), the sessions
 * proposed from it with the moved ones marked and the reason beside them, and Book all.
 */
public final class PlanBookingDialog {
  private final PlanBookingViewModel vm;
  private final DialogService dialogs;

  public PlanBookingDialog(PlanBookingViewModel vm, DialogService dialogs) {
    this.vm = vm;
    this.dialogs = dialogs;
  }

  /** Proposes the plan's sessions and asks; books them all when the therapist says so. */
  public void open(TreatmentPlan plan, Consumer<List<Appointment>> afterBooking) {
    vm.open(plan);
    if (dialogs.askForm(
        "Book the plan's sessions",
        "The sessions still to book, at the same weekday and time as the first. Nothing is booked"
            + " until you choose Book all.",
        form(),
        "Book all",
        vm.canBookBinding())) {
      vm.bookAll(afterBooking);
    }
  }

  private VBox form() {
    Label summary = new Label();
    summary.setId("plan-booking-summary");
    summary.textProperty().bind(vm.summaryProperty());
    summary.setWrapText(true);
    summary.setMinHeight(40); // two lines kept, so the dialog's size holds when the text comes

    DatePicker day = Forms.datePicker();
    day.valueProperty().bindBidirectional(vm.firstDayProperty());
    TextField time = Forms.textField("e.g. 10:00");
    time.textProperty().bindBidirectional(vm.firstTimeProperty());
    time.setPrefColumnCount(6);
    GridPane first = Forms.grid();
    first.add(Forms.field("First session on", day, "plan-booking-day", true), 0, 0);
    VBox timeField = Forms.field("At", time, "plan-booking-time", true);
    Forms.showErrorsOnceTyped(timeField, time, vm.firstProblem());
    first.add(timeField, 1, 0);

    VBox list = new VBox(6);
    list.setId("plan-booking-sessions");
    vm.rows().addListener((ListChangeListener<PlanBookingViewModel.Row>) c -> fill(list));
    fill(list);
    ScrollPane scroll = new ScrollPane(list);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(260);

    Label status = new Label();
    status.setId("plan-booking-status");
    status.textProperty().bind(vm.statusProperty());
    status.setWrapText(true);
    status.getStyleClass().add("text-muted");
    status.setMinHeight(36); // room for two lines, so the buttons below do not move

    VBox form = new VBox(12, summary, first, scroll, status);
    form.setId("plan-booking-form");
    return form;
  }

  private void fill(VBox list) {
    list.getChildren().clear();
    for (PlanBookingViewModel.Row r : vm.rows()) {
      Label number = new Label(r.number() + ".");
      number.setMinWidth(28);
      Label when = new Label(r.when());
      when.getStyleClass().add("text-bold");
      when.setId("plan-booking-session-" + r.number());
      HBox head = new HBox(8, number, when);
      head.setAlignment(Pos.CENTER_LEFT);
      VBox row = new VBox(2, head);
      if (r.proposal().moved()) {
        Label why =
            new Label(
                r.proposal().reason(),
                new FontIcon(r.proposal().placed() ? Material2MZ.SWAP_HORIZ : Material2AL.BLOCK));
        why.setWrapText(true);
        why.setId("plan-booking-moved-" + r.number());
        why.getStyleClass().add("caution-text");
        why.setGraphicTextGap(8);
        VBox.setMargin(why, new javafx.geometry.Insets(0, 0, 4, 36)); // under the date
        row.getChildren().add(why);
        when.setText(when.getText() + (r.proposal().placed() ? " (moved)" : ""));
      }
      list.getChildren().add(row);
    }
  }
}
