package org.knotwork.session;

/** P: what happens next. */
public record CarePlan(String nextFocus, String frequency, String homeCare, String referral) {
  public static final CarePlan EMPTY = new CarePlan(null, null, null, null);

  public CarePlan {
    nextFocus = Notes.clean(nextFocus);
    frequency = Notes.clean(frequency);
    homeCare = Notes.clean(homeCare);
    referral = Notes.clean(referral);
  }
}
