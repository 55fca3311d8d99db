package org.knotwork.appointment.ui;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A time-zone field that searches as it is typed: the zones matching the text ("toronto", "new
 * york") pop up under it, over the page (nothing moves); a click or Enter takes one. Empty is this
 * computer's zone, which the prompt names.
 */
final class ZoneField extends TextField {
  private static final int SHOWN = 8;

  ZoneField(List<String> zones, String emptyMeans) {
    setPromptText(emptyMeans);
    ContextMenu matches = new ContextMenu();
    matches.setId("book-zone-matches");
    textProperty()
        .addListener(
            (o, was, now) -> {
              String typed = now == null ? "" : now.strip();
              if (!isFocused() || typed.isEmpty() || zones.contains(typed)) {
                matches.hide();
                return;
              }
              List<String> found = find(zones, typed);
              if (found.isEmpty()) {
                matches.hide();
                return;
              }
              // shown afresh each time, so a shorter list sits against the field again
              matches.hide();
              matches.getItems().setAll(found.stream().map(this::item).toList());
              matches.show(this, Side.BOTTOM, 0, 0);
            });
    focusedProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                matches.hide();
              }
            });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && matches.isShowing()) {
            List<String> found = find(zones, getText().strip());
            if (!found.isEmpty()) {
              setText(found.get(0));
              end();
            }
            matches.hide();
            e.consume();
          }
        });
  }

  private CustomMenuItem item(String zone) {
    Label label = new Label(zone);
    CustomMenuItem item = new CustomMenuItem(label, true);
    item.setOnAction(
        e -> {
          setText(zone);
          end();
        });
    return item;
  }

  /** The zones whose id holds the typed words, "new york" finding America/New_York. */
  static List<String> find(List<String> zones, String typed) {
    String words = typed.toLowerCase(Locale.ROOT).replace(' ', '_');
    return zones.stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(words))
        .limit(SHOWN)
        .toList();
  }
}
