package org.knotwork.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.calendar.Book;
import org.knotwork.calendar.CardChoice;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Copy reminder text" says that it did: a hands-on trial found the click left no trace on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ForTheClientActionsTest {
  private Book book;

  @Start
  void start(Stage stage) {
    book = new Book();
    Appointment monday =
        book.appointments.book(
            Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false);
    ForTheClientViewModel vm =
        new ForTheClientViewModel(
            book.forTheClient, new CurrentThreadTaskExecutor(), new RecordingDialogService());
    DocumentCommands<CardChoice> noCards =
        new DocumentCommands<>() {
          @Override
          public void print(CardChoice key) {}

          @Override
          public void save(CardChoice key) {}

          @Override
          public void open(CardChoice key) {}

          @Override
          public ReadOnlyBooleanProperty busyProperty() {
            return new SimpleBooleanProperty(false);
          }

          @Override
          public ReadOnlyStringProperty statusProperty() {
            return new SimpleStringProperty("");
          }
        };
    stage.setScene(
        new Scene(new StackPane(new ForTheClientActions(vm, noCards, monday::id)), 480, 240));
    stage.show();
  }

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void copyingTheReminderSaysSoBesideTheMenu(FxRobot robot) {
    robot.clickOn("#for-the-client").clickOn("#for-the-client-reminder");

    assertThat(robot.lookup("#for-the-client-status").queryAs(Label.class).getText())
        .startsWith("Reminder text copied");
  }
}
