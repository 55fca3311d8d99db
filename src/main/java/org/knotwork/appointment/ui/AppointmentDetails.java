package org.knotwork.appointment.ui;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentState;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.ui.AppointmentBookViewModel.Page;

/**
 * The selected appointment beside the book: when, who, what, where, the private note and its state,
 * with Open client, Arrived, No-show, Cancel and Change. Other screens add their own actions (such
 * as what to give the client) through {@link #setExtraActions}.
 */
final class AppointmentDetails extends VBox {
  private final AppointmentBookViewModel vm;
  private final java.util.function.Consumer<Appointment> change;
  private Function<Appointment, Node> extraActions = a -> null;
  private Button first;

  AppointmentDetails(AppointmentBookViewModel vm, java.util.function.Consumer<Appointment> change) {
    super(8);
    this.vm = vm;
    this.change = change;
    setId("book-details");
    getStyleClass().add("book-details");
    setPrefWidth(260);
    setMinWidth(220);
    vm.selectedProperty().addListener((o, was, now) -> show(now));
    vm.pageProperty().addListener((o, was, now) -> show(vm.selectedProperty().get()));
    show(null);
  }

  /** More actions for the appointment on show, below the book's own; null for none. */
  void setExtraActions(Function<Appointment, Node> actions) {
    this.extraActions = actions == null ? a -> null : actions;
    show(vm.selectedProperty().get());
  }

  /** Moves the keyboard to the first action (Enter in the book). */
  void focusActions() {
    if (first != null) {
      first.requestFocus();
    }
  }

  private void show(Appointment a) {
    getChildren().clear();
    first = null;
    if (a == null) {
      Label hint =
          new Label(
              "Click an empty time to book, or an appointment to see it here. "
                  + "Drag an appointment to move it; drag its lower edge to change the length.");
      hint.setWrapText(true);
      hint.setId("book-details-hint");
      getChildren().add(hint);
      return;
    }
    Page page = vm.pageProperty().get();
    BookableService service =
        page == null || a.booking().serviceId() == null
            ? null
            : page.services().get(a.booking().serviceId());
    Label who = new Label(a.clientName());
    who.getStyleClass().add("title-4");
    who.setId("book-details-client");
    Label when =
        new Label(
            AppointmentBookViewModel.WHEN.format(a.start())
                + "–"
                + TimeGrid.hm(a.end())
                + " ("
                + a.lengthMinutes()
                + " min)");
    Label what = new Label(service == null ? "No service chosen" : service.name());
    String travel =
        a.booking().travelBeforeMinutes() + a.booking().travelAfterMinutes() > 0
            ? " (travel "
                + a.booking().travelBeforeMinutes()
                + " min before, "
                + a.booking().travelAfterMinutes()
                + " min after)"
            : "";
    Label where =
        new Label(
            a.place().isMobile()
                ? "At "
                    + (a.place().address() == null ? "the client's home" : a.place().address())
                    + travel
                : "In the room");
    where.setWrapText(true);
    Label state = new Label(a.state().label());
    state.setId("book-details-state");
    when.setWrapText(true);
    who.setWrapText(true);
    getChildren().addAll(who, when, what, where, state);
    if (a.booking().privateNote() != null) {
      Label note = new Label("Note: " + a.booking().privateNote());
      note.setWrapText(true);
      getChildren().add(note);
    }
    Button open = button("Open client", "book-open-client", "Open " + a.clientName() + "'s record");
    open.setOnAction(e -> vm.openClient(a));
    first = open;
    FlowPane actions = new FlowPane(6, 6, open);
    if (a.state() == AppointmentState.BOOKED) {
      Button arrived = button("Arrived", "book-arrived", "The client is here");
      arrived.setOnAction(e -> vm.markArrived(a));
      Button noShow = button("No-show", "book-no-show", "The client did not come");
      noShow.setOnAction(e -> vm.markNoShow(a));
      Button cancel = button("Cancel…", "book-cancel", "Cancel (Delete); asks who cancelled");
      cancel.setOnAction(e -> vm.cancel(a));
      Button changeIt = button("Change…", "book-change", "Change the day, time or length");
      changeIt.setOnAction(e -> change.accept(a));
      actions.getChildren().addAll(arrived, noShow, cancel, changeIt);
    }
    getChildren().add(actions);
    Node extra = extraActions.apply(a);
    if (extra != null) {
      getChildren().add(extra);
    }
  }

  private static Button button(String text, String id, String tip) {
    Button b = new Button(text);
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    return b;
  }
}
