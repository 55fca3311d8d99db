package org.knotwork.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.calendar.Book;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/**
 * "For the client": the calendar entry saved where chosen, the reminder handed to the clipboard.
 */
class ForTheClientViewModelTest {
  @TempDir Path folder;
  private final Book book = new Book();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final ForTheClientViewModel vm =
      new ForTheClientViewModel(book.forTheClient, new CurrentThreadTaskExecutor(), dialogs);
  private final Appointment monday =
      book.appointments.book(
          Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false);

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void theCalendarEntryIsSavedWhereChosenUnderANameWithoutTheClient() throws Exception {
    Path target = folder.resolve("for-anna.ics");
    dialogs.answerSaveChoiceWith(target);

    vm.saveCalendarEntry(monday.id());

    assertThat(Files.readString(target)).contains("BEGIN:VEVENT", "LOCATION:Harbour Massage");
    assertThat(vm.statusProperty().get()).startsWith("Saved for-anna.ics");
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void theReminderGoesToTheClipboardAndACancelledOneGetsAMessage() {
    List<String> clipboard = new ArrayList<>();
    vm.copyReminderText(monday.id(), clipboard::add);
    assertThat(clipboard).singleElement().asString().startsWith("Hello Anna,");
    assertThat(vm.statusProperty().get()).startsWith("Reminder text copied");

    book.appointments.cancel(monday.id(), CancelledBy.CLIENT);
    vm.copyReminderText(monday.id(), clipboard::add);
    assertThat(clipboard).hasSize(1);
    assertThat(dialogs.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("nothing to remind the client of"));
  }
}
