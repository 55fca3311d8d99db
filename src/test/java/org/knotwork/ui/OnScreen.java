package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Layout checks for screens at a given window size: a control is wholly inside the window (in a
 * page that scrolls up and down, inside it sideways, with no sideways scrolling), and a label or
 * button shows its whole text, not text cut short with "…". Call on the JavaFX thread, after a
 * layout pass.
 */
public final class OnScreen {
  private static final double SLACK = 0.5;

  private OnScreen() {}

  /** The node is wholly inside the window and not hidden to the side in a scroll pane. */
  public static void assertFullyShown(Node node) {
    String name = describe(node);
    assertThat(node.isVisible()).as("%s is visible", name).isTrue();
    Bounds b = node.localToScene(node.getLayoutBounds());
    double width = node.getScene().getWidth();
    double height = node.getScene().getHeight();
    assertThat(b.getMinX()).as("left edge of %s", name).isGreaterThanOrEqualTo(-SLACK);
    assertThat(b.getMaxX())
        .as("right edge of %s in a window %s wide", name, width)
        .isLessThanOrEqualTo(width + SLACK);
    boolean scrolls = false;
    for (Parent p = node.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
        scrolls = true;
        Bounds content = scroll.getContent().getLayoutBounds();
        assertThat(content.getWidth())
            .as("%s: the page around it is wider than its window and scrolls sideways", name)
            .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + SLACK);
      }
    }
    if (!scrolls) { // in a page that scrolls up and down, it may be further down
      assertThat(b.getMinY()).as("top edge of %s", name).isGreaterThanOrEqualTo(-SLACK);
      assertThat(b.getMaxY())
          .as("bottom edge of %s in a window %s high", name, height)
          .isLessThanOrEqualTo(height + SLACK);
    }
    if (node instanceof Labeled labeled) {
      assertWholeText(labeled);
    }
  }

  /** The label or button shows all its text (wrapped, perhaps), none of it cut to "…". */
  public static void assertWholeText(Labeled labeled) {
    Text shown =
        labeled.getChildrenUnmodifiable().stream()
            .filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
            .map(Text.class::cast)
            .findFirst()
            .orElseThrow(() -> new AssertionError(describe(labeled) + " shows no text"));
    assertThat(shown.getText())
        .as("text shown by %s", describe(labeled))
        .isEqualTo(labeled.getText());
  }

  private static String describe(Node node) {
    String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
    return (node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId()) + text;
  }
}
