package org.knotwork.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Small helpers for read-only tables. */
public final class Tables {
  private Tables() {}

  /** A column showing text taken from each row; null shows as empty. */
  public static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(
        c -> {
          String text = value.apply(c.getValue());
          return new ReadOnlyObjectWrapper<>(text == null ? "" : text);
        });
    return column;
  }

  /** A text column with a preferred width in pixels. */
  public static <T> TableColumn<T, String> column(
      String title, Function<T, String> value, double prefWidth) {
    TableColumn<T, String> column = column(title, value);
    column.setPrefWidth(prefWidth);
    return column;
  }
}
