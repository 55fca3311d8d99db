package org.knotwork.appointment.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.appointment.ui.AppointmentBookViewModel.Page;

/**
 * A day or a week as columns of time: working hours light and the rest shaded, breaks and blocked
 * time as labelled bands, appointments as blocks. Clicking an empty slot books; dragging a block
 * moves it; dragging its lower edge changes the length. The grid only draws: every change goes to
 * the ViewModel, and the grid is redrawn from the book as it then stands.
 */
final class TimeGrid extends Region {
  static final int STEP = 15;
  private static final double HEADER = 30;
  private static final double AXIS = 52;
  private static final double EDGE = 7;
  private static final double MIN_PER_MINUTE = 0.9;
  private static final DateTimeFormatter HEADER_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final AppointmentBookViewModel vm;
  private final Actions booking;
  private final List<Placed> placed = new ArrayList<>();
  private List<LocalDate> days = List.of();
  private int firstMinute = 8 * 60;
  private int lastMinute = 18 * 60;

  /** Something drawn at a time of a day. */
  private record Placed(Node node, int day, int from, int to, int lane, int lanes) {}

  /** What a click in the grid asks of the book's screen. */
  interface Actions {
    /** Opens the booking form at a clicked slot. */
    void bookAt(LocalDateTime start);

    /** Opens the selected appointment (a double click). */
    void open();
  }

  TimeGrid(AppointmentBookViewModel vm, Actions booking) {
    this.vm = vm;
    this.booking = booking;
    setId("book-grid");
    getStyleClass().add("book-grid");
    setFocusTraversable(true);
    setAccessibleText("Appointment book; arrows move between appointments, Enter opens one");
    addEventHandler(MouseEvent.MOUSE_CLICKED, this::clickedEmpty);
  }

  /** Draws the days of {@code page} with the appointments on show. */
  void show(List<LocalDate> shownDays, Page page, List<Appointment> appointments) {
    days = shownDays;
    placed.clear();
    getChildren().clear();
    if (page == null) {
      return;
    }
    AppointmentSettings settings = page.settings();
    hoursFor(settings.hours(), appointments);
    for (int d = 0; d < days.size(); d++) {
      LocalDate day = days.get(d);
      Label header = new Label(HEADER_DAY.format(day));
      header.getStyleClass().add("book-day-header");
      if (day.equals(vm.today())) {
        header.getStyleClass().add("today");
      }
      header.setId("book-day-" + day);
      getChildren().add(header);
      shadeClosed(d, settings.hours().on(day.getDayOfWeek()));
      for (BlockedTime b : page.blocked()) {
        band(d, day, b.start(), b.end(), "book-blocked", b.describe());
      }
    }
    for (int h = firstMinute / 60; h <= lastMinute / 60; h++) {
      Region line = new Region();
      line.getStyleClass().add("book-hour-line");
      line.setMouseTransparent(true);
      placed.add(new Placed(line, -1, h * 60, h * 60, 0, 1));
      Label label = new Label(String.format(Locale.UK, "%02d:00", h));
      label.getStyleClass().add("book-hour-label");
      label.setMouseTransparent(true);
      placed.add(new Placed(label, -2, h * 60, h * 60, 0, 1));
      getChildren().addAll(line, label);
    }
    placeAppointments(page, appointments);
    setMinHeight(HEADER + (lastMinute - firstMinute) * MIN_PER_MINUTE);
    requestLayout();
  }

  private void hoursFor(WorkingHours hours, List<Appointment> appointments) {
    int first = 24 * 60;
    int last = 0;
    for (WorkingHours.Span s : hours.spans()) {
      first = Math.min(first, minute(s.from()));
      last = Math.max(last, s.to() == LocalTime.MAX ? 24 * 60 : minute(s.to()));
    }
    for (Appointment a : appointments) {
      first = Math.min(first, minute(a.start().toLocalTime()));
      last = Math.max(last, endMinute(a.start().toLocalDate(), a.end()));
    }
    if (first >= last) {
      first = 8 * 60;
      last = 18 * 60;
    }
    firstMinute = Math.max(0, (first / 60 - 1) * 60);
    lastMinute = Math.min(24 * 60, ((last + 59) / 60 + 1) * 60);
  }

  private void shadeClosed(int d, List<WorkingHours.Span> spans) {
    int at = 0;
    for (int i = 0; i < spans.size(); i++) {
      WorkingHours.Span s = spans.get(i);
      if (minute(s.from()) > at) {
        Region closed = new Region();
        closed.getStyleClass().add(i == 0 ? "book-closed" : "book-break");
        Node node = closed;
        if (i > 0) {
          VBox breakBox = new VBox(new Label("Break"));
          breakBox.getStyleClass().add("book-break");
          node = breakBox;
        }
        node.setMouseTransparent(true);
        placed.add(new Placed(node, d, at, minute(s.from()), 0, 1));
        getChildren().add(node);
      }
      at = s.to() == LocalTime.MAX ? 24 * 60 : minute(s.to());
    }
    if (at < 24 * 60) {
      Region closed = new Region();
      closed.getStyleClass().add("book-closed");
      closed.setMouseTransparent(true);
      placed.add(new Placed(closed, d, at, 24 * 60, 0, 1));
      getChildren().add(closed);
    }
  }

  private void band(
      int d, LocalDate day, LocalDateTime from, LocalDateTime to, String style, String text) {
    LocalDateTime dayStart = day.atStartOfDay();
    LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
    if (!from.isBefore(dayEnd) || !to.isAfter(dayStart)) {
      return;
    }
    int f = from.isBefore(dayStart) ? 0 : minute(from.toLocalTime());
    int t = to.isAfter(dayEnd) || to.equals(dayEnd) ? 24 * 60 : minute(to.toLocalTime());
    Label label = new Label(text);
    label.setWrapText(true);
    VBox box = new VBox(label);
    box.getStyleClass().add(style);
    box.setId("book-blocked-" + day);
    box.setMouseTransparent(true);
    placed.add(new Placed(box, d, f, t, 0, 1));
    getChildren().add(box);
  }

  private void placeAppointments(Page page, List<Appointment> appointments) {
    for (int d = 0; d < days.size(); d++) {
      LocalDate day = days.get(d);
      List<Appointment> onDay =
          appointments.stream()
              .filter(a -> a.start().toLocalDate().equals(day))
              .sorted(Comparator.comparing(Appointment::start))
              .toList();
      // Side by side where two overlap (a double booking made on purpose).
      List<Appointment> cluster = new ArrayList<>();
      List<LocalDateTime> laneEnds = new ArrayList<>();
      List<Integer> lanesOf = new ArrayList<>();
      LocalDateTime clusterEnd = null;
      for (Appointment a : onDay) {
        if (clusterEnd != null && !a.start().isBefore(clusterEnd)) {
          emit(d, cluster, lanesOf, laneEnds.size(), page);
          cluster.clear();
          laneEnds.clear();
          lanesOf.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(a.start())) {
          lane++;
        }
        if (lane == laneEnds.size()) {
          laneEnds.add(a.end());
        } else {
          laneEnds.set(lane, a.end());
        }
        cluster.add(a);
        lanesOf.add(lane);
        clusterEnd = clusterEnd == null || a.end().isAfter(clusterEnd) ? a.end() : clusterEnd;
        if (cluster.size() == 1) {
          clusterEnd = a.end();
        }
      }
      emit(d, cluster, lanesOf, laneEnds.size(), page);
    }
  }

  private void emit(int d, List<Appointment> cluster, List<Integer> lanes, int count, Page page) {
    for (int i = 0; i < cluster.size(); i++) {
      Appointment a = cluster.get(i);
      BookableService service =
          a.booking().serviceId() == null ? null : page.services().get(a.booking().serviceId());
      Node block = new EntryBlock(a, service, this).node();
      placed.add(
          new Placed(
              block,
              d,
              minute(a.start().toLocalTime()),
              endMinute(a.start().toLocalDate(), a.end()),
              lanes.get(i),
              Math.max(1, count)));
      getChildren().add(block);
    }
  }

  /** Marks the selected appointment's block, and only it. */
  void markSelected(Appointment selected) {
    String id = selected == null ? null : "appointment-" + selected.id();
    for (Placed p : placed) {
      Node n = p.node();
      if (n.getStyleClass().contains("book-entry")) {
        EntryBlock.mark(n, id != null && id.equals(n.getId()));
      }
    }
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double columns = Math.max(1, days.size());
    double colWidth = (w - AXIS) / columns;
    double perMinute = (h - HEADER) / Math.max(60, lastMinute - firstMinute);
    int headers = 0;
    for (Node n : getChildren()) {
      if (n.getStyleClass().contains("book-day-header") && n instanceof Region r) {
        r.resizeRelocate(AXIS + headers * colWidth, 0, colWidth, HEADER);
        headers++;
      }
    }
    for (Placed p : placed) {
      double y1 = HEADER + (Math.max(p.from(), firstMinute) - firstMinute) * perMinute;
      double y2 = HEADER + (Math.min(p.to(), lastMinute) - firstMinute) * perMinute;
      if (p.day() == -1) {
        p.node().resizeRelocate(AXIS, y1, w - AXIS, 1);
      } else if (p.day() == -2) {
        ((Region) p.node()).resizeRelocate(4, y1 - 8, AXIS - 8, 16);
      } else if (y2 > y1) {
        double laneWidth = (colWidth - 4) / p.lanes();
        double x = AXIS + p.day() * colWidth + 1 + p.lane() * laneWidth;
        ((Region) p.node()).resizeRelocate(x, y1 + 1, laneWidth - 1, y2 - y1 - 2);
      } else {
        ((Region) p.node()).resize(0, 0);
      }
    }
  }

  // --- from the pointer to the book
  // ----------------------------------------------------------------

  private void clickedEmpty(MouseEvent e) {
    requestFocus();
    if (e.getButton() != MouseButton.PRIMARY || e.isStillSincePress() == false) {
      return;
    }
    LocalDateTime at = timeAt(e.getX(), e.getY());
    if (at != null) {
      vm.select(null);
      booking.bookAt(at);
    }
  }

  /** The slot under a point, on the quarter hour; null outside the days. */
  LocalDateTime timeAt(double x, double y) {
    int d = dayAt(x);
    if (d < 0 || y < HEADER) {
      return null;
    }
    int m = firstMinute + (int) ((y - HEADER) / perMinute());
    m = m / STEP * STEP;
    if (m >= 24 * 60) {
      return null;
    }
    return days.get(d).atTime(LocalTime.of(m / 60, m % 60));
  }

  int dayAt(double x) {
    if (days.isEmpty() || x < AXIS) {
      return -1;
    }
    int d = (int) ((x - AXIS) / columnWidth());
    return d >= days.size() ? -1 : d;
  }

  double perMinute() {
    return (getHeight() - HEADER) / Math.max(60, lastMinute - firstMinute);
  }

  double columnWidth() {
    return (getWidth() - AXIS) / Math.max(1, days.size());
  }

  List<LocalDate> days() {
    return days;
  }

  void open() {
    booking.open();
  }

  AppointmentBookViewModel viewModel() {
    return vm;
  }

  static double edge() {
    return EDGE;
  }

  static String hm(LocalDateTime t) {
    return HM.format(t);
  }

  /** The service's colour (grey without a service) at an opacity, as CSS. */
  static String css(String colour, double opacity) {
    Color c = Color.web(colour == null ? "#7f8c8d" : colour);
    return String.format(
        Locale.ROOT,
        "rgba(%d,%d,%d,%.2f)",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255),
        opacity);
  }

  private static int minute(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static int endMinute(LocalDate day, LocalDateTime end) {
    return end.toLocalDate().isAfter(day) ? 24 * 60 : minute(end.toLocalTime());
  }
}
