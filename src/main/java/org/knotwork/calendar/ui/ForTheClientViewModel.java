package org.knotwork.calendar.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.calendar.ForTheClient;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * "For the client" on an appointment: save it as a calendar entry (.ics) to attach to an e-mail,
 * and copy a reminder text. The card is printed through the app's document commands.
 */
public final class ForTheClientViewModel {
  private final ForTheClient forTheClient;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

  public ForTheClientViewModel(
      ForTheClient forTheClient, TaskExecutor executor, DialogService dialogs) {
    this.forTheClient = forTheClient;
    this.executor = executor;
    this.dialogs = dialogs;
  }

  /** Makes the calendar entry, asks where to save it and writes it there. */
  public void saveCalendarEntry(Long appointmentId) {
    if (appointmentId == null || busy.get()) {
      return;
    }
    busy.set(true);
    executor.executeWhileUnlocked(
        () -> forTheClient.calendarEntry(appointmentId),
        entry -> {
          Optional<Path> chosen =
              dialogs.showSaveDialog(
                  FileDialogConfiguration.titled("Save as calendar entry")
                      .withFilter("Calendar entry (.ics)", "*.ics")
                      .withInitialFileName(entry.fileName()));
          if (chosen.isEmpty()) {
            busy.set(false);
            return;
          }
          Path target = chosen.get();
          executor.executeWhileUnlocked(
              () -> {
                ForTheClient.save(entry, target);
                return target;
              },
              written -> {
                busy.set(false);
                status.set("Saved " + written.getFileName() + ", ready to attach to an e-mail");
              },
              failure -> failed("The calendar entry was not saved", failure, "Saving it"));
        },
        failure -> failed("The calendar entry could not be made", failure, "Making it"));
  }

  /** Makes the reminder text and hands it to {@code clipboard} (the view puts it there). */
  public void copyReminderText(Long appointmentId, Consumer<String> clipboard) {
    if (appointmentId == null || busy.get()) {
      return;
    }
    busy.set(true);
    executor.executeWhileUnlocked(
        () -> forTheClient.reminderText(appointmentId),
        text -> {
          busy.set(false);
          clipboard.accept(text);
          status.set("Reminder text copied: paste it into a message");
        },
        failure -> failed("The reminder text could not be made", failure, "Making it"));
  }

  private void failed(String title, Throwable failure, String attempted) {
    busy.set(false);
    status.set("");
    // the book's own refusals ("This appointment is cancelled; …") are already in words
    dialogs.showError(
        title,
        failure instanceof InvalidAppointmentException
            ? failure.getMessage()
            : UserMessages.explain(failure, attempted));
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** A quiet line about the last action. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
