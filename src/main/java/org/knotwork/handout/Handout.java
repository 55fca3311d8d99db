package org.knotwork.handout;

import java.util.List;
import java.util.Objects;
import org.knotwork.safety.EmergencyNumbers;

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

  /**
   * The handout with the emergency number and same-day help of the practice's country in place of
   * their placeholders, as it is printed.
   */
  public Handout withNumbers(EmergencyNumbers numbers) {
    return new Handout(
        id,
        builtInKey,
        numbers.fill(title),
        numbers.fill(intro),
        sections.stream()
            .map(
                s ->
                    new HandoutSection(
                        numbers.fill(s.heading()),
                        numbers.fill(s.text()),
                        s.bullets().stream().map(numbers::fill).toList(),
                        s.numbered()))
            .toList(),
        numbers.fill(howOften),
        numbers.fill(safety),
        figure,
        image);
  }

  /** Whether this is a built-in handout exactly as shipped (not stored, not edited). */
  public boolean shippedAsBuiltIn() {
    return id == null && builtInKey != null;
  }
}
