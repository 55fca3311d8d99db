package org.knotwork.appointment.ui;

import java.util.List;
import java.util.function.Function;
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
  ZoneField(List<String> zones, Function<String, List<String>> find, String emptyMeans) {
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
              List<String> found = find.apply(typed);
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
            List<String> found = find.apply(getText().strip());
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
}
