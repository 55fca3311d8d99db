package org.knotwork.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Booking;
import org.knotwork.calendar.Book;
import org.knotwork.calendar.CalendarFile;
import org.knotwork.calendar.CalendarFileSettings;
import org.knotwork.ui.FxTaskExecutor;
import org.knotwork.ui.PracticeLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app's calendar file is refreshed on the lane for long work, even for a change on the FX
 * thread.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarRefreshTest {
  @TempDir Path folder;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 100, 100));
  }

  @Test
  void aChangeMadeOnTheFxThreadIsWrittenOffIt(FxRobot robot) throws Exception {
    List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
    CountDownLatch written = new CountDownLatch(2);
    CalendarFile.FileWriter recording =
        (target, content) -> {
          onFxThread.add(Platform.isFxApplicationThread());
          CalendarFile.ATOMIC.write(target, content);
          written.countDown();
        };
    FxTaskExecutor executor = new FxTaskExecutor(new PracticeLock());
    try (Book book = new Book(recording)) {
      book.calendar.saveSettings(new CalendarFileSettings(folder, false));
      onFxThread.clear();

      robot.interact(() -> CalendarRefresh.start(book.calendar, executor));
      robot.interact(
          () ->
              book.appointments.book(
                  Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false));

      assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
      executor.shutdown();
      assertThat(onFxThread).isNotEmpty().containsOnly(false);
      assertThat(Files.readString(folder.resolve(CalendarFileSettings.FILE_NAME)))
          .contains("SUMMARY:A.B.");
    } finally {
      executor.shutdown();
    }
  }
}
