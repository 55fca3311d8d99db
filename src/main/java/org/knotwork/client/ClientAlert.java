package org.knotwork.client;

/**
 * Something the therapist must keep in mind before touching this client, derived from the record.
 *
 * @param headline the short name shown on the banner ("Anticoagulants")
 * @param advice what to do about it ("avoid deep or vigorous work")
 */
public record ClientAlert(Kind kind, String headline, String advice) {

  /** Why the alert exists: the health history, an allergy, or missing paperwork. */
  public enum Kind {
    CONTRAINDICATION,
    ALLERGY,
    CONSENT
  }

  /** The banner text, e.g. "Anticoagulants — avoid deep or vigorous work". */
  public String text() {
    return headline + " — " + advice;
  }
}
