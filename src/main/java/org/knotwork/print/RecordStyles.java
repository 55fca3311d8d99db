package org.knotwork.print;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knotwork.print.PageFlow.Style;

/** The type styles and small formatting helpers shared by the pages of a record of care. */
final class RecordStyles {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  final Style title;
  final Style badge;
  final Style section;
  final Style noteTitle;
  final Style subhead;
  final Style body;
  final Style label;
  final Style value;
  final Style tableHead;
  final Style tableBody;
  final Style caption;
  final Style boxLabel;
  final Style continued;

  /** The width of the label column in label–value rows. */
  static final float LABEL_WIDTH = 124;

  RecordStyles(PdfFonts f) {
    title = new Style(f.bold, 21, 27, Stationery.INK);
    badge = new Style(f.bold, 10, 14, Stationery.WARNING);
    section = new Style(f.bold, 14, 19, Stationery.ACCENT);
    noteTitle = new Style(f.bold, 11.5f, 16, Stationery.INK);
    subhead = new Style(f.bold, 9.5f, 14, Stationery.ACCENT);
    body = new Style(f.regular, 10, 14, Stationery.INK);
    label = new Style(f.regular, 9, 14, Stationery.MUTED);
    value = new Style(f.regular, 10, 14, Stationery.INK);
    tableHead = new Style(f.bold, 9, 12, Stationery.INK);
    tableBody = new Style(f.regular, 9, 12.5f, Stationery.INK);
    caption = new Style(f.regular, 8.5f, 12, Stationery.MUTED);
    boxLabel = new Style(f.bold, 9, 13, Stationery.INK);
    continued = new Style(f.bold, 8.5f, 12, Stationery.MUTED);
  }

  /** "14 Mar 2026, 10:05". */
  static String dayAndTime(LocalDateTime at) {
    return Stationery.day(at.toLocalDate()) + ", " + TIME.format(at);
  }

  static String time(LocalDateTime at) {
    return TIME.format(at);
  }

  /** Adds a label–value row when the value says something. */
  static void row(List<Map.Entry<String, String>> rows, String label, String value) {
    if (value != null && !value.isBlank()) {
      rows.add(Map.entry(label, value.strip()));
    }
  }

  /** A label with a lower-case first letter, for running text ("prone", "firm"). */
  static String lower(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ENGLISH) + text.substring(1);
  }

  /** "left", "right", "both sides", "both sides, left more". */
  static String side(org.knotwork.body.Side side) {
    return switch (side) {
      case LEFT -> "left";
      case RIGHT -> "right";
      case BILATERAL -> "both sides";
      case LEFT_GREATER -> "both sides, left more";
      case RIGHT_GREATER -> "both sides, right more";
    };
  }
}
