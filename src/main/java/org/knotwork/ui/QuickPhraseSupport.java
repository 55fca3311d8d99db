package org.knotwork.ui;

import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * Lets a text field expand ";abbreviation" into a quick phrase as soon as the word ends (space,
 * punctuation, Enter) or the field is left.
 */
public final class QuickPhraseSupport {
  /** The expansion answer: new text and caret position. */
  public record Result(String text, int caret) {}

  private QuickPhraseSupport() {}

  public static void install(
      TextInputControl field, BiFunction<String, Integer, Optional<Result>> expander) {
    field.addEventFilter(
        KeyEvent.KEY_TYPED,
        e -> {
          String c = e.getCharacter();
          if (c.equals(" ")
              || c.equals(".")
              || c.equals(",")
              || c.equals("\r")
              || c.equals("\n")
              || c.equals(":")) {
            expand(field, expander);
          }
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, is) -> {
              if (!is) {
                expand(field, expander);
              }
            });
  }

  private static void expand(
      TextInputControl field, BiFunction<String, Integer, Optional<Result>> expander) {
    expander
        .apply(field.getText(), field.getCaretPosition())
        .ifPresent(
            r -> {
              field.setText(r.text());
              field.positionCaret(r.caret());
            });
  }
}
