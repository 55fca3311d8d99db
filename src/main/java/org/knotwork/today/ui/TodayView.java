package org.knotwork.today.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.knotwork.client.Client;
import org.knotwork.today.TodayAppointment;

/**
 * The Today screen: the day's appointments, the next one selected and focused so that Enter opens
 * it, and beside them the unsigned notes from earlier days and the plans still to book.
 */
public final class TodayView extends BorderPane {
  private final TodayViewModel vm;
  private final ListView<TodayAppointment> list = new ListView<>();
  private Long selectedId;

  /**
   * @param handoutMenu makes the "Give a handout" menu for a client, as the client's notes give it
   */
  public TodayView(TodayViewModel vm, Function<Supplier<Client>, Node> handoutMenu) {
    this.vm = vm;
    setId("today-view");
    Label heading = new Label();
    heading.textProperty().bind(vm.headingProperty());
    heading.getStyleClass().add("title-2");
    heading.setId("today-heading");
    Label summary = new Label();
    summary.textProperty().bind(vm.summaryProperty());
    summary.setId("today-summary");
    VBox top = new VBox(2, heading, summary);
    top.setPadding(new Insets(0, 0, 8, 0));
    setTop(top);

    list.setId("today-appointments");
    list.setItems(vm.appointments());
    list.setAccessibleText("Today's appointments; Enter opens the client");
    Label empty =
        new Label(
            "Nothing is booked today. Notes from earlier days and plans still to book are beside"
                + " this list.");
    empty.setWrapText(true);
    list.setPlaceholder(empty);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(TodayAppointment item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(null);
                if (isEmpty || item == null) {
                  setGraphic(null);
                  return;
                }
                TodayAppointment next = vm.nextProperty().get();
                AppointmentCard card =
                    new AppointmentCard(
                        item, next != null && next.id() == item.id(), vm, handoutMenu);
                card.maxWidthProperty().bind(list.widthProperty().subtract(40));
                setGraphic(card);
              }
            });
    list.setOnKeyPressed(
        e -> {
          TodayAppointment selected = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null) {
            vm.open(selected);
            e.consume();
          }
        });
    list.setOnMouseClicked(
        e -> {
          TodayAppointment selected = list.getSelectionModel().getSelectedItem();
          if (e.getClickCount() == 2 && selected != null) {
            vm.open(selected);
          }
        });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                selectedId = now.id();
              }
            });
    // a reload keeps the appointment chosen; the first time, the next one is chosen
    vm.appointments().addListener((ListChangeListener<TodayAppointment>) c -> reselect());
    setCenter(list);

    TodaySidePanel side = new TodaySidePanel(vm);
    side.setPrefWidth(300);
    side.setMinWidth(240);
    BorderPane.setMargin(side, new Insets(0, 0, 0, 12));
    setRight(side);
    setPadding(new Insets(16));
  }

  private void reselect() {
    int index = indexOf(selectedId);
    if (index < 0 && vm.nextProperty().get() != null) {
      index = indexOf(vm.nextProperty().get().id());
    }
    if (index >= 0) {
      list.getSelectionModel().select(index);
      list.getFocusModel().focus(index);
    }
  }

  /** Chooses the next appointment, shows it and puts the keyboard on it: Enter opens it. */
  public void focusNext() {
    TodayAppointment next = vm.nextProperty().get();
    int index = next == null ? (list.getItems().isEmpty() ? -1 : 0) : indexOf(next.id());
    if (index >= 0) {
      list.getSelectionModel().select(index);
      list.getFocusModel().focus(index);
      list.scrollTo(index);
    }
    list.requestFocus();
  }

  private int indexOf(Long id) {
    if (id == null) {
      return -1;
    }
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).id() == id) {
        return i;
      }
    }
    return -1;
  }
}
