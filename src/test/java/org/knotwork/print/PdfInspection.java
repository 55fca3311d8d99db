package org.knotwork.print;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Reads a printed PDF back: its text per page and the bounds of everything drawn on a page. */
final class PdfInspection {
  private PdfInspection() {}

  /** What was drawn on one page, in page coordinates (origin bottom left). */
  record Marks(List<Rectangle2D> paths, List<Rectangle2D> images, List<Glyph> glyphs) {
    List<Rectangle2D> all() {
      List<Rectangle2D> all = new ArrayList<>(paths);
      all.addAll(images);
      glyphs.forEach(g -> all.add(g.box()));
      return all;
    }
  }

  /** One glyph: its unicode text and its box (advance × ascent to descent). */
  record Glyph(String text, Rectangle2D box) {}

  static PDDocument open(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page. */
  static List<String> pageTexts(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything drawn on each page. */
  static List<Marks> marks(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      List<Marks> pages = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        Collector collector = new Collector(page);
        collector.processPage(page);
        pages.add(collector.marks);
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects the bounds of every filled or stroked path, image and glyph. */
  private static final class Collector extends PDFGraphicsStreamEngine {
    final Marks marks = new Marks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private Rectangle2D path;
    private final Point2D.Float current = new Point2D.Float();

    Collector(PDPage page) {
      super(page);
    }

    private void add(double x, double y) {
      if (path == null) {
        path = new Rectangle2D.Double(x, y, 0, 0);
      } else {
        path.add(x, y);
      }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      for (Point2D p : List.of(p0, p1, p2, p3)) {
        add(p.getX(), p.getY());
      }
    }

    @Override
    public void drawImage(PDImage pdImage) {
      Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      Rectangle2D box = null;
      for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
        Point2D.Float p = m.transformPoint(corner[0], corner[1]);
        if (box == null) {
          box = new Rectangle2D.Double(p.x, p.y, 0, 0);
        } else {
          box.add(p);
        }
      }
      marks.images().add(box);
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      add(x, y);
      current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      add(x, y);
      current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      add(x1, y1);
      add(x2, y2);
      add(x3, y3);
      current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path = null;
    }

    @Override
    public void strokePath() {
      if (path != null) {
        double half = getGraphicsState().getLineWidth() / 2;
        Rectangle2D r = path;
        // A straight rule with butt caps reaches no further than its end points along its length.
        boolean butt = getGraphicsState().getLineCap() == 0;
        double hx = butt && r.getHeight() == 0 ? 0 : half;
        double hy = butt && r.getWidth() == 0 ? 0 : half;
        marks
            .paths()
            .add(
                new Rectangle2D.Double(
                    r.getX() - hx, r.getY() - hy, r.getWidth() + 2 * hx, r.getHeight() + 2 * hy));
      }
      path = null;
    }

    @Override
    public void fillPath(int windingRule) {
      if (path != null) {
        marks.paths().add(path);
      }
      path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {}

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      PDFontDescriptor d = font.getFontDescriptor();
      float ascent = d.getAscent() / 1000f;
      float descent = d.getDescent() / 1000f;
      float w = displacement.getX();
      Rectangle2D box = null;
      for (float[] corner : new float[][] {{0, descent}, {w, descent}, {0, ascent}, {w, ascent}}) {
        Point2D.Float p = trm.transformPoint(corner[0], corner[1]);
        if (box == null) {
          box = new Rectangle2D.Double(p.x, p.y, 0, 0);
        } else {
          box.add(p);
        }
      }
      marks.glyphs().add(new Glyph(font.toUnicode(code), box));
    }
  }
}
