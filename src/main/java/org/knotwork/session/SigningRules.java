package org.knotwork.session;

import java.util.ArrayList;
import java.util.List;

/** What must be true before a note can be signed, each rule answered in words. */
public final class SigningRules {
  private SigningRules() {}

  /** Every reason the note cannot be signed yet; empty when it can. */
  public static List<String> problems(SessionNote note) {
    List<String> problems = new ArrayList<>();
    if (note.signed()) {
      problems.add("This note is already signed.");
    }
    long unanswered =
        java.util.Arrays.stream(RedFlagQuestion.values())
            .filter(RedFlagQuestion::urgent)
            .filter(q -> !note.redFlags().containsKey(q))
            .count();
    if (unanswered > 0) {
      problems.add("Answer every urgent red-flag question (" + unanswered + " still open).");
    }
    if ((!note.urgentFlags().isEmpty() || !note.referFlags().isEmpty())
        && note.redFlagAdvice() == null) {
      problems.add("A red-flag question was answered yes: record what you advised the client.");
    }
    if (note.durationMinutes() < 5 || note.durationMinutes() > 240) {
      problems.add("The session length is between 5 and 240 minutes.");
    }
    return List.copyOf(problems);
  }
}
