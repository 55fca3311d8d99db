package org.knotwork.calendar;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the book keeps its calendar file, and whether the file names clients in full.
 *
 * @param folder the folder the file is written into (a synced folder); null keeps no file
 * @param fullNames true to show clients' full names and the addresses of mobile visits; by default
 *     the file shows only initials and the service
 */
public record CalendarFileSettings(Path folder, boolean fullNames) {
  /** The name of the file in the chosen folder. */
  public static final String FILE_NAME = "knotwork-appointments.ics";

  public static final CalendarFileSettings NONE = new CalendarFileSettings(null, false);

  /** The file the book keeps, when a folder is chosen. */
  public Optional<Path> file() {
    return Optional.ofNullable(folder).map(f -> f.resolve(FILE_NAME));
  }
}
