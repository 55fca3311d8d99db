package org.knotwork.ui;

import java.util.Collection;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Room kept for a message whose text changes: as tall as the tallest text it can show, so nothing
 * below it moves when the message changes, shortens or goes away.
 */
public final class ReservedRoom {
  private ReservedRoom() {}

  /**
   * The message {@code live} in a pane as tall as the tallest of {@code texts} (wrapped at the
   * width it is given and styled like {@code live}); the copies that keep the room are never seen.
   */
  public static StackPane around(Label live, Collection<String> texts) {
    StackPane room = new StackPane();
    room.setAlignment(Pos.TOP_LEFT);
    for (String text : texts) {
      Label ghost = new Label(text);
      ghost.setWrapText(live.isWrapText());
      ghost.getStyleClass().setAll(live.getStyleClass());
      ghost.setVisible(false);
      ghost.setMouseTransparent(true);
      ghost.setFocusTraversable(false);
      room.getChildren().add(ghost);
    }
    live.setVisible(true);
    live.setManaged(true);
    room.getChildren().add(live);
    return room;
  }
}
