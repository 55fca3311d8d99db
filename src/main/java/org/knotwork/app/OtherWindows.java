package org.knotwork.app;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.knotwork.print.SystemPrinter;
import org.knotwork.ui.OpenWindows;

/**
 * The windows Knotwork opens beside its main window (questions, messages, menus, the print dialog):
 * Ctrl+L locks from any of them, using them counts as use for the idle lock, and locking closes
 * them all.
 */
final class OtherWindows {
  private static final KeyCombination LOCK =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

  private OtherWindows() {}

  /** From now on, every window opened beside {@code main} locks on Ctrl+L and reports use. */
  static void watch(Stage main, Runnable lock, Runnable used) {
    Window.getWindows()
        .addListener(
            (ListChangeListener<Window>)
                change -> {
                  while (change.next()) {
                    for (Window window : change.getAddedSubList()) {
                      if (window != main) {
                        whenScene(window, scene -> listen(scene, lock, used));
                      }
                    }
                  }
                });
  }

  /**
   * Closes every other window at once: questions count as cancelled, the print dialog as cancelled,
   * menus and popups are hidden.
   *
   * @return how many of Knotwork's own windows were closed
   */
  static int closeAll(Stage main) {
    int closed = OpenWindows.closeAllBut(main);
    SystemPrinter.closeOpenDialogs();
    return closed;
  }

  private static void whenScene(Window window, java.util.function.Consumer<Scene> then) {
    if (window.getScene() != null) {
      then.accept(window.getScene());
    } else {
      window
          .sceneProperty()
          .addListener(
              (o, was, now) -> {
                if (now != null && was == null) {
                  then.accept(now);
                }
              });
    }
  }

  private static void listen(Scene scene, Runnable lock, Runnable used) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (LOCK.match(e)) {
            e.consume();
            lock.run();
          }
        });
    javafx.event.EventHandler<Event> use = e -> used.run();
    scene.addEventFilter(KeyEvent.ANY, use);
    scene.addEventFilter(MouseEvent.MOUSE_MOVED, use);
    scene.addEventFilter(MouseEvent.MOUSE_PRESSED, use);
    scene.addEventFilter(ScrollEvent.ANY, use);
  }
}
