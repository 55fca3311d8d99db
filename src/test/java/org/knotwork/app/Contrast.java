package org.knotwork.app;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * How readable a piece of text is on screen: the WCAG contrast ratio between its background (the
 * most common colour in its box) and its ink (the pixel of the box that stands out most).
 */
final class Contrast {
  private Contrast() {}

  /** The contrast of the text in {@code node}, as drawn in {@code snapshot} of its scene. */
  static double of(WritableImage snapshot, Node node) {
    Bounds b = node.localToScene(node.getBoundsInLocal());
    PixelReader pixels = snapshot.getPixelReader();
    int x0 = (int) Math.max(0, Math.ceil(b.getMinX()));
    int y0 = (int) Math.max(0, Math.ceil(b.getMinY()));
    int x1 = (int) Math.min(snapshot.getWidth(), Math.floor(b.getMaxX()));
    int y1 = (int) Math.min(snapshot.getHeight(), Math.floor(b.getMaxY()));
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        counts.merge(pixels.getArgb(x, y) & 0xFFFFFF, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      throw new AssertionError(node + " is not on screen");
    }
    int background =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double bg = luminance(background);
    double best = 1;
    for (int rgb : counts.keySet()) {
      best = Math.max(best, ratio(bg, luminance(rgb)));
    }
    return best;
  }

  static double ratio(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  static double luminance(int rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xFF)
        + 0.7152 * channel((rgb >> 8) & 0xFF)
        + 0.0722 * channel(rgb & 0xFF);
  }

  /** The average luminance of a node's box: tells a dark screen from a light one. */
  static double meanLuminance(WritableImage snapshot, Node node) {
    Bounds b = node.localToScene(node.getBoundsInLocal());
    PixelReader pixels = snapshot.getPixelReader();
    double sum = 0;
    int n = 0;
    for (int y = (int) Math.max(0, b.getMinY());
        y < Math.min(snapshot.getHeight(), b.getMaxY());
        y++) {
      for (int x = (int) Math.max(0, b.getMinX());
          x < Math.min(snapshot.getWidth(), b.getMaxX());
          x++) {
        sum += luminance(pixels.getArgb(x, y) & 0xFFFFFF);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static double channel(int c) {
    double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
