package org.knotwork.calendar.ui;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.knotwork.calendar.CalendarFile;
import org.knotwork.calendar.CalendarFileSettings;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * Settings → Calendar file: the folder the book's calendar file is kept in, whether it names
 * clients in full, "Write now", and when it was last written or why it could not be.
 */
public final class CalendarFileViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

  private final CalendarFile calendarFile;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ZoneId zone;
  private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
  private final BooleanProperty fullNames = new SimpleBooleanProperty(this, "fullNames");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private boolean loading;

  /**
   * @param zone the zone the last write's time is shown in (the computer's)
   */
  public CalendarFileViewModel(
      CalendarFile calendarFile, TaskExecutor executor, DialogService dialogs, ZoneId zone) {
    this.calendarFile = calendarFile;
    this.executor = executor;
    this.dialogs = dialogs;
    this.zone = zone;
    calendarFile.onStatus(s -> executor.onUiThread(() -> show(s)));
    fullNames.addListener(
        (o, was, now) -> {
          if (!loading && folder.get() != null) {
            save(new CalendarFileSettings(folder.get(), now));
          }
        });
  }

  /** Reads the settings and the last write. */
  public void load() {
    busy.set(true);
    executor.execute(
        () -> new Loaded(calendarFile.settings(), calendarFile.status()),
        loaded -> {
          busy.set(false);
          loading = true;
          folder.set(loaded.settings().folder());
          fullNames.set(loaded.settings().fullNames());
          loading = false;
          show(loaded.status());
        },
        failure -> {
          busy.set(false);
          dialogs.showError(
              "The calendar file settings could not be read",
              UserMessages.explain(failure, "Reading the settings"));
        });
  }

  private record Loaded(CalendarFileSettings settings, CalendarFile.Status status) {}

  /** Asks for the folder (a synced folder) and keeps the file there from now on. */
  public void chooseFolder() {
    FileDialogConfiguration dialog = FileDialogConfiguration.titled("Folder for the calendar file");
    if (folder.get() != null) {
      dialog = dialog.withInitialDirectory(folder.get());
    }
    dialogs
        .showDirectoryDialog(dialog)
        .ifPresent(chosen -> save(new CalendarFileSettings(chosen, fullNames.get())));
  }

  /** Keeps no calendar file from now on; a file already written stays where it is. */
  public void stopKeeping() {
    save(new CalendarFileSettings(null, fullNames.get()));
  }

  /** Writes the file now. */
  public void writeNow() {
    if (folder.get() == null || busy.get()) {
      return;
    }
    busy.set(true);
    executor.executeLong(
        calendarFile::writeNow,
        written -> busy.set(false),
        failure -> {
          busy.set(false);
          dialogs.showError(
              "The calendar file was not written",
              UserMessages.explain(failure, "Writing the calendar file"));
        });
  }

  private void save(CalendarFileSettings settings) {
    busy.set(true);
    executor.executeLong(
        () -> calendarFile.saveSettings(settings),
        written -> {
          busy.set(false);
          folder.set(settings.folder());
        },
        failure -> {
          busy.set(false);
          dialogs.showError(
              "The calendar file settings were not saved",
              UserMessages.explain(failure, "Saving the settings"));
        });
  }

  private void show(CalendarFile.Status s) {
    if (s.problem() != null) {
      problem.set(true);
      status.set(s.problem());
    } else {
      problem.set(false);
      if (s.file() == null) {
        status.set("No calendar file is kept. Choose a folder to keep one.");
      } else if (s.writtenAt() == null) {
        status.set("Not written yet.");
      } else {
        status.set(
            "Last written "
                + WHEN.format(LocalDateTime.ofInstant(s.writtenAt(), zone))
                + " to "
                + s.file().getFileName()
                + ".");
      }
    }
  }

  /** The folder the file is kept in; null for none. */
  public ReadOnlyObjectProperty<Path> folderProperty() {
    return folder.getReadOnlyProperty();
  }

  /** Whether the file shows full names (and mobile visits' addresses); saved when changed. */
  public BooleanProperty fullNamesProperty() {
    return fullNames;
  }

  /** When the file was last written, or what went wrong. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** True when the status tells of a problem. */
  public ReadOnlyBooleanProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
