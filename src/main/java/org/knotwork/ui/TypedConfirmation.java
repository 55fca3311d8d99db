package org.knotwork.ui;

/** Whether a name typed to confirm a deletion matches the name asked for. */
public final class TypedConfirmation {
  private TypedConfirmation() {}

  /** Matches when the text is the name, ignoring case and extra spaces. */
  public static boolean matches(String typed, String expected) {
    return typed != null && expected != null && normal(typed).equalsIgnoreCase(normal(expected));
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
