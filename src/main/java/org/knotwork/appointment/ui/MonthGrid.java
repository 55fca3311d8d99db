package org.knotwork.appointment.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.BlockedTime;
import org.knotwork.appointment.ui.AppointmentBookViewModel.Page;

/**
 * The month overview: six weeks of days, each with its first appointments; a click opens the day.
 */
final class MonthGrid extends GridPane {
  private static final int LINES = 3;
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);

  private final AppointmentBookViewModel vm;

  MonthGrid(AppointmentBookViewModel vm) {
    this.vm = vm;
    setId("book-month");
    getStyleClass().add("book-grid");
    for (int c = 0; c < 7; c++) {
      ColumnConstraints col = new ColumnConstraints();
      col.setPercentWidth(100.0 / 7);
      getColumnConstraints().add(col);
    }
  }

  void show(List<LocalDate> days, Page page, List<Appointment> appointments) {
    getChildren().clear();
    getRowConstraints().clear();
    RowConstraints head = new RowConstraints();
    getRowConstraints().add(head);
    for (int r = 0; r < days.size() / 7; r++) {
      RowConstraints row = new RowConstraints();
      row.setVgrow(Priority.ALWAYS);
      row.setPercentHeight(-1);
      getRowConstraints().add(row);
    }
    for (int c = 0; c < 7 && c < days.size(); c++) {
      Label name = new Label(WEEKDAY.format(days.get(c)));
      name.getStyleClass().add("book-day-header");
      name.setMaxWidth(Double.MAX_VALUE);
      add(name, c, 0);
    }
    int month = vm.dateProperty().get().getMonthValue();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      VBox cell = new VBox(2);
      cell.setId("book-month-" + day);
      cell.getStyleClass().add("book-month-cell");
      if (day.getMonthValue() != month) {
        cell.getStyleClass().add("other-month");
      }
      if (day.equals(vm.today())) {
        cell.getStyleClass().add("today");
      }
      Label number = new Label(Integer.toString(day.getDayOfMonth()));
      number.getStyleClass().add("book-month-day");
      cell.getChildren().add(number);
      if (page != null) {
        for (BlockedTime b : page.blocked()) {
          if (b.start().toLocalDate().isBefore(day.plusDays(1))
              && b.end().isAfter(day.atStartOfDay())) {
            cell.getChildren().add(new Label(b.describe()));
          }
        }
      }
      List<Appointment> onDay =
          appointments.stream()
              .filter(a -> a.start().toLocalDate().equals(day))
              .sorted(Comparator.comparing(Appointment::start))
              .toList();
      onDay.stream()
          .limit(LINES)
          .forEach(
              a -> {
                Label line = new Label(TimeGrid.hm(a.start()) + " " + a.clientName());
                if (a.state().isCancelled()) {
                  line.getStyleClass().add("cancelled");
                  line.setStyle("-fx-strikethrough: true; -fx-opacity: 0.6;");
                }
                cell.getChildren().add(line);
              });
      if (onDay.size() > LINES) {
        cell.getChildren().add(new Label("and " + (onDay.size() - LINES) + " more"));
      }
      cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
      cell.setMinHeight(0);
      cell.setAccessibleText(day + ": " + onDay.size() + " appointments; click to open the day");
      cell.setOnMouseClicked(e -> vm.openDay(day));
      add(cell, i % 7, 1 + i / 7);
    }
  }
}
