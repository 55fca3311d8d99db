package org.knotwork.cli;

import org.knotwork.db.DataDirectory;

/** Points the log file at the practice's data folder before the first logger is created. */
final class Logging {
  private Logging() {}

  static void configure(DataDirectory dir) {
    if (System.getProperty("knotwork.logDir") == null) {
      System.setProperty("knotwork.logDir", dir.logDirectory().toString());
    }
  }
}
