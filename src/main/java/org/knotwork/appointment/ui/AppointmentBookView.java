package org.knotwork.appointment.ui;

import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.ui.AppointmentBookViewModel.Span;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The appointment book's screen: Today, previous and next, a date picker and Day / Week / Month
 * above the book, what happened last (or the clash that stopped it) in a line of its own, and the
 * selected appointment beside it. Arrows move the selection, Enter opens it, Delete cancels it.
 */
public final class AppointmentBookView extends BorderPane {
  private final AppointmentBookViewModel vm;
  private final Function<Consumer<Appointment>, BookingViewModel> bookings;
  private final TimeGrid grid;
  private final MonthGrid month;
  private final ScrollPane gridScroll;
  private final AppointmentDetails details;
  private final DatePicker datePicker = org.knotwork.ui.Forms.datePicker();

  /**
   * @param bookings makes the booking form's ViewModel, given what to do once it has booked
   */
  public AppointmentBookView(
      AppointmentBookViewModel vm, Function<Consumer<Appointment>, BookingViewModel> bookings) {
    this.vm = vm;
    this.bookings = bookings;
    setId("appointment-book");
    getStylesheets()
        .add(AppointmentBookView.class.getResource("appointment-book.css").toExternalForm());
    grid =
        new TimeGrid(
            vm,
            new TimeGrid.Actions() {
              @Override
              public void bookAt(LocalDateTime start) {
                openBooking(start);
              }

              @Override
              public void open() {
                details.focusActions();
              }
            });
    gridScroll = new ScrollPane(grid);
    gridScroll.setFitToWidth(true);
    gridScroll.setFitToHeight(true);
    gridScroll.setId("book-scroll");
    month = new MonthGrid(vm);
    details = new AppointmentDetails(vm, a -> ChangeDialog.ask(this, vm, a));
    vm.askWhoCancelsWith(a -> WhoCancelledDialog.ask(this, a));
    setTop(new VBox(toolbar(), messageLine()));
    setRight(details);
    addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    // Redrawn once per read of the book, and when cancelled ones are shown or hidden; a new
    // selection only marks its block.
    vm.pageProperty().addListener(x -> redraw());
    vm.showCancelledProperty().addListener(x -> redraw());
    vm.selectedProperty().addListener((o, was, now) -> grid.markSelected(now));
    vm.dateProperty().addListener((o, was, now) -> datePicker.setValue(now));
    datePicker.setValue(vm.dateProperty().get());
    redraw();
  }

  /** More actions for an opened appointment (such as what to give the client). */
  public void setExtraActions(Function<Appointment, Node> actions) {
    details.setExtraActions(actions);
  }

  /** "Book…": the booking form without a time, finding one. */
  public void openFindATime() {
    BookingDialog.Closer closer = new BookingDialog.Closer();
    BookingViewModel form = bookingForm(closer);
    form.startFinding(vm.today());
    BookingDialog.show(this, form, true, closer);
  }

  /** "Book next" for a client: the booking form finding a time, with the client chosen. */
  public void openFindATimeFor(long clientId) {
    BookingDialog.Closer closer = new BookingDialog.Closer();
    BookingViewModel form = bookingForm(closer);
    form.startFinding(vm.today());
    form.chooseClient(clientId);
    BookingDialog.show(this, form, true, closer);
  }

  private void openBooking(LocalDateTime start) {
    BookingDialog.Closer closer = new BookingDialog.Closer();
    BookingViewModel form = bookingForm(closer);
    form.startAt(start);
    BookingDialog.show(this, form, false, closer);
  }

  private BookingViewModel bookingForm(BookingDialog.Closer closer) {
    return bookings.apply(
        booked -> {
          closer.close();
          vm.booked(booked);
        });
  }

  private Node toolbar() {
    Button today = new Button("Today");
    today.setId("book-today");
    today.setTooltip(new Tooltip("Show today (Home)"));
    today.setOnAction(e -> vm.goToday());
    Button previous = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
    previous.setId("book-previous");
    previous.setAccessibleText("Previous");
    previous.setTooltip(new Tooltip("Previous (Page Up)"));
    previous.setOnAction(e -> vm.previous());
    Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
    next.setId("book-next");
    next.setAccessibleText("Next");
    next.setTooltip(new Tooltip("Next (Page Down)"));
    next.setOnAction(e -> vm.next());
    datePicker.setId("book-date");
    datePicker.setAccessibleText("Go to a day");
    datePicker.setPrefWidth(160);
    datePicker.setOnAction(e -> vm.showDate(datePicker.getValue()));
    Label title = new Label();
    title.setId("book-title");
    title.getStyleClass().add("title-4");
    title.textProperty().bind(vm.titleProperty());
    title.setMinWidth(Region.USE_PREF_SIZE);
    ToggleGroup spans = new ToggleGroup();
    HBox spanButtons = new HBox();
    for (Span s : Span.values()) {
      String text = s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.UK);
      ToggleButton b = new ToggleButton(text);
      b.setId("book-span-" + s.name().toLowerCase(java.util.Locale.UK));
      b.setToggleGroup(spans);
      b.setSelected(vm.spanProperty().get() == s);
      b.setOnAction(
          e -> {
            b.setSelected(true);
            vm.showSpan(s);
          });
      vm.spanProperty().addListener((o, was, now) -> b.setSelected(now == s));
      spanButtons.getChildren().add(b);
    }
    CheckBox cancelled = new CheckBox("Show cancelled");
    cancelled.setId("book-show-cancelled");
    cancelled.setTooltip(
        new Tooltip("Cancelled appointments are hidden; shown, they are struck through"));
    cancelled.selectedProperty().bindBidirectional(vm.showCancelledProperty());
    Button book = new Button("Book…", new FontIcon(Material2MZ.SEARCH));
    book.setId("book-find-a-time");
    book.setTooltip(new Tooltip("Book, finding the next free times (Ctrl+B)"));
    book.setOnAction(e -> openFindATime());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar =
        new HBox(8, today, previous, next, datePicker, title, gap, cancelled, spanButtons, book);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 12, 4, 12));
    return bar;
  }

  private Node messageLine() {
    Label message = new Label();
    message.setId("book-message");
    message.getStyleClass().add("book-message");
    message.textProperty().bind(vm.messageProperty());
    message.setWrapText(true);
    // Reserved: a message never pushes the book down under the pointer.
    message.setMinHeight(36);
    message.setPrefHeight(36);
    message.setMaxWidth(Double.MAX_VALUE);
    message.setPadding(new Insets(0, 12, 0, 12));
    vm.messageProperty()
        .addListener(
            (o, was, now) -> {
              boolean refused = now.startsWith("This time does not fit");
              message.getStyleClass().remove("refused");
              if (refused) {
                message.getStyleClass().add("refused");
              }
            });
    return message;
  }

  private void redraw() {
    if (vm.spanProperty().get() == Span.MONTH) {
      month.show(vm.days(), vm.pageProperty().get(), vm.appointments());
      setCenter(month);
    } else {
      grid.show(vm.days(), vm.pageProperty().get(), vm.appointments());
      if (getCenter() != gridScroll) {
        setCenter(gridScroll);
      }
    }
  }

  private void key(KeyEvent e) {
    if (e.getTarget() instanceof javafx.scene.control.TextInputControl
        || e.getTarget() instanceof DatePicker) {
      return;
    }
    boolean handled = true;
    switch (e.getCode()) {
      case UP -> vm.selectInTime(-1);
      case DOWN -> vm.selectInTime(1);
      case LEFT -> vm.selectAcrossDays(-1);
      case RIGHT -> vm.selectAcrossDays(1);
      case ENTER -> {
        if (vm.selectedProperty().get() != null && e.getTarget() == grid) {
          details.focusActions();
        } else {
          handled = false;
        }
      }
      case DELETE -> vm.cancel(vm.selectedProperty().get());
      case PAGE_UP -> vm.previous();
      case PAGE_DOWN -> vm.next();
      case HOME -> vm.goToday();
      default -> handled = e.getCode() == KeyCode.B && e.isShortcutDown() && book();
    }
    if (handled) {
      e.consume();
    }
  }

  private boolean book() {
    openFindATime();
    return true;
  }
}
