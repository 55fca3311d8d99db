package org.knotwork.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Knotwork's own windows beside the main one, closed all at once when it locks. */
public final class OpenWindows {
  private static final String DIALOG = "knotwork.dialog";

  private OpenWindows() {}

  /** Marks a dialog as Knotwork's, so that a lock can answer it "cancel" before closing it. */
  static void remember(Dialog<?> dialog) {
    dialog.getDialogPane().getProperties().put(DIALOG, dialog);
  }

  /**
   * Closes every window but {@code main}, newest first: a dialog is answered with its cancelling
   * button and closed (a caller waiting on it sees "cancelled"), a popup (menu, list, date picker,
   * tooltip) is hidden, any other stage is closed.
   *
   * @return how many windows were closed
   */
  public static int closeAllBut(Window main) {
    List<Window> open = new ArrayList<>(Window.getWindows());
    Collections.reverse(open);
    int closed = 0;
    for (Window window : open) {
      if (window == main || !window.isShowing()) {
        continue;
      }
      Dialog<?> dialog = dialogIn(window);
      if (dialog != null) {
        cancel(dialog);
      }
      if (window.isShowing()) {
        if (window instanceof Stage stage) {
          stage.close();
        } else {
          window.hide();
        }
      }
      closed++;
    }
    return closed;
  }

  private static Dialog<?> dialogIn(Window window) {
    Scene scene = window.getScene();
    if (scene == null || scene.getRoot() == null) {
      return null;
    }
    Node pane = scene.getRoot().lookup(".dialog-pane");
    return pane == null ? null : (Dialog<?>) pane.getProperties().get(DIALOG);
  }

  private static void cancel(Dialog<?> dialog) {
    if (dialog instanceof Alert alert) {
      List<ButtonType> buttons = alert.getButtonTypes();
      ButtonType cancel =
          buttons.stream()
              .filter(
                  b ->
                      b.getButtonData() == ButtonData.CANCEL_CLOSE
                          || b.getButtonData().isCancelButton())
              .findFirst()
              .orElse(buttons.size() == 1 ? buttons.get(0) : null);
      if (cancel != null) {
        alert.setResult(cancel);
      }
    }
    dialog.close();
  }
}
