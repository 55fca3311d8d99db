package org.knotwork.appointment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A repeated booking: weekly, every two weeks or monthly, N times in all, always at the same
 * wall-clock time (10:00 stays 10:00 across a daylight-saving change). A monthly series counts each
 * month from the first date, so one on the 31st falls on the last day of shorter months and comes
 * back to the 31st.
 */
public record Recurrence(Pattern pattern, int times) {
  /** The most appointments one series books. */
  public static final int MAX_TIMES = 52;

  /** How often. */
  public enum Pattern {
    WEEKLY("Weekly"),
    EVERY_TWO_WEEKS("Every two weeks"),
    MONTHLY("Monthly");

    private final String label;

    Pattern(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Recurrence {
    if (pattern == null) {
      throw new InvalidAppointmentException("Choose how often the appointment repeats.");
    }
    if (times < 1 || times > MAX_TIMES) {
      throw new InvalidAppointmentException("A series has between 1 and 52 appointments.");
    }
  }

  /** The starts of the series, the first one included. */
  public List<LocalDateTime> starts(LocalDateTime first) {
    List<LocalDateTime> starts = new ArrayList<>(times);
    for (int i = 0; i < times; i++) {
      starts.add(
          switch (pattern) {
            case WEEKLY -> first.plusWeeks(i);
            case EVERY_TWO_WEEKS -> first.plusWeeks(2L * i);
            case MONTHLY -> first.plusMonths(i);
          });
    }
    return starts;
  }
}
