package org.knotwork.session;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words every view of a signed note uses for its red-flag screen (the note on screen, the
 * printed record, the timeline, the export), so that they all say the same.
 */
public final class RedFlagSummary {
  /** Shown when a red flag meant the session ended without treatment. */
  public static final String ENDED_WITHOUT_TREATMENT =
      "Session ended without treatment (red flag answered yes)";

  private RedFlagSummary() {}

  /**
   * "URGENT — yes", "Same day — yes", …: a first-release note keeps its own words (urgent, or refer
   * before treating).
   */
  public static String yesLabel(SessionNote note, RedFlagQuestion q) {
    if (q.urgent()) {
      return note.firstReleaseScreen() ? "URGENT — yes" : "Emergency — yes";
    }
    if (note.firstReleaseScreen() || q.urgency() == RedFlagUrgency.REFER) {
      return "Refer — yes";
    }
    return q.urgency().label() + " — yes";
  }

  /** The questions left unanswered, as asked, separated by new lines; empty when none. */
  public static String notAsked(SessionNote note) {
    return note.notAsked().stream()
        .map(RedFlagQuestion::question)
        .collect(Collectors.joining("\n"));
  }

  /** "Not asked: 3 questions" style count for one line, or empty. */
  public static String notAskedCount(SessionNote note) {
    List<RedFlagQuestion> open = note.notAsked();
    if (open.isEmpty()) {
      return "";
    }
    return open.size() == 1 ? "1 question not asked" : open.size() + " questions not asked";
  }
}
