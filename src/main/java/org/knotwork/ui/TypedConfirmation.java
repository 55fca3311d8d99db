package org.knotwork.ui;

import java.text.Normalizer;

/** Whether a name typed to confirm a deletion matches the name asked for. */
public final class TypedConfirmation {
  private TypedConfirmation() {}

  /**
   * Matches when the text is the name exactly as shown: the same letters in the same case, with the
   * same accents. Only spacing is forgiven: spaces before and after are ignored and a run of spaces
   * inside counts as one. An accented letter typed as a letter plus a combining accent counts as
   * the accented letter (both are compared in Unicode form NFC), since the two look the same.
   * {@code RetentionService} applies the same rule before it deletes.
   */
  public static boolean matches(String typed, String expected) {
    return typed != null && expected != null && normal(typed).equals(normal(expected));
  }

  private static String normal(String s) {
    return Normalizer.normalize(s.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
  }
}
