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

  /**
   * The figure band: about 60 mm high; 36 or 26 mm (with slightly smaller type) when that lets the
   * handout fit one sheet.
   */
  private static final float FIGURE_HEIGHT = 60 / 25.4f * 72;

  private static final float COMPACT_FIGURE_HEIGHT = 36 / 25.4f * 72;

  private static final float DENSE_FIGURE_HEIGHT = 26 / 25.4f * 72;

  /** Type sizes and the figure's height for one handout. */
  private record Look(Style title, Style heading, Style body, Style boxLabel, float figure) {}

  private final PDDocument doc;
  private final Stationery paper;
  private final Look roomy;
  private final Look compact;
  private final Look dense;
  private Look look;

  HandoutPages(PDDocument doc, Stationery paper) {
    this.doc = doc;
    this.paper = paper;
    PdfFonts f = paper.fonts;
    roomy =
        new Look(
            new Style(f.bold, 24, 30, Stationery.INK),
            new Style(f.bold, 15, 20, Stationery.ACCENT),
            new Style(f.regular, 12.75f, 18.5f, Stationery.INK),
            new Style(f.bold, 12.75f, 18.5f, Stationery.INK),
            FIGURE_HEIGHT);
    compact =
        new Look(
            new Style(f.bold, 22, 26, Stationery.INK),
            new Style(f.bold, 14, 17.5f, Stationery.ACCENT),
            new Style(f.regular, 12, 16, Stationery.INK),
            new Style(f.bold, 12, 16, Stationery.INK),
            COMPACT_FIGURE_HEIGHT);
    dense =
        new Look(
            new Style(f.bold, 20, 24, Stationery.INK),
            new Style(f.bold, 13, 16.5f, Stationery.ACCENT),
            new Style(f.regular, 11.5f, 14.75f, Stationery.INK),
            new Style(f.bold, 11.5f, 14.75f, Stationery.INK),
            DENSE_FIGURE_HEIGHT);
    look = roomy;
  }

  /**
   * The height the handout takes on one long page in this look, computed the way {@link #write}
   * places it (without the keep-together moves a page break may add).
   */
  private float height(PageFlow flow, Handout handout, Look l, boolean hasPicture) {
    float w = flow.width();
    float h = PageFlow.wrap(handout.title(), l.title(), w).size() * l.title().leading() + 10;
    if (hasPicture) {
      h += l.figure() + 14;
    }
    if (!handout.intro().isBlank()) {
      h += flow.paragraphHeight(handout.intro(), l.body()) + 6;
    }
    for (HandoutSection section : handout.sections()) {
      h += 12 + PageFlow.wrap(section.heading(), l.heading(), w).size() * l.heading().leading() + 4;
      if (!section.text().isBlank()) {
        h += flow.paragraphHeight(section.text(), l.body()) + 4;
      }
      List<String> items = section.bullets();
      String widest = section.numbered() ? items.size() + "." : "•";
      float marker = l.body().font().width(widest, l.body().size()) + l.body().size() * 0.6f;
      for (int i = 0; i < items.size(); i++) {
        h +=
            (i > 0 ? 3 : 0)
                + PageFlow.wrap(items.get(i), l.body(), w - 4 - marker).size() * l.body().leading();
      }
    }
    float inner = w - 2 * 12 - 3;
    int boxes = 0;
    for (String[] t :
        new String[][] {{"How often", handout.howOften()}, {"Take care", handout.safety()}}) {
      if (!t[1].isBlank()) {
        h +=
            (boxes++ > 0 ? l.body().leading() * 0.5f : 0)
                + l.boxLabel().leading()
                + PageFlow.wrap(t[1], l.body(), inner).size() * l.body().leading();
      }
    }
    if (boxes > 0) {
      h += 18 + 2 * 12;
    }
    return h;
  }

  /** Lays the handout out starting on a new page. */
  void write(PageFlow flow, Handout handout) throws IOException {
    paper.header = Stationery.Header.HANDOUT;
    flow.newPage();
    PDImageXObject image = Stationery.image(doc, handout.image(), "handout picture");
    boolean picture = handout.figure() != null || image != null;
    // Large type first; a little smaller when that keeps the handout on one sheet.
    look = roomy;
    for (Look l : List.of(roomy, compact, dense)) {
      if (height(flow, handout, l, picture) <= flow.room()) {
        look = l;
        break;
      }
    }
    Style title = look.title();
    Style heading = look.heading();
    Style body = look.body();
    Style boxLabel = look.boxLabel();
    flow.heading(handout.title(), title, 0, 10, 0);
    if (picture) {
      flow.block(look.figure(), (c, top) -> figure(c, flow, handout, image, top));
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
    float y = top - look.figure();
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
      HandoutFigures.draw(c, handout.figure(), x, y, w, look.figure());
    } catch (RuntimeException e) {
      log.warn("The figure {} could not be drawn", handout.figure(), e);
    } finally {
      c.restoreGraphicsState();
    }
  }

  private void drawImage(PDPageContentStream c, PDImageXObject image, float x, float y, float w)
      throws IOException {
    float figure = look.figure();
    float scale = Math.min(w / image.getWidth(), figure / image.getHeight());
    float iw = image.getWidth() * scale;
    float ih = image.getHeight() * scale;
    c.drawImage(image, x + (w - iw) / 2, y + (figure - ih) / 2, iw, ih);
  }
}
