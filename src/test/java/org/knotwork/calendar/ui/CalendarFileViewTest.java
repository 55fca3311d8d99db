package org.knotwork.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Booking;
import org.knotwork.calendar.Book;
import org.knotwork.calendar.CalendarFileSettings;
import org.knotwork.testing.Screenshots;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Calendar file section: choose a folder, and the file is there with its time shown. */
@ExtendWith(ApplicationExtension.class)
class CalendarFileViewTest {
  @TempDir static Path folder;
  private Book book;
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private Scene scene;

  @Start
  void start(Stage stage) {
    book = new Book();
    book.appointments.book(
        Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false);
    CalendarFileViewModel vm =
        new CalendarFileViewModel(
            book.calendar, new CurrentThreadTaskExecutor(), dialogs, ZoneOffset.UTC);
    vm.load();
    StackPane root = new StackPane(new CalendarFileView(vm));
    root.setStyle("-fx-padding: 16;");
    scene = new Scene(root, 640, 420);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void choosingAFolderWritesTheFileAndShowsWhen(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#calendar-file-full-names").queryAs(CheckBox.class).isDisabled())
        .isTrue();
    dialogs.answerFolderChoiceWith(folder);

    robot.clickOn("#calendar-file-choose");

    assertThat(robot.lookup("#calendar-file-status").queryAs(Label.class).getText())
        .isEqualTo("Last written 1 Mar 2026 at 10:00 to " + CalendarFileSettings.FILE_NAME + ".");
    assertThat(robot.lookup("#calendar-file-folder").queryAs(Label.class).getText())
        .isEqualTo("Folder: " + folder);
    assertThat(robot.lookup("#calendar-file-full-names").queryAs(CheckBox.class).isDisabled())
        .isFalse();
    assertThat(folder.resolve(CalendarFileSettings.FILE_NAME)).exists();
    Screenshots.save(robot, scene, "calendar-file-settings");
  }
}
