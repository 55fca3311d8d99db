package org.knotwork.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DejaVu Sans and DejaVu Sans Bold for one document, subset-embedded.
 *
 * <p>The font files are parsed once per JVM and kept. A parsed {@link TrueTypeFont} is not safe to
 * share between threads while documents are laid out and saved, so everything that uses it runs
 * while holding {@link #LOCK}.
 */
final class PdfFonts {
  /** Held for the whole of building and saving one document. */
  static final ReentrantLock LOCK = new ReentrantLock();

  private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
  private static final String DIR = "/org/knotwork/print/fonts/";
  private static volatile Face regularFace;
  private static volatile Face boldFace;

  final Font regular;
  final Font bold;

  private PdfFonts(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** Loads both fonts into {@code doc}; call while holding {@link #LOCK}. */
  static PdfFonts load(PDDocument doc) throws IOException {
    faces();
    return new PdfFonts(
        new Font(PDType0Font.load(doc, regularFace.ttf, true), regularFace),
        new Font(PDType0Font.load(doc, boldFace.ttf, true), boldFace));
  }

  /** Parses the font files on first use. */
  private static void faces() {
    if (boldFace == null) {
      synchronized (PdfFonts.class) {
        if (boldFace == null) {
          regularFace = new Face(parse("DejaVuSans.ttf"));
          boldFace = new Face(parse("DejaVuSans-Bold.ttf"));
        }
      }
    }
  }

  private static TrueTypeFont parse(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + file);
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      // No ligatures: text stays searchable and copyable, and widths match the measured ones.
      ttf.setEnableGsub(false);
      return ttf;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the font " + file, e);
    }
  }

  /** A parsed font file with the metrics layout needs. */
  static final class Face {
    final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float scale;
    private final float[] widths = new float[0x10000];

    /** Font-unit extents above and below the baseline, per 1 pt of font size. */
    final float ascent;

    final float descent;

    Face(TrueTypeFont ttf) {
      try {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.scale = 1f / ttf.getUnitsPerEm();
        this.ascent = ttf.getHorizontalHeader().getAscender() * scale;
        this.descent = -ttf.getHorizontalHeader().getDescender() * scale;
        Arrays.fill(widths, -1);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the font's tables", e);
      }
    }

    boolean has(int codePoint) {
      return cmap.getGlyphId(codePoint) > 0;
    }

    /** The advance of one character at 1 pt. */
    float advance(int codePoint) {
      if (codePoint < widths.length && widths[codePoint] >= 0) {
        return widths[codePoint];
      }
      float w;
      try {
        w = ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * scale;
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the font's widths", e);
      }
      if (codePoint < widths.length) {
        widths[codePoint] = w;
      }
      return w;
    }
  }

  /** A font loaded into one document, with its metrics. */
  record Font(PDType0Font pdf, Face face) {
    /** The width of text already made {@link #printable} at the given size. */
    float width(String text, float size) {
      float w = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        w += face.advance(cp);
        i += Character.charCount(cp);
      }
      return w * size;
    }

    /**
     * The text as the font can show it: composed (NFC), tabs and other control characters as
     * spaces, and characters the font has no glyph for as "?" (logged).
     */
    String printable(String text) {
      String s = Normalizer.normalize(text, Normalizer.Form.NFC);
      StringBuilder out = null;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        String replacement = null;
        if (cp == '\n') {
          replacement = null;
        } else if (Character.isISOControl(cp)) {
          replacement = " ";
        } else if (!face.has(cp)) {
          log.warn("The print font has no glyph for U+{}; it is printed as ?", hex(cp));
          replacement = "?";
        }
        if (replacement != null && out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        if (out != null) {
          if (replacement != null) {
            out.append(replacement);
          } else {
            out.appendCodePoint(cp);
          }
        }
        i += n;
      }
      return out == null ? s : out.toString();
    }

    private static String hex(int cp) {
      return String.format("%04X", cp);
    }
  }
}
