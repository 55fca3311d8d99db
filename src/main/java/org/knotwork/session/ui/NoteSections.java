package org.knotwork.session.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;

/** Shared layout for the sections of a note. */
final class NoteSections {
  static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private NoteSections() {}

  static VBox section(String title, Node note, Node content) {
    VBox box = new VBox(10, Forms.sectionTitle(title));
    if (note != null) {
      box.getChildren().add(note);
    }
    box.getChildren().add(content);
    box.getStyleClass().add("form-section");
    return box;
  }
}
