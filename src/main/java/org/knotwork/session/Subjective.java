package org.knotwork.session;

/** S: what the client reports, in their words and on the 0–10 pain scale. */
public record Subjective(
    String chiefComplaint,
    Integer painNow,
    Integer painWorst,
    Integer painBest,
    String onset,
    String character,
    String aggravating,
    String relieving,
    String radiation,
    String changesSinceLast,
    boolean historyReviewed,
    String historyChanges,
    String stressSleepWork,
    String clientGoal) {
  public static final Subjective EMPTY =
      new Subjective(
          null, null, null, null, null, null, null, null, null, null, false, null, null, null);

  public Subjective {
    chiefComplaint = Notes.clean(chiefComplaint);
    onset = Notes.clean(onset);
    character = Notes.clean(character);
    aggravating = Notes.clean(aggravating);
    relieving = Notes.clean(relieving);
    radiation = Notes.clean(radiation);
    changesSinceLast = Notes.clean(changesSinceLast);
    historyChanges = Notes.clean(historyChanges);
    stressSleepWork = Notes.clean(stressSleepWork);
    clientGoal = Notes.clean(clientGoal);
  }
}
