package org.knotwork.client;

/** What the client reacts to: the common massage products plus anything else in words. */
public record Allergies(boolean oils, boolean lotions, boolean latex, String other) {
  public static final Allergies NONE = new Allergies(false, false, false, null);

  public Allergies {
    other = Text.blankToNull(other);
  }

  public boolean any() {
    return oils || lotions || latex || other != null;
  }
}
