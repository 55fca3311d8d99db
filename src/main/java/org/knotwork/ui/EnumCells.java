package org.knotwork.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Shows enum values in combo boxes by their human label. */
public final class EnumCells {
  private EnumCells() {}

  public static <E> void labelled(ComboBox<E> combo, Function<E, String> label, String emptyText) {
    combo.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(E value) {
            return value == null ? emptyText : label.apply(value);
          }

          @Override
          public E fromString(String text) {
            return combo.getItems().stream()
                .filter(e -> label.apply(e).equals(text))
                .findFirst()
                .orElse(null);
          }
        });
    combo.setButtonCell(
        new ListCell<>() {
          @Override
          protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? emptyText : label.apply(item));
          }
        });
    combo.setPromptText(emptyText);
  }
}
