package org.knotwork.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.appointment.Booking;
import org.knotwork.calendar.Book;
import org.knotwork.calendar.CalendarFileSettings;
import org.knotwork.ui.CurrentThreadTaskExecutor;
import org.knotwork.ui.RecordingDialogService;

/** Settings → Calendar file, without a toolkit. */
class CalendarFileViewModelTest {
  @TempDir Path folder;
  private final Book book = new Book();
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private final CalendarFileViewModel vm =
      new CalendarFileViewModel(
          book.calendar, new CurrentThreadTaskExecutor(), dialogs, ZoneOffset.UTC);

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void choosingAFolderKeepsTheFileThereAndSaysWhenItWasWritten() throws Exception {
    book.appointments.book(
        Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false);
    vm.load();
    assertThat(vm.statusProperty().get())
        .isEqualTo("No calendar file is kept. Choose a folder to keep one.");

    dialogs.answerFolderChoiceWith(folder);
    vm.chooseFolder();

    Path file = folder.resolve(CalendarFileSettings.FILE_NAME);
    assertThat(Files.readString(file)).contains("SUMMARY:A.B.").doesNotContain("Anna");
    assertThat(vm.folderProperty().get()).isEqualTo(folder);
    assertThat(vm.statusProperty().get())
        .isEqualTo("Last written 1 Mar 2026 at 10:00 to " + CalendarFileSettings.FILE_NAME + ".");
    assertThat(vm.problemProperty().get()).isFalse();
  }

  @Test
  void switchingFullNamesOnRewritesTheFileWithNames() throws Exception {
    book.appointments.book(
        Booking.inRoom(book.anna, LocalDateTime.of(2026, 3, 2, 10, 0), 60), false);
    book.calendar.saveSettings(new CalendarFileSettings(folder, false));
    vm.load();
    assertThat(vm.fullNamesProperty().get()).isFalse();

    vm.fullNamesProperty().set(true);

    assertThat(book.calendar.settings().fullNames()).isTrue();
    assertThat(Files.readString(folder.resolve(CalendarFileSettings.FILE_NAME)))
        .contains("SUMMARY:Anna Berg");
  }

  @Test
  void aFolderThatIsGoneIsShownAsAProblemAndWriteNowTriesAgain() throws Exception {
    Path synced = Files.createDirectory(folder.resolve("Synced"));
    book.calendar.saveSettings(new CalendarFileSettings(synced, false));
    vm.load();
    Files.delete(synced.resolve(CalendarFileSettings.FILE_NAME));
    Files.delete(synced);

    vm.writeNow();

    assertThat(vm.problemProperty().get()).isTrue();
    assertThat(vm.statusProperty().get()).contains("is not there");

    Files.createDirectory(synced);
    vm.writeNow();
    assertThat(vm.problemProperty().get()).isFalse();
    assertThat(synced.resolve(CalendarFileSettings.FILE_NAME)).exists();
  }

  @Test
  void stoppingKeepsNoFileFromNowOn() {
    book.calendar.saveSettings(new CalendarFileSettings(folder, false));
    vm.load();

    vm.stopKeeping();

    assertThat(vm.folderProperty().get()).isNull();
    assertThat(book.calendar.settings().folder()).isNull();
    assertThat(vm.statusProperty().get()).startsWith("No calendar file is kept.");
  }
}
