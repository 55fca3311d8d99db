package org.knotwork.handout;

/**
 * A handout as the library lists it.
 *
 * @param ref how plans refer to it (see {@link HandoutRef})
 */
public record LibraryItem(String ref, Handout handout, Kind kind) {
  /** Where the handout comes from. */
  public enum Kind {
    BUILT_IN("Built in"),
    EDITED("Built in, edited"),
    OWN("Your own");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String title() {
    return handout.title();
  }
}
