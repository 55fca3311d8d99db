package org.knotwork.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutSection;
import org.knotwork.print.PageFlow.BoxText;
import org.knotwork.print.PageFlow.Style;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A handout for the client: large type, a figure, short sections, how often and a safety line. */
final class HandoutPages {
  private static final Logger log = LoggerFactory.getLogger(HandoutPages.class);

  /** The figure band: about 60 mm high. */
  private static final float FIGURE_HEIGHT = 60 / 25.4f * 72;

  private final PDDocument doc;
  private final Stationery paper;
  private final Style title;
  private final Style heading;
  private final Style body;
  private final Style boxLabel;

  HandoutPages(PDDocument doc, Stationery paper) {
    this.doc = doc;
    this.paper = paper;
    PdfFonts f = paper.fonts;
    title = new Style(f.bold, 24, 30, Stationery.INK);
    heading = new Style(f.bold, 15, 20, Stationery.ACCENT);
    body = new Style(f.regular, 12.75f, 18.5f, Stationery.INK);
    boxLabel = new Style(f.bold, 12.75f, 18.5f, Stationery.INK);
  }

  /** Lays the handout out starting on a new page. */
  void write(PageFlow flow, Handout handout) throws IOException {
    paper.header = Stationery.Header.HANDOUT;
    flow.newPage();
    flow.heading(handout.title(), title, 0, 10, 0);
    PDImageXObject image = Stationery.image(doc, handout.image(), "handout picture");
    if (handout.figure() != null || image != null) {
      flow.block(FIGURE_HEIGHT, (c, top) -> figure(c, flow, handout, image, top));
      flow.space(14);
    }
    if (!handout.intro().isBlank()) {
      flow.paragraph(handout.intro(), body);
      flow.space(6);
    }
    for (HandoutSection section : handout.sections()) {
      flow.heading(section.heading(), heading, 12, 4, body.leading() * 2);
      if (!section.text().isBlank()) {
        flow.paragraph(section.text(), body);
        flow.space(4);
      }
      if (!section.bullets().isEmpty()) {
        flow.list(section.bullets(), section.numbered(), body, 4, 3);
      }
    }
    List<BoxText> box = new ArrayList<>();
    if (!handout.howOften().isBlank()) {
      box.add(new BoxText("How often", handout.howOften()));
    }
    if (!handout.safety().isBlank()) {
      box.add(new BoxText("Take care", handout.safety()));
    }
    if (!box.isEmpty()) {
      flow.space(18);
      flow.box(box, boxLabel, body, Stationery.TINT, Stationery.ACCENT, 12);
    }
  }

  private void figure(
      PDPageContentStream c, PageFlow flow, Handout handout, PDImageXObject image, float top)
      throws IOException {
    float y = top - FIGURE_HEIGHT;
    float x = flow.left;
    float w = flow.width();
    if (handout.figure() != null && image != null) {
      float half = (w - 16) / 2;
      drawFigure(c, handout, x, y, half);
      drawImage(c, image, x + half + 16, y, half);
    } else if (handout.figure() != null) {
      drawFigure(c, handout, x, y, w);
    } else {
      drawImage(c, image, x, y, w);
    }
  }

  private void drawFigure(PDPageContentStream c, Handout handout, float x, float y, float w)
      throws IOException {
    c.saveGraphicsState();
    try {
      HandoutFigures.draw(c, handout.figure(), x, y, w, FIGURE_HEIGHT);
    } catch (RuntimeException e) {
      log.warn("The figure {} could not be drawn", handout.figure(), e);
    } finally {
      c.restoreGraphicsState();
    }
  }

  private static void drawImage(
      PDPageContentStream c, PDImageXObject image, float x, float y, float w) throws IOException {
    float scale = Math.min(w / image.getWidth(), FIGURE_HEIGHT / image.getHeight());
    float iw = image.getWidth() * scale;
    float ih = image.getHeight() * scale;
    c.drawImage(image, x + (w - iw) / 2, y + (FIGURE_HEIGHT - ih) / 2, iw, ih);
  }
}
