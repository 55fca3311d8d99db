package org.knotwork.print;

import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.knotwork.practice.PaperSize;
import org.knotwork.print.PageFlow.Style;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice's stationery for one document: type styles and colours, the letterhead, the running
 * header of later pages and the footer stamped on every page once the page count is known.
 */
final class Stationery {
  static final Color INK = new Color(0x1f, 0x23, 0x28);
  static final Color MUTED = new Color(0x57, 0x60, 0x6a);
  static final Color ACCENT = new Color(0x1d, 0x5a, 0x85);
  static final Color RULE = new Color(0xd0, 0xd7, 0xde);
  static final Color TINT = new Color(0xee, 0xf4, 0xfa);
  static final Color WARNING = new Color(0xb4, 0x23, 0x18);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** Room kept above the bottom margin for the footer. */
  static final float FOOTER = 34;

  private static final Logger log = LoggerFactory.getLogger(Stationery.class);
  private static final float LOGO_HEIGHT = 20 / 25.4f * 72;
  private static final float LOGO_MAX_WIDTH = 55 / 25.4f * 72;

  /** What the running header of a new page shows. */
  enum Header {
    PLAN,
    HANDOUT,
    RECORD,
    CARD
  }

  final PdfFonts fonts;
  final Letterhead letterhead;
  final String clientName;
  final LocalDate printedOn;
  final PDImageXObject logo;

  final Style practice;
  final Style letterLine;
  final Style small;
  final Style smallBold;

  Header header = Header.PLAN;

  Stationery(
      PDDocument doc,
      PdfFonts fonts,
      Letterhead letterhead,
      String clientName,
      LocalDate printedOn) {
    this.fonts = fonts;
    this.letterhead = letterhead;
    this.clientName = clientName == null || clientName.isBlank() ? null : clientName.strip();
    this.printedOn = printedOn;
    this.logo = image(doc, letterhead.logo(), "logo");
    practice = new Style(fonts.bold, 18, 23, ACCENT);
    letterLine = new Style(fonts.regular, 9, 12.5f, MUTED);
    small = new Style(fonts.regular, 8, 10.5f, MUTED);
    smallBold = new Style(fonts.bold, 8, 10.5f, INK);
  }

  /** The image from PNG or JPEG bytes; null (and a warning) when there is none or it is broken. */
  static PDImageXObject image(PDDocument doc, byte[] bytes, String what) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try {
      PDImageXObject image = PDImageXObject.createFromByteArray(doc, bytes, what);
      if (image.getWidth() <= 0 || image.getHeight() <= 0) {
        throw new IOException("The image has no size");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      log.warn("The {} could not be read and is left out of the print", what, e);
      return null;
    }
  }

  String date() {
    return DAY.format(printedOn);
  }

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** Draws the header of a new page and returns the height it took. */
  float pageStart(PageFlow flow, PDPageContentStream c, int pageIndex) throws IOException {
    if (header != Header.HANDOUT && pageIndex == 0) {
      return letterhead(flow, c);
    }
    String leftText =
        switch (header) {
          case PLAN -> join(letterhead.practiceName(), "Treatment plan");
          case RECORD -> join(letterhead.practiceName(), "Record of care");
          case CARD -> join(letterhead.practiceName(), "Appointments");
          case HANDOUT -> letterhead.practiceName();
        };
    String rightText =
        header != Header.HANDOUT
            ? clientName == null ? "" : clientName
            : "Prepared for: " + (clientName == null ? "________________" : clientName);
    Style right = smallBold;
    String r = right.font().printable(rightText);
    float rightWidth = right.font().width(r, right.size());
    List<String> l = PageFlow.wrap(leftText, small, Math.max(40, flow.width() - rightWidth - 16));
    float baseline = flow.top - small.baseline();
    PageFlow.text(c, small, flow.left, baseline, l.get(0));
    PageFlow.text(c, right, flow.right - rightWidth, baseline, r);
    float ruleY = flow.top - small.leading() - 4;
    rule(c, flow.left, flow.right, ruleY, RULE, 0.5f);
    return small.leading() + 18;
  }

  private float letterhead(PageFlow flow, PDPageContentStream c) throws IOException {
    float logoWidth = 0;
    float logoHeight = 0;
    if (logo != null) {
      logoHeight = LOGO_HEIGHT;
      logoWidth = logoHeight * logo.getWidth() / logo.getHeight();
      if (logoWidth > LOGO_MAX_WIDTH) {
        logoWidth = LOGO_MAX_WIDTH;
        logoHeight = logoWidth * logo.getHeight() / logo.getWidth();
      }
      c.drawImage(logo, flow.right - logoWidth, flow.top - logoHeight, logoWidth, logoHeight);
    }
    float textWidth = flow.width() - (logo == null ? 0 : logoWidth + 18);
    float y = flow.top;
    if (!letterhead.practiceName().isBlank()) {
      List<String> name = PageFlow.wrap(letterhead.practiceName(), practice, textWidth);
      PageFlow.lines(c, practice, flow.left, y, name);
      y -= name.size() * practice.leading() + 2;
    }
    StringBuilder details = new StringBuilder(letterhead.address().strip());
    String contact = join(letterhead.phone(), letterhead.email());
    if (!contact.isEmpty()) {
      details.append(details.length() > 0 ? "\n" : "").append(contact);
    }
    if (details.length() > 0) {
      List<String> lines = PageFlow.wrap(details.toString(), letterLine, textWidth);
      PageFlow.lines(c, letterLine, flow.left, y, lines);
      y -= lines.size() * letterLine.leading();
    }
    float used = Math.max(flow.top - y, logoHeight);
    float ruleY = flow.top - used - 10;
    rule(c, flow.left, flow.right, ruleY, ACCENT, 1.2f);
    return used + 10 + 20;
  }

  /** Stamps "Page x of y" and the confidentiality line on every page. */
  void footers(PDDocument doc, PageFlow flow) throws IOException {
    int total = doc.getNumberOfPages();
    String leftText =
        clientName == null
            ? join(letterhead.practiceName(), "Printed " + date())
            : "Confidential — prepared for " + clientName + " · " + date();
    int index = 0;
    for (PDPage page : doc.getPages()) {
      index++;
      try (PDPageContentStream c =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String pageText = "Page " + index + " of " + total;
        float pageWidth = smallBold.font().width(pageText, smallBold.size());
        // One line, or two for a very long name; the footer has room for two.
        List<String> all = PageFlow.wrap(leftText, small, flow.width() - pageWidth - 16);
        List<String> left = all.subList(0, Math.min(2, all.size()));
        float lineTop = PageFlow.MARGIN + left.size() * small.leading();
        rule(c, flow.left, flow.right, PageFlow.MARGIN + 2 * small.leading() + 6, RULE, 0.5f);
        PageFlow.lines(c, small, flow.left, lineTop, left);
        PageFlow.text(
            c,
            smallBold,
            flow.right - pageWidth,
            PageFlow.MARGIN + small.leading() - smallBold.baseline(),
            pageText);
      }
    }
  }

  static void rule(PDPageContentStream c, float x0, float x1, float y, Color color, float width)
      throws IOException {
    c.setStrokingColor(color);
    c.setLineWidth(width);
    c.moveTo(x0, y);
    c.lineTo(x1, y);
    c.stroke();
  }

  static String join(String a, String b) {
    a = a == null ? "" : a.strip();
    b = b == null ? "" : b.strip();
    return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
  }

  static PDRectangle mediaBox(PaperSize paper) {
    return paper == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
  }
}
