package org.knotwork.client;

/** Small text helpers shared by the client records. */
final class Text {
  private Text() {}

  static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
