package org.knotwork.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/** Finds words a screen shows cut short: a label ending in "…" or a field's text not fitting. */
final class Clipping {
  private Clipping() {}

  /** A line per clipped text under {@code root}, among the nodes on show. */
  static List<String> under(Node root) {
    List<String> found = new ArrayList<>();
    visit(root, found);
    return found;
  }

  private static void visit(Node node, List<String> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isEmpty()) {
      for (Node child : labeled.getChildrenUnmodifiable()) {
        if (child instanceof Text shown
            && shown.getClass().getSimpleName().equals("LabeledText") // not an icon
            && shown.isVisible()
            && !labeled.getText().equals(shown.getText())) {
          found.add(
              describe(labeled)
                  + " shows \""
                  + shown.getText()
                  + "\" of \""
                  + labeled.getText()
                  + "\"");
        }
      }
    }
    if (node instanceof TextField field && field.getWidth() > 0) {
      String words =
          field.getText() == null || field.getText().isEmpty()
              ? field.getPromptText()
              : field.getText();
      if (words != null && !words.isEmpty()) {
        Text probe = new Text(words);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
        if (probe.getLayoutBounds().getWidth() > room + 0.5) {
          found.add(describe(field) + " is too narrow for \"" + words + "\"");
        }
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        visit(child, found);
      }
    }
  }

  private static String describe(Node node) {
    Node n = node;
    while (n != null && n.getId() == null) {
      n = n.getParent();
    }
    return node.getClass().getSimpleName() + (n == null ? "" : " in #" + n.getId());
  }
}
