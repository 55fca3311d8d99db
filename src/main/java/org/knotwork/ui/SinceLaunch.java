package org.knotwork.ui;

import java.lang.management.ManagementFactory;

/** Milliseconds since this process started: the figure the start-up log lines report. */
public final class SinceLaunch {
  private SinceLaunch() {}

  public static long millis() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
