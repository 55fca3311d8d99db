package org.knotwork.handout;

import java.util.List;
import java.util.Objects;

/**
 * One part of a handout: a heading, an optional short paragraph, and bullets (steps are bullets in
 * the order to do them).
 *
 * @param text a short paragraph under the heading; may be empty
 * @param numbered whether the bullets are steps to follow in order (printed 1, 2, 3)
 */
public record HandoutSection(String heading, String text, List<String> bullets, boolean numbered) {
  public HandoutSection {
    Objects.requireNonNull(heading, "heading");
    text = text == null ? "" : text;
    bullets = List.copyOf(bullets);
  }
}
