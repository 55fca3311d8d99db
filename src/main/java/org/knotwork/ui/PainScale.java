package org.knotwork.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The 0–10 pain scale as one row of buttons: one click, or Tab to it and type the number. Clicking
 * the chosen number again clears it. Where the row does not fit, it wraps instead of being cut.
 */
public final class PainScale extends FlowPane {
  private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value");
  private final ToggleGroup group = new ToggleGroup();
  private final ToggleButton[] buttons = new ToggleButton[11];

  public PainScale(String idPrefix, String accessibleName) {
    setHgap(2);
    setVgap(4);
    setPrefWrapLength(520);
    setAlignment(Pos.CENTER_LEFT);
    getStyleClass().add("pain-scale");
    for (int i = 0; i <= 10; i++) {
      ToggleButton b = new ToggleButton(Integer.toString(i));
      b.setId(idPrefix + "-" + i);
      b.setToggleGroup(group);
      b.setUserData(i);
      b.setFocusTraversable(i == 0);
      b.setAccessibleText(accessibleName + " " + i + " of 10");
      b.getStyleClass().add("pain-" + i);
      b.setTooltip(
          new Tooltip(i == 0 ? "0 = no pain" : i == 10 ? "10 = worst imaginable" : i + " of 10"));
      buttons[i] = b;
      getChildren().add(b);
    }
    // Hidden, not emptied, once a number is chosen: its room stays, so nothing below moves.
    Label none = new Label("not recorded");
    none.getStyleClass().addAll("text-muted", "text-small");
    none.setPadding(new javafx.geometry.Insets(0, 0, 0, 6));
    none.visibleProperty().bind(value.isNull());
    getChildren().add(none);
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              Integer v = now == null ? null : (Integer) now.getUserData();
              if (!java.util.Objects.equals(v, value.get())) {
                value.set(v);
              }
            });
    value.addListener((obs, old, now) -> group.selectToggle(now == null ? null : buttons[now]));
    setOnKeyTyped(
        e -> {
          String c = e.getCharacter();
          if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
            int digit = c.charAt(0) - '0';
            Integer current = value.get();
            value.set(current != null && current == 1 && digit == 0 ? 10 : digit);
            e.consume();
          }
        });
  }

  public ObjectProperty<Integer> valueProperty() {
    return value;
  }
}
