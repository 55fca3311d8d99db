package org.knotwork.handout;

import java.util.List;
import java.util.Objects;

/**
 * A home-care handout, written for the client in plain words.
 *
 * @param id the stored id of a therapist's own or edited handout; null for a built-in as shipped
 * @param builtInKey the key of the built-in handout this is or was edited from; null for the
 *     therapist's own
 * @param intro one or two sentences under the title saying what the handout is for
 * @param howOften how often to do it ("Twice a day, most days"); may be empty
 * @param safety the one safety line printed in a box at the end; may be empty
 * @param figure the drawing printed with it; null for none
 * @param image a PNG or JPEG the therapist added instead of or next to the figure; null for none
 */
public record Handout(
    Long id,
    String builtInKey,
    String title,
    String intro,
    List<HandoutSection> sections,
    String howOften,
    String safety,
    HandoutFigure figure,
    byte[] image) {
  public Handout {
    Objects.requireNonNull(title, "title");
    intro = intro == null ? "" : intro;
    sections = List.copyOf(sections);
    howOften = howOften == null ? "" : howOften;
    safety = safety == null ? "" : safety;
  }

  /** Whether this is a built-in handout exactly as shipped (not stored, not edited). */
  public boolean shippedAsBuiltIn() {
    return id == null && builtInKey != null;
  }
}
