package org.knotwork.session;

/** Text helpers for note fields. */
final class Notes {
  private Notes() {}

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
