package org.knotwork.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** What must be true before a note can be signed, each rule answered in words. */
public final class SigningRules {
  private SigningRules() {}

  /**
   * Every reason the note cannot be signed yet; empty when it can. Checks the questions asked of
   * every client; the note screen passes the client's own set with {@link #problems(SessionNote,
   * Collection)}.
   */
  public static List<String> problems(SessionNote note) {
    return problems(note, RedFlagQuestion.everySession());
  }

  /**
   * Every reason the note cannot be signed yet, with {@code asked} the red-flag questions put to
   * this client (those asked always and those their record raises). An unanswered question is not a
   * "no": each must be answered.
   */
  public static List<String> problems(SessionNote note, Collection<RedFlagQuestion> asked) {
    List<String> problems = new ArrayList<>();
    if (note.signed()) {
      problems.add("This note is already signed.");
    }
    long emergencyOpen =
        asked.stream().filter(RedFlagQuestion::urgent).filter(q -> !answered(note, q)).count();
    if (emergencyOpen > 0) {
      problems.add(
          "Answer every emergency red-flag question, one by one ("
              + emergencyOpen
              + " still open).");
    }
    long otherOpen =
        asked.stream().filter(q -> !q.urgent()).filter(q -> !answered(note, q)).count();
    if (otherOpen > 0) {
      problems.add(
          otherOpen
              + (otherOpen == 1 ? " other red-flag question is" : " other red-flag questions are")
              + " not answered yet. A question not asked is not a “no”.");
    }
    if (!note.yesFlags().isEmpty() && note.redFlagAdvice() == null) {
      problems.add("A red-flag question was answered yes: record what you advised the client.");
    }
    List<RedFlagQuestion> stop = note.noTreatmentFlags();
    if (!stop.isEmpty() && note.findings().stream().anyMatch(f -> !f.treatments().isEmpty())) {
      problems.add(
          "A red flag means no treatment today ("
              + stop.stream()
                  .map(q -> q.urgency().label().toLowerCase(java.util.Locale.ROOT))
                  .distinct()
                  .collect(Collectors.joining(", "))
              + "): remove the techniques. Findings, the advice and the referral can stay.");
    }
    if (note.durationMinutes() < 5 || note.durationMinutes() > 240) {
      problems.add("The session length is between 5 and 240 minutes.");
    }
    return List.copyOf(problems);
  }

  private static boolean answered(SessionNote note, RedFlagQuestion q) {
    return note.redFlags().containsKey(q);
  }
}
