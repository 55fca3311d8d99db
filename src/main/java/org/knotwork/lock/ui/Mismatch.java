package org.knotwork.lock.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;

/** The sentence shown when a new passphrase and its repetition differ. */
final class Mismatch {
  static final String NOT_THE_SAME = "The two passphrases are not the same";

  private Mismatch() {}

  /** {@link #NOT_THE_SAME} once {@code repeat} holds something other than {@code first}. */
  static StringBinding of(StringProperty first, StringProperty repeat) {
    return Bindings.createStringBinding(
        () -> repeat.get().isEmpty() || repeat.get().equals(first.get()) ? null : NOT_THE_SAME,
        first,
        repeat);
  }
}
