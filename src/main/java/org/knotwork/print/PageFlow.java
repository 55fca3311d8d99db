package org.knotwork.print;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A small flowing layout: blocks are placed top to bottom inside the page margins and continue on a
 * new page when the space runs out. Every block is measured before it is drawn, so nothing is
 * clipped or drawn over; small blocks are kept together, headings stay with what follows.
 */
final class PageFlow implements AutoCloseable {
  /** 20 mm. */
  static final float MARGIN = 20 / 25.4f * 72;

  /** Draws something whose top edge is at {@code top}. */
  @FunctionalInterface
  interface Draw {
    void at(PDPageContentStream content, float top) throws IOException;
  }

  /** Called on every new page to draw its header; returns the height the header took. */
  @FunctionalInterface
  interface PageStart {
    float draw(PageFlow flow, PDPageContentStream content, int pageIndex) throws IOException;
  }

  /** A font at a size, with the height of one line and a colour. */
  record Style(PdfFonts.Font font, float size, float leading, Color color) {
    /** The baseline's distance below the top of a line box; glyphs stay inside the box. */
    float baseline() {
      float glyphs = (font.face().ascent + font.face().descent) * size;
      return Math.max(0, (leading - glyphs) / 2) + font.face().ascent * size;
    }
  }

  /** One column of a table: its heading and its share of the width. */
  record Column(String title, float share) {}

  private final PDDocument doc;
  private final PDRectangle paper;
  private final PageStart pageStart;
  final float left;
  final float right;
  final float top;
  final float bottom;
  private PDPageContentStream content;
  private float y;
  private float bodyTop;
  private boolean fresh = true;
  private int pageCount;
  private List<String> continuation = List.of();
  private Style continuationStyle;
  private float continuationHeight;
  private float startedWith;

  /**
   * @param footerHeight room kept above the bottom margin for the footer stamped later
   */
  PageFlow(PDDocument doc, PDRectangle paper, float footerHeight, PageStart pageStart) {
    this.doc = doc;
    this.paper = paper;
    this.pageStart = pageStart;
    this.left = MARGIN;
    this.right = paper.getWidth() - MARGIN;
    this.top = paper.getHeight() - MARGIN;
    this.bottom = MARGIN + footerHeight;
  }

  float width() {
    return right - left;
  }

  /** The current position: the top of the free space on the page. */
  float y() {
    return y;
  }

  PDPageContentStream content() {
    return content;
  }

  /** The height a block may have and still fit on an empty page. */
  float pageRoom() {
    return bodyTop + startedWith - continuationHeight - bottom;
  }

  /**
   * From the next new page on, each page starts with this line — the name of what carries on there
   * ("Session on 4 Mar 2026 at 09:30 (continued)") — until it is changed or cleared with null.
   */
  void continuation(String text, Style style) {
    continuation = text == null ? List.of() : wrap(text, style, width());
    continuationStyle = style;
    continuationHeight =
        continuation.isEmpty() ? 0 : continuation.size() * style.leading() + style.leading() / 2;
  }

  float room() {
    return content == null ? 0 : y - bottom;
  }

  /** Starts a new page (and draws its header). */
  void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(paper);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    float header = pageStart.draw(this, content, pageCount++);
    bodyTop = top - header;
    startedWith = continuationHeight;
    if (!continuation.isEmpty()) {
      lines(content, continuationStyle, left, bodyTop, continuation);
      bodyTop -= continuationHeight;
    }
    y = bodyTop;
    fresh = true;
  }

  /** Moves to a new page unless {@code height} still fits (or the page is still empty). */
  void ensure(float height) throws IOException {
    if (content == null || (height > y - bottom + 0.01f && !fresh)) {
      newPage();
    }
  }

  /** Like {@link #ensure} but only for blocks that fit on a page at all. */
  void keep(float height) throws IOException {
    ensure(Math.min(height, pageRoom()));
  }

  /** Vertical space; swallowed at the top of a page. */
  void space(float height) {
    if (!fresh) {
      y = Math.max(bottom, y - height);
    }
  }

  /** Draws a block of known height at the current position and moves below it. */
  void block(float height, Draw draw) throws IOException {
    ensure(height);
    draw.at(content, y);
    y -= height;
    fresh = false;
  }

  // ---------------------------------------------------------------- text

  /** Wraps text into lines no wider than {@code width}; "\n" breaks a line, long words break. */
  static List<String> wrap(String text, Style style, float width) {
    PdfFonts.Font font = style.font();
    float size = style.size();
    List<String> lines = new ArrayList<>();
    float space = font.width(" ", size);
    for (String hard : font.printable(text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : hard.trim().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        float w = font.width(word, size);
        if (line.length() > 0 && lineWidth + space + w <= width) {
          line.append(' ').append(word);
          lineWidth += space + w;
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        while (w > width) {
          int cut = fitting(word, style, width);
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
          w = font.width(word, size);
        }
        line.append(word);
        lineWidth = w;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** How many chars of {@code word} fit in {@code width} (at least one code point). */
  private static int fitting(String word, Style style, float width) {
    float w = 0;
    int i = 0;
    while (i < word.length()) {
      int cp = word.codePointAt(i);
      float cw = style.font().face().advance(cp) * style.size();
      if (w + cw > width && i > 0) {
        break;
      }
      w += cw;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** Draws one line of printable text with its baseline at {@code baseline}. */
  static void text(PDPageContentStream content, Style style, float x, float baseline, String text)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(style.font().pdf(), style.size());
    content.setNonStrokingColor(style.color());
    content.newLineAtOffset(x, baseline);
    content.showText(text);
    content.endText();
  }

  /** Draws wrapped lines from {@code top}. */
  static void lines(
      PDPageContentStream content, Style style, float x, float top, List<String> lines)
      throws IOException {
    float base = top - style.baseline();
    for (String line : lines) {
      text(content, style, x, base, line);
      base -= style.leading();
    }
  }

  /** The height {@link #paragraph(String, Style)} takes. */
  float paragraphHeight(String text, Style style) {
    String[] paragraphs = text.strip().split("\\n\\s*\\n");
    float h = (paragraphs.length - 1) * style.leading() * 0.5f;
    for (String p : paragraphs) {
      h += wrap(p, style, width()).size() * style.leading();
    }
    return h;
  }

  /** A paragraph across the full width. */
  void paragraph(String text, Style style) throws IOException {
    paragraph(text, style, 0);
  }

  /** A paragraph indented from the left; blank lines separate paragraphs. */
  void paragraph(String text, Style style, float indent) throws IOException {
    String[] paragraphs = text.strip().split("\\n\\s*\\n");
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        space(style.leading() * 0.5f);
      }
      List<String> lines = wrap(paragraphs[p], style, width() - indent);
      placeLines(lines, style, left + indent, 0, null);
    }
  }

  /**
   * Places lines one by one; the first {@code keepFirst} lines (and paragraphs of up to three
   * lines) are kept together. {@code marker}, if set, is drawn beside the first line.
   */
  private void placeLines(
      List<String> lines, Style style, float x, int keepFirst, MarkerDraw marker)
      throws IOException {
    int keepLines = lines.size() <= 3 ? lines.size() : Math.max(2, keepFirst);
    keep(keepLines * style.leading());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean first = i == 0;
      block(
          style.leading(),
          (c, t) -> {
            if (first && marker != null) {
              marker.draw(c, t);
            }
            text(c, style, x, t - style.baseline(), line);
          });
    }
  }

  @FunctionalInterface
  private interface MarkerDraw {
    void draw(PDPageContentStream content, float top) throws IOException;
  }

  /** A heading kept together with at least {@code follow} points of what comes after it. */
  void heading(String text, Style style, float spaceBefore, float spaceAfter, float follow)
      throws IOException {
    List<String> lines = wrap(text, style, width());
    float height = lines.size() * style.leading();
    space(spaceBefore);
    keep(height + spaceAfter + follow);
    block(height, (c, t) -> lines(c, style, left, t, lines));
    space(spaceAfter);
  }

  /** A bulleted or numbered list with a hanging indent. */
  void list(List<String> items, boolean numbered, Style style, float indent, float gap)
      throws IOException {
    String widest = numbered ? items.size() + "." : "•";
    float markerWidth = style.font().width(widest, style.size()) + style.size() * 0.6f;
    float x = left + indent;
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        space(gap);
      }
      String marker = numbered ? (i + 1) + "." : "•";
      List<String> lines = wrap(items.get(i), style, width() - indent - markerWidth);
      float markerX =
          numbered
              ? x + markerWidth - style.size() * 0.6f - style.font().width(marker, style.size())
              : x;
      placeLines(
          lines,
          style,
          x + markerWidth,
          2,
          (c, t) -> text(c, style, markerX, t - style.baseline(), marker));
    }
  }

  /** How tall {@link #keyValues} will draw these rows, for keeping a heading with them. */
  float keyValuesHeight(
      List<Map.Entry<String, String>> rows, Style label, Style value, float labelWidth, float gap) {
    float total = 0;
    for (Map.Entry<String, String> row : rows) {
      int l = wrap(row.getKey(), label, labelWidth - 8).size();
      int v = wrap(row.getValue(), value, width() - labelWidth).size();
      total += rowHeight(l, v, label, value) + gap;
    }
    return total;
  }

  /** A key-value row of {@code l} label lines and {@code v} value lines, baselines aligned. */
  private static float rowHeight(int l, int v, Style label, Style value) {
    float shift = value.baseline() - label.baseline();
    return Math.max(
        l * label.leading() + Math.max(0, shift), v * value.leading() + Math.max(0, -shift));
  }

  /** Label and value rows; the label column is {@code labelWidth} wide. Kept together if small. */
  void keyValues(
      List<Map.Entry<String, String>> rows, Style label, Style value, float labelWidth, float gap)
      throws IOException {
    List<List<String>> labels = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    List<Float> heights = new ArrayList<>();
    float total = 0;
    for (Map.Entry<String, String> row : rows) {
      List<String> l = wrap(row.getKey(), label, labelWidth - 8);
      List<String> v = wrap(row.getValue(), value, width() - labelWidth);
      float h = rowHeight(l.size(), v.size(), label, value);
      labels.add(l);
      values.add(v);
      heights.add(h);
      total += h + gap;
    }
    keep(total);
    for (int i = 0; i < rows.size(); i++) {
      List<String> l = labels.get(i);
      List<String> v = values.get(i);
      float h = heights.get(i);
      if (h > pageRoom()) {
        placeLines(v, value, left + labelWidth, 1, (c, t) -> lines(c, label, left, t, l));
      } else {
        // Align the baselines of label and value on the first line.
        float shift = value.baseline() - label.baseline();
        block(
            h,
            (c, t) -> {
              lines(c, label, left, t - Math.max(0, shift), l);
              lines(c, value, left + labelWidth, t - Math.max(0, -shift), v);
            });
      }
      space(gap);
    }
  }

  // ---------------------------------------------------------------- table

  /**
   * A table whose rows wrap; a row moves to the next page whole if it fits there, the header never
   * ends a page without rows under it, and it is repeated on every page the table continues on.
   */
  void table(
      List<Column> columns,
      List<List<String>> rows,
      Style header,
      Style body,
      Color headerFill,
      Color rule)
      throws IOException {
    new Table(columns, rows, header, body, headerFill, rule).place();
  }

  /** A table laid out across the width, to be measured ({@link #startHeight}) and placed. */
  Table tableOf(
      List<Column> columns,
      List<List<String>> rows,
      Style header,
      Style body,
      Color headerFill,
      Color rule) {
    return new Table(columns, rows, header, body, headerFill, rule);
  }

  /** A table with its cells wrapped to their columns. */
  final class Table {
    private static final float PAD = 4;
    private final Style body;
    private final Color rule;
    private final float[] xs;
    private final float headerHeight;
    private final Draw drawHeader;
    private final List<List<List<String>>> cells = new ArrayList<>();

    private Table(
        List<Column> columns,
        List<List<String>> rows,
        Style header,
        Style body,
        Color headerFill,
        Color rule) {
      this.body = body;
      this.rule = rule;
      xs = new float[columns.size()];
      float[] ws = new float[columns.size()];
      float total = 0;
      for (Column c : columns) {
        total += c.share();
      }
      float x = left;
      for (int i = 0; i < columns.size(); i++) {
        xs[i] = x;
        ws[i] = width() * columns.get(i).share() / total;
        x += ws[i];
      }
      List<List<String>> headerLines = new ArrayList<>();
      int headerCount = 1;
      for (int i = 0; i < columns.size(); i++) {
        List<String> l = wrap(columns.get(i).title(), header, ws[i] - 2 * PAD);
        headerLines.add(l);
        headerCount = Math.max(headerCount, l.size());
      }
      headerHeight = headerCount * header.leading() + 2 * PAD;
      drawHeader =
          (c, t) -> {
            c.setNonStrokingColor(headerFill);
            c.addRect(left, t - headerHeight, width(), headerHeight);
            c.fill();
            for (int i = 0; i < xs.length; i++) {
              lines(c, header, xs[i] + PAD, t - PAD, headerLines.get(i));
            }
          };
      for (List<String> row : rows) {
        List<List<String>> rowCells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          rowCells.add(wrap(i < row.size() ? row.get(i) : "", body, ws[i] - 2 * PAD));
        }
        cells.add(rowCells);
      }
    }

    private float rowHeight(int row) {
      return rowLines(cells.get(row)) * body.leading() + 2 * PAD;
    }

    /**
     * The height kept together where the table starts, so its header is never the last thing on a
     * page: the header with its first two rows when they fit on a page, else with its first row,
     * else (a row taller than a page) with the first lines of that row.
     */
    float startHeight() {
      if (cells.isEmpty()) {
        return headerHeight;
      }
      float one = headerHeight + rowHeight(0);
      if (one > pageRoom()) {
        return headerHeight + PAD + Math.min(rowLines(cells.get(0)), 3) * body.leading();
      }
      float two = cells.size() > 1 ? one + rowHeight(1) : one;
      return two <= pageRoom() ? two : one;
    }

    void place() throws IOException {
      keep(startHeight());
      block(headerHeight, drawHeader);
      Draw drawRule =
          (c, t) -> {
            c.setStrokingColor(rule);
            c.setLineWidth(0.5f);
            c.moveTo(left, t - 0.25f);
            c.lineTo(right, t - 0.25f);
            c.stroke();
          };
      for (int r = 0; r < cells.size(); r++) {
        List<List<String>> row = cells.get(r);
        int count = rowLines(row);
        float height = rowHeight(r);
        if (height > room() && height <= pageRoom() - headerHeight) {
          newPage();
          block(headerHeight, drawHeader);
        }
        if (height <= room()) {
          block(
              height,
              (c, t) -> {
                for (int i = 0; i < xs.length; i++) {
                  lines(c, body, xs[i] + PAD, t - PAD, row.get(i));
                }
              });
        } else {
          // Taller than a page: continue line by line, header again on every new page.
          block(PAD, (c, t) -> {});
          for (int k = 0; k < count; k++) {
            if (body.leading() + PAD > room()) {
              newPage();
              block(headerHeight, drawHeader);
              block(PAD, (c, t) -> {});
            }
            int line = k;
            block(
                body.leading(),
                (c, t) -> {
                  for (int i = 0; i < xs.length; i++) {
                    List<String> cell = row.get(i);
                    if (line < cell.size()) {
                      lines(c, body, xs[i] + PAD, t, List.of(cell.get(line)));
                    }
                  }
                });
          }
          block(Math.min(PAD, room()), (c, t) -> {});
        }
        block(Math.min(0.5f, room()), drawRule);
      }
    }
  }

  private static int rowLines(List<List<String>> row) {
    int n = 1;
    for (List<String> cell : row) {
      n = Math.max(n, cell.size());
    }
    return n;
  }

  // ---------------------------------------------------------------- boxes

  /** A paragraph inside a box: optional bold label on its own line, then the text. */
  record BoxText(String label, String text) {}

  /**
   * A tinted box with an accent bar on the left; kept together when it fits on a page, otherwise
   * split between lines with the box drawn on each page.
   */
  void box(List<BoxText> texts, Style label, Style body, Color fill, Color bar, float pad)
      throws IOException {
    float barWidth = 3;
    float inner = width() - 2 * pad - barWidth;
    List<Float> heights = new ArrayList<>();
    List<Draw> draws = new ArrayList<>();
    float gap = body.leading() * 0.5f;
    for (int p = 0; p < texts.size(); p++) {
      BoxText t = texts.get(p);
      float before = p == 0 ? 0 : gap;
      if (!t.label().isEmpty()) {
        List<String> l = wrap(t.label(), label, inner);
        for (int i = 0; i < l.size(); i++) {
          String line = l.get(i);
          float b = i == 0 ? before : 0;
          heights.add(label.leading() + b);
          draws.add(
              (c, top) -> text(c, label, left + barWidth + pad, top - b - label.baseline(), line));
        }
        before = 0;
      }
      for (String line : wrap(t.text(), body, inner)) {
        float b = before;
        heights.add(body.leading() + b);
        draws.add(
            (c, top) -> text(c, body, left + barWidth + pad, top - b - body.baseline(), line));
        before = 0;
      }
    }
    float total = 2 * pad;
    for (float h : heights) {
      total += h;
    }
    keep(total);
    int i = 0;
    while (i < heights.size()) {
      ensure(2 * pad + heights.get(i));
      float avail = room() - 2 * pad;
      int j = i;
      float used = 0;
      while (j < heights.size() && (used + heights.get(j) <= avail || j == i)) {
        used += heights.get(j);
        j++;
      }
      int from = i;
      int to = j;
      float h = used + 2 * pad;
      block(
          h,
          (c, t) -> {
            c.setNonStrokingColor(fill);
            c.addRect(left, t - h, width(), h);
            c.fill();
            c.setNonStrokingColor(bar);
            c.addRect(left, t - h, barWidth, h);
            c.fill();
            float top = t - pad;
            for (int k = from; k < to; k++) {
              draws.get(k).at(c, top);
              top -= heights.get(k);
            }
          });
      i = j;
    }
  }

  @Override
  public void close() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }
}
