package org.knotwork.calendar.ui;

import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.knotwork.calendar.CardChoice;
import org.knotwork.ui.DocumentCommands;

/**
 * The "For the client" menu of one appointment with a quiet line under it saying what the last
 * action did ("Reminder text copied…", "Saved … ready to attach"), so a click on the menu never
 * leaves the therapist wondering.
 */
public final class ForTheClientActions extends VBox {
  public ForTheClientActions(
      ForTheClientViewModel vm, DocumentCommands<CardChoice> cards, Supplier<Long> appointment) {
    super(6);
    Label status = new Label();
    status.setId("for-the-client-status");
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status.managedProperty().bind(status.textProperty().isNotEmpty());
    status.visibleProperty().bind(status.managedProperty());
    getChildren().addAll(new ForTheClientMenu(vm, cards, appointment), status);
  }
}
