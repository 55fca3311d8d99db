package org.knotwork.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** What the lock tests look at: the windows on show and every text in them. */
final class LockedScreen {
  private LockedScreen() {}

  /** The app's windows on show other than {@code main}. */
  static List<Window> otherWindows(Stage main) {
    WaitForAsyncUtils.waitForFxEvents();
    return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w != main).toList();
  }

  /** Every text shown in any of the app's windows. */
  static List<String> textOnScreen() {
    List<String> texts = new ArrayList<>();
    for (Window window : Window.getWindows()) {
      if (window.isShowing() && window.getScene() != null) {
        collect(window.getScene().getRoot(), texts);
      }
    }
    return texts;
  }

  private static void collect(Node node, List<String> texts) {
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      texts.add(labeled.getText());
    }
    if (node instanceof TextInputControl input && input.getText() != null) {
      texts.add(input.getText());
    }
    if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
      texts.add(text.getText());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, texts);
      }
    }
  }
}
