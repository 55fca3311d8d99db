package org.knotwork.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/** Keeps a list's selected item and a ViewModel's "selected" property the same, both ways. */
public final class ListSelection {
  private ListSelection() {}

  /**
   * A click selects the item in the ViewModel; the ViewModel choosing an item (after a load, or
   * opened from elsewhere) selects it in the list. Clearing the list's selection does not clear the
   * ViewModel's choice.
   */
  public static <T> void bind(ListView<T> list, ObjectProperty<T> selected) {
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, before, now) -> {
              if (now != null) {
                selected.set(now);
              }
            });
    selected.addListener(
        (o, before, now) -> {
          if (now != list.getSelectionModel().getSelectedItem()) {
            list.getSelectionModel().select(now);
          }
        });
  }
}
