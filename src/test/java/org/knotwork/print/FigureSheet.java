package org.knotwork.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.knotwork.handout.HandoutFigure;

/**
 * Writes every handout figure into a labelled box on A4 pages, to look at while drawing them. Not a
 * test: run {@code main} with the output file as argument (default {@code
 * target/figure-sheet.pdf}).
 */
public final class FigureSheet {
  private static final float MARGIN = 40;
  private static final float BOX_WIDTH = 240;
  private static final float BOX_HEIGHT = 160;
  private static final float GAP = 35;

  private FigureSheet() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/figure-sheet.pdf");
    try (PDDocument document = new PDDocument();
        InputStream fontFile =
            FigureSheet.class.getResourceAsStream("/org/knotwork/print/fonts/DejaVuSans.ttf")) {
      PDType0Font font = PDType0Font.load(document, fontFile);
      HandoutFigure[] figures = HandoutFigure.values();
      int perPage = 6;
      for (int first = 0; first < figures.length; first += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float top = page.getMediaBox().getHeight() - MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (int i = first; i < Math.min(first + perPage, figures.length); i++) {
            int slot = i - first;
            float x = MARGIN + (slot % 2) * (BOX_WIDTH + GAP);
            float y = top - (slot / 2 + 1) * (BOX_HEIGHT + GAP);
            content.setStrokingColor(0.85f, 0.85f, 0.85f);
            content.setLineWidth(0.5f);
            content.addRect(x, y, BOX_WIDTH, BOX_HEIGHT);
            content.stroke();
            HandoutFigures.draw(content, figures[i], x, y, BOX_WIDTH, BOX_HEIGHT);
            content.beginText();
            content.setFont(font, 10);
            content.setNonStrokingColor(0.2f, 0.2f, 0.2f);
            content.newLineAtOffset(x, y + BOX_HEIGHT + 6);
            content.showText(figures[i].label());
            content.endText();
          }
        }
      }
      document.save(out.toFile());
    }
    System.out.println("Wrote " + out.toAbsolutePath());
  }
}
