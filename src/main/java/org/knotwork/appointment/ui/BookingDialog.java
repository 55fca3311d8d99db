package org.knotwork.appointment.ui;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Recurrence;
import org.knotwork.client.ClientSummary;
import org.knotwork.ui.FxDialogService;

/** The booking form in a dialog of its own, with "Find a time" below it. */
final class BookingDialog {
  private static final DateTimeFormatter SLOT =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

  /** Closes the dialog once the booking is made (the ViewModel is made before the dialog). */
  static final class Closer {
    private Dialog<?> dialog;

    void close() {
      if (dialog != null) {
        dialog.setResult(null);
        dialog.close();
      }
    }
  }

  private BookingDialog() {}

  static void show(Node owner, BookingViewModel vm, boolean finding, Closer closer) {
    // Made by the dialog service's factory, so that locking closes it too.
    Dialog<ButtonType> dialog =
        FxDialogService.alert(
            Alert.AlertType.NONE,
            finding ? "Book: find a time" : "Book an appointment",
            "",
            owner.getScene() == null ? null : owner.getScene().getWindow());
    dialog.setHeaderText(null);
    dialog.setResizable(true);
    ButtonType bookType = new ButtonType("Book", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(bookType, ButtonType.CLOSE);
    dialog.getDialogPane().setId("booking-dialog");
    Button book = (Button) dialog.getDialogPane().lookupButton(bookType);
    book.setId("booking-book");
    book.disableProperty().bind(vm.canBookProperty().not());
    book.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // the dialog closes once the book says yes
          vm.book();
        });
    // Find a time beside the form, not below it: the dialog keeps its size and fits 1280×800.
    VBox left = new VBox(10, form(vm), message(vm));
    left.setPrefWidth(540);
    HBox content = new HBox(16, left, findATime(vm, finding));
    left.setMinWidth(540);
    dialog.getDialogPane().setMinWidth(960);
    dialog.getDialogPane().setPrefWidth(960);
    dialog.getDialogPane().setContent(content);
    if (owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    closer.dialog = dialog;
    dialog.show();
    dialog.getDialogPane().lookup("#booking-client").requestFocus();
  }

  private static Node form(BookingViewModel vm) {
    TextField client = new TextField();
    client.setId("booking-client");
    client.setPromptText("Type the client's name");
    client.textProperty().bindBidirectional(vm.clientQueryProperty());
    ListView<ClientSummary> matches = new ListView<>(vm.matches());
    matches.setId("booking-matches");
    // Always there, so nothing below it moves while the name is typed.
    matches.setPrefHeight(92);
    matches.setMinHeight(92);
    matches.setPlaceholder(new Label("Clients whose name matches show here."));
    matches.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(ClientSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                    empty || c == null
                        ? null
                        : c.fullName()
                            + (c.dateOfBirth() == null ? "" : " (born " + c.dateOfBirth() + ")"));
              }
            });
    matches.setOnMouseClicked(e -> vm.chooseClient(matches.getSelectionModel().getSelectedItem()));
    client
        .textProperty()
        .addListener(
            (o, was, now) -> {
              ClientSummary chosen = vm.clientProperty().get();
              if (chosen != null && !chosen.fullName().equals(now)) {
                vm.chooseClient(null);
              }
              if (vm.clientProperty().get() == null) {
                vm.searchClients();
              }
            });
    // Enter picks the top match; it must not also press Book (the dialog's default button).
    client.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && !vm.matches().isEmpty()) {
            vm.chooseClient(vm.matches().get(0));
            e.consume();
          } else if (e.getCode() == KeyCode.DOWN && !vm.matches().isEmpty()) {
            matches.requestFocus();
            matches.getSelectionModel().selectFirst();
          }
        });
    matches.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            vm.chooseClient(matches.getSelectionModel().getSelectedItem());
            client.requestFocus();
            e.consume();
          }
        });
    ComboBox<BookableService> service = new ComboBox<>(vm.services());
    service.setId("booking-service");
    service.valueProperty().bindBidirectional(vm.serviceProperty());
    service.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(BookableService s) {
            return s == null ? "" : s.name() + " (" + s.usualMinutes() + " min)";
          }

          @Override
          public BookableService fromString(String s) {
            return null;
          }
        });
    DatePicker date = org.knotwork.ui.Forms.datePicker();
    date.setId("booking-date");
    date.valueProperty().bindBidirectional(vm.dateProperty());
    ComboBox<LocalTime> time = timeChoice(vm.timeProperty().get());
    time.setId("booking-time");
    time.valueProperty().bindBidirectional(vm.timeProperty());
    Spinner<Integer> length = minutes(5, 720, 5, "booking-length");
    bind(length, vm.lengthProperty());
    ToggleGroup where = new ToggleGroup();
    RadioButton room = new RadioButton("The room");
    room.setId("booking-room");
    room.setToggleGroup(where);
    RadioButton home = new RadioButton("The client's home");
    home.setId("booking-home");
    home.setToggleGroup(where);
    home.selectedProperty().bindBidirectional(vm.atHomeProperty());
    room.setSelected(!vm.atHomeProperty().get());
    TextArea address = new TextArea();
    address.setId("booking-address");
    address.setPrefRowCount(2);
    address.textProperty().bindBidirectional(vm.addressProperty());
    address.disableProperty().bind(vm.atHomeProperty().not());
    Spinner<Integer> before = minutes(0, 240, 5, "booking-travel-before");
    bind(before, vm.travelBeforeProperty());
    Spinner<Integer> after = minutes(0, 240, 5, "booking-travel-after");
    bind(after, vm.travelAfterProperty());
    HBox travel = new HBox(6, new Label("before"), before, new Label("after"), after);
    travel.disableProperty().bind(vm.atHomeProperty().not());
    TextField note = new TextField();
    note.setId("booking-note");
    note.setPromptText("Only you see this, e.g. bring the bolster");
    note.textProperty().bindBidirectional(vm.noteProperty());
    ComboBox<Recurrence.Pattern> repeat =
        new ComboBox<>(FXCollections.observableArrayList(Recurrence.Pattern.values()));
    repeat.getItems().add(0, null);
    repeat.setId("booking-repeat");
    repeat.valueProperty().bindBidirectional(vm.repeatProperty());
    repeat.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Recurrence.Pattern p) {
            return p == null ? "Once" : p.label();
          }

          @Override
          public Recurrence.Pattern fromString(String s) {
            return null;
          }
        });
    repeat.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(Recurrence.Pattern p, boolean empty) {
            super.updateItem(p, empty);
            setText(p == null ? "Once" : p.label());
          }
        });
    Spinner<Integer> times = minutes(2, Recurrence.MAX_TIMES, 1, "booking-times");
    bind(times, vm.timesProperty());
    times.disableProperty().bind(vm.repeatProperty().isNull());
    HBox repeatBox = new HBox(6, repeat, new Label("×"), times, new Label("appointments"));

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    int r = 0;
    grid.addRow(r++, label("Client *", client), new VBox(4, client, matches));
    grid.addRow(r++, label("Service", service), service);
    grid.addRow(r++, label("Day *", date), new HBox(6, date, label("Time *", time), time));
    grid.addRow(r++, label("Length (minutes)", length), length);
    Label placeLabel = new Label("Place");
    placeLabel.setMinWidth(Label.USE_PREF_SIZE);
    Label travelLabel = new Label("Travel (minutes)");
    travelLabel.setMinWidth(Label.USE_PREF_SIZE);
    grid.addRow(r++, placeLabel, new HBox(12, room, home));
    grid.addRow(r++, label("Address", address), address);
    grid.addRow(r++, travelLabel, travel);
    grid.addRow(r++, label("Private note", note), note);
    grid.addRow(r, label("Repeat", repeat), repeatBox);
    return grid;
  }

  private static Node findATime(BookingViewModel vm, boolean finding) {
    HBox days = new HBox(2);
    for (DayOfWeek d : DayOfWeek.values()) {
      ToggleButton b = new ToggleButton(d.getDisplayName(TextStyle.SHORT, Locale.UK));
      b.setId("find-" + d.name().toLowerCase(Locale.UK));
      b.setMinWidth(ToggleButton.USE_PREF_SIZE);
      b.setSelected(vm.weekdays().contains(d));
      b.selectedProperty()
          .addListener(
              (o, was, now) -> {
                if (now) {
                  vm.weekdays().add(d);
                } else {
                  vm.weekdays().remove(d);
                }
              });
      days.getChildren().add(b);
    }
    HBox parts = new HBox(10);
    for (BookingViewModel.PartOfDay p : BookingViewModel.PartOfDay.values()) {
      CheckBox c = new CheckBox(p.label());
      c.setId("find-" + p.name().toLowerCase(Locale.UK));
      c.setSelected(vm.partsOfDay().contains(p));
      c.selectedProperty()
          .addListener(
              (o, was, now) -> {
                if (now) {
                  vm.partsOfDay().add(p);
                } else {
                  vm.partsOfDay().remove(p);
                }
              });
      parts.getChildren().add(c);
    }
    Button find = new Button("Find the next free times");
    find.setId("booking-find");
    find.setOnAction(e -> vm.findTimes());
    ListView<LocalDateTime> slots = new ListView<>(vm.slots());
    slots.setId("booking-slots");
    slots.setPrefHeight(180);
    slots.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(LocalDateTime t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                  setGraphic(null);
                  setText(null);
                  return;
                }
                Button b = new Button("Book " + SLOT.format(t));
                b.setId("slot-" + t);
                b.setOnAction(e -> vm.bookSlot(t));
                setGraphic(b);
                setText(null);
              }
            });
    slots.setPlaceholder(new Label("Choose days and times of day, then find the next free times."));
    Label title = new Label("Find a time");
    title.getStyleClass().add("title-4");
    Label hint = new Label("The next free times for the client, service and length on the left.");
    hint.setWrapText(true);
    VBox box = new VBox(8, title, hint, days, parts, find, slots);
    box.setId("booking-find-a-time");
    box.setPrefWidth(360);
    box.setMinWidth(360);
    VBox.setVgrow(slots, javafx.scene.layout.Priority.ALWAYS);
    return box;
  }

  private static Node message(BookingViewModel vm) {
    Label message = new Label();
    message.setId("booking-message");
    message.setWrapText(true);
    message.setMinHeight(40);
    message.setMaxWidth(520);
    message
        .textProperty()
        .bind(
            Bindings.when(vm.messageProperty().isEmpty())
                .then(vm.missingProperty())
                .otherwise(vm.messageProperty()));
    return message;
  }

  static ComboBox<LocalTime> timeChoice(LocalTime initial) {
    ComboBox<LocalTime> time = new ComboBox<>();
    for (int m = 6 * 60; m < 22 * 60; m += TimeGrid.STEP) {
      time.getItems().add(LocalTime.of(m / 60, m % 60));
    }
    if (initial != null && !time.getItems().contains(initial)) {
      time.getItems().add(initial);
      time.getItems().sort(null);
    }
    time.setValue(initial);
    time.setVisibleRowCount(12);
    return time;
  }

  static Label label(String text, Node field) {
    Label l = new Label(text);
    l.setMinWidth(Label.USE_PREF_SIZE);
    l.setLabelFor(field);
    field.setAccessibleText(text.replace(" *", ""));
    return l;
  }

  /** Binds both ways, keeping the object wrapper alive as long as the spinner. */
  private static void bind(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
    javafx.beans.property.ObjectProperty<Integer> boxed = value.asObject();
    spinner.getProperties().put("knotwork.bound", boxed);
    spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
  }

  private static Spinner<Integer> minutes(int min, int max, int step, String id) {
    Spinner<Integer> s = new Spinner<>(min, max, min, step);
    s.setEditable(true);
    s.setId(id);
    s.setPrefWidth(90);
    return s;
  }
}
