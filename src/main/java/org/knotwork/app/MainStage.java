package org.knotwork.app;

import java.util.function.BooleanSupplier;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** How the main window looks (style sheet, title, icons) and where it sits on the screens. */
final class MainStage {
  private MainStage() {}

  /** Gives {@code stage} Knotwork's scene, title and icons, showing {@code first}. */
  static void dress(Stage stage, Parent first) {
    Scene scene = new Scene(first, WindowSettings.DEFAULT.width(), WindowSettings.DEFAULT.height());
    scene
        .getStylesheets()
        .add(MainStage.class.getResource("/org/knotwork/ui/knotwork.css").toExternalForm());
    stage.setScene(scene);
    stage.titleProperty().unbind();
    stage.setTitle("Knotwork");
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      stage
          .getIcons()
          .add(
              new Image(
                  MainStage.class
                      .getResource("/org/knotwork/app/icon/knotwork-" + size + ".png")
                      .toExternalForm()));
    }
  }

  /**
   * Closing the window (its close button, Ctrl+Q) asks {@code main} first, which may ask about
   * unsaved changes; while {@code locked}, the therapist unlocks first.
   */
  static void closeThrough(Stage stage, MainWindow main, BooleanSupplier locked) {
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          if (!locked.getAsBoolean()) {
            main.requestClose(stage::close);
          }
        });
    stage
        .getScene()
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  /** Size and place, fitted to the screens as they are now (see WindowSettings.fittedTo). */
  static void place(Stage stage, WindowSettings s) {
    Rectangle2D primary = Screen.getPrimary().getVisualBounds();
    WindowSettings fitted =
        s.fittedTo(primary, Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    Dimension2D minimum =
        WindowSettings.minimumOn(
            Screen.getScreensForRectangle(fitted.x(), fitted.y(), fitted.width(), fitted.height())
                .stream()
                .findFirst()
                .map(Screen::getVisualBounds)
                .orElse(primary));
    stage.setMinWidth(minimum.getWidth());
    stage.setMinHeight(minimum.getHeight());
    if (s.maximized()) {
      stage.setMaximized(true);
      return;
    }
    stage.setWidth(fitted.width());
    stage.setHeight(fitted.height());
    stage.setX(fitted.x());
    stage.setY(fitted.y());
  }

  /** Where the window is now, to be remembered for the next start. */
  static WindowSettings placement(Stage stage) {
    return new WindowSettings(
        stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
  }
}
