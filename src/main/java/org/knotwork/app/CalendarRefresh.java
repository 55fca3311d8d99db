package org.knotwork.app;

import org.knotwork.calendar.CalendarFile;
import org.knotwork.ui.TaskExecutor;

/**
 * Gives the calendar file the lane for long work to refresh on: every change to the book asks for a
 * refresh there, never on the JavaFX thread, and never holding up a search or a save (decision
 * 0034). At every start the file is written afresh, since its window of days has moved on.
 */
final class CalendarRefresh {
  private CalendarRefresh() {}

  static void start(CalendarFile file, TaskExecutor executor) {
    file.refreshOn(
        refresh ->
            executor.executeLong(
                () -> {
                  refresh.run();
                  return null;
                },
                done -> {},
                failure -> {})); // logged by the executor; the file's status tells the therapist
    file.changed();
  }
}
