package org.knotwork.db;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names for the files Knotwork writes outside the database (exports, saved PDFs), taken from what
 * the therapist typed and accepted by Windows, macOS and Linux alike.
 */
public final class FileNames {
  /** The longest name part kept, in characters. */
  static final int LONGEST = 80;

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** Refused by Windows, or invisible characters that control how text is shown. */
  private static final Pattern REFUSED =
      Pattern.compile("[\\\\/:*?\"<>|\\p{Cc}\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

  private FileNames() {}

  /**
   * The text as written, accents and every script kept (composed, as file browsers show them), with
   * {@code / \ : * ? " < > |} and control characters each replaced by "_", any run of spaces as one
   * space, no dot at the start (a hidden file) and no dot or space at the end (refused by Windows),
   * at most 80 characters. Empty when nothing is left.
   */
  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = SPACES.matcher(s).replaceAll(" ");
    s = REFUSED.matcher(s).replaceAll("_").strip();
    s = shorten(s);
    return s.replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
  }

  /** At most {@link #LONGEST} characters, cut between letters (never inside one with accents). */
  private static String shorten(String s) {
    if (s.length() <= LONGEST) {
      return s;
    }
    BreakIterator letters = BreakIterator.getCharacterInstance();
    letters.setText(s);
    int end = letters.preceding(LONGEST + 1);
    return s.substring(0, end == BreakIterator.DONE ? 0 : end);
  }
}
