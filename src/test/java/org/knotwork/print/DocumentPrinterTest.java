package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.print.PlanFixtures.PRINTED;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutSection;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.practice.PaperSize;
import org.knotwork.print.PdfInspection.Glyph;
import org.knotwork.print.PdfInspection.Marks;

/** Printed plans and handouts, read back with PDFBox. */
class DocumentPrinterTest {
  private static final DocumentPrinter printer = new DocumentPrinter();
  private static final String CLIENT = "Siobhán Ó Súilleabháin";

  private static byte[] samplePlan(PaperSize paper, byte[] logo) {
    return printer.plan(
        PlanFixtures.letterhead(logo),
        paper,
        CLIENT,
        PlanFixtures.samplePlan(),
        PlanFixtures.handouts(),
        PRINTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zoë Łukasiewicz", "Siobhán Ó Súilleabháin", "Nguyễn Thị Hương"})
  void theClientsNameIsPrintedOnEveryPage(String name) {
    byte[] pdf =
        printer.plan(
            PlanFixtures.letterhead(null),
            PaperSize.A4,
            name,
            PlanFixtures.samplePlan(),
            PlanFixtures.handouts(),
            PRINTED);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages).hasSizeGreaterThan(3);
    for (String page : pages) {
      assertThat(page).contains(name).contains("12 Mar 2026");
    }
  }

  @Test
  void goalsScheduleAndHandoutTitlesArePrinted() {
    String text = PdfInspection.text(samplePlan(PaperSize.A4, null));

    assertThat(text)
        .contains("Treatment plan", "Harbour Massage Therapy", "Clinical impression")
        .contains("Sit at my desk for 2 hours", "PSFS", "23 Apr 2026")
        .contains("Walk the dog for 45 minutes")
        .contains("Weekly × 6 sessions of 60 minutes", "16 Mar 2026", "13 Apr 2026")
        .contains("Hamstring stretch", "Desk set-up", "Heat and cold")
        .contains("Lower back — both sides", "Glutes — right", "Trigger point")
        .contains("described on 12 Mar 2026")
        .doesNotContainIgnoringCase("diagnosis");
  }

  @Test
  void everyHandoutStartsOnItsOwnPageAfterThePlan() {
    List<String> pages = PdfInspection.pageTexts(samplePlan(PaperSize.A4, null));

    int planPages = pages.size() - 3;
    assertThat(planPages).isGreaterThanOrEqualTo(1);
    assertThat(pages.get(planPages - 1))
        .as("the plan ends with the signatures")
        .contains("Therapist");
    List<Handout> handouts = PlanFixtures.handouts();
    for (int i = 0; i < 3; i++) {
      String page = pages.get(planPages + i);
      assertThat(page).contains(handouts.get(i).title()).contains("Prepared for: " + CLIENT);
      assertThat(page.indexOf(handouts.get(i).title()))
          .as("the title comes first after the running header")
          .isLessThan(page.indexOf(handouts.get(i).intro().substring(0, 20)));
      for (int other = 0; other < 3; other++) {
        if (other != i) {
          assertThat(page).doesNotContain(handouts.get(other).intro().substring(0, 20));
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void pagesHaveThePaperSize(PaperSize paper) throws IOException {
    PDRectangle expected = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
    try (PDDocument doc = PdfInspection.open(samplePlan(paper, null))) {
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
        assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
      }
    }
    assertThat(Math.round(expected.getWidth())).isEqualTo(paper == PaperSize.A4 ? 595 : 612);
    assertThat(Math.round(expected.getHeight())).isEqualTo(paper == PaperSize.A4 ? 842 : 792);
  }

  @Test
  void everyFontOnEveryPageIsEmbedded() throws IOException {
    try (PDDocument doc = PdfInspection.open(samplePlan(PaperSize.A4, png()))) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
          fonts++;
        }
      }
      assertThat(fonts).isGreaterThanOrEqualTo(doc.getNumberOfPages());
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void nothingIsDrawnOutsideTheMargins(PaperSize paper) {
    byte[] pdf = samplePlan(paper, png());
    PDRectangle box = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER;

    List<Marks> pages = PdfInspection.marks(pdf);

    assertThat(pages.get(0).images()).as("the logo").hasSize(1);
    assertInsideMargins(pages, box);
  }

  @Test
  void aLongImpressionAndTwentyGoalsFlowOntoFurtherPagesWithoutOverlap() {
    TreatmentPlan plan = PlanFixtures.plan(PlanStatus.ACTIVE, PlanFixtures.manyGoals(20), PRINTED);
    String impression =
        ("The client reports aching across the lower back that builds through the working day"
                    + " and eases with walking. ")
                .repeat(40)
            + "\n\n"
            + "Averyveryverylongwordwithoutanyspacesthatmustbebrokenacrosslines".repeat(6);
    plan = plan.withImpression(impression);

    byte[] pdf =
        printer.plan(
            PlanFixtures.letterhead(png()),
            PaperSize.LETTER,
            CLIENT,
            plan,
            PlanFixtures.handouts(),
            PRINTED);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages.size()).isGreaterThanOrEqualTo(6);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
    }
    String all = String.join("", pages);
    for (int g = 1; g <= 20; g++) {
      assertThat(all).contains("Goal number " + g + ":");
    }
    long tableHeaders = pages.stream().filter(p -> p.contains("Baseline")).count();
    assertThat(tableHeaders).as("the goals table's header repeats on each page").isGreaterThan(1);
    List<Marks> marks = PdfInspection.marks(pdf);
    assertInsideMargins(marks, PDRectangle.LETTER);
    for (int i = 0; i < marks.size(); i++) {
      assertNoGlyphsOverlap(marks.get(i).glyphs(), i + 1);
    }
  }

  @Test
  void aPlanWithoutOptionalPartsIsStillClean() {
    TreatmentPlan bare =
        new TreatmentPlan(
            null,
            1L,
            PlanStatus.DRAFT,
            null,
            null,
            List.of(),
            List.of(),
            Set.of(),
            45,
            Frequency.FORTNIGHTLY,
            1,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null);

    byte[] pdf =
        printer.plan(
            new Letterhead("Harbour Massage Therapy", null, null, null, null),
            PaperSize.A4,
            CLIENT,
            bare,
            List.of(),
            PRINTED);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0))
        .contains("Treatment plan", "DRAFT", "Every two weeks × 1 session of 45 minutes")
        .contains("To be arranged", "Consent", "Page 1 of 1")
        .doesNotContain("Goals", "Clinical impression", "Home care", "Referrals", "null");
    List<Marks> marks = PdfInspection.marks(pdf);
    assertThat(marks.get(0).images()).isEmpty();
    assertInsideMargins(marks, PDRectangle.A4);
    assertNoGlyphsOverlap(marks.get(0).glyphs(), 1);
  }

  @Test
  void aBrokenLogoIsLeftOutAndThePlanStillPrints() {
    byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 1, 2, 3};

    byte[] pdf = samplePlan(PaperSize.A4, broken);

    assertThat(PdfInspection.text(pdf)).contains("Harbour Massage Therapy", CLIENT);
    assertThat(PdfInspection.marks(pdf).get(0).images()).isEmpty();
  }

  @Test
  void charactersTheFontLacksArePrintedAsQuestionMarks() {
    byte[] pdf =
        printer.handout(
            PlanFixtures.letterhead(null),
            PaperSize.A4,
            "Mei 梅 क",
            PlanFixtures.handouts().get(0),
            PRINTED);

    assertThat(PdfInspection.text(pdf)).contains("Prepared for: Mei ? ?");
  }

  @Test
  void aHandoutWithoutANameLeavesALineToWriteOn() {
    Handout handout = PlanFixtures.handouts().get(1);

    byte[] pdf =
        printer.handout(PlanFixtures.letterhead(null), PaperSize.LETTER, null, handout, PRINTED);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0))
        .contains("Prepared for: ____", "Desk set-up", "How often", "Every working day")
        .contains("12 Mar 2026", "Page 1 of 1")
        .doesNotContain("Confidential — prepared for");
    assertInsideMargins(PdfInspection.marks(pdf), PDRectangle.LETTER);
  }

  @Test
  void aHandoutsOwnPictureIsDrawnInsideTheMargins() {
    Handout base = PlanFixtures.handouts().get(0);
    Handout withPicture =
        new Handout(
            null,
            null,
            base.title(),
            base.intro(),
            base.sections(),
            base.howOften(),
            base.safety(),
            null,
            png());

    byte[] pdf =
        printer.handout(PlanFixtures.letterhead(null), PaperSize.A4, CLIENT, withPicture, PRINTED);

    List<Marks> marks = PdfInspection.marks(pdf);
    assertThat(marks.get(0).images()).hasSize(1);
    assertInsideMargins(marks, PDRectangle.A4);
  }

  @Test
  void aLongHandoutContinuesOnANewPageWithTheNameAgain() {
    List<HandoutSection> sections = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      sections.add(
          new HandoutSection(
              "Step group " + i,
              "Take your time with each of these.",
              List.of("Breathe in slowly through your nose.", "Breathe out through your mouth."),
              true));
    }
    Handout handout =
        new Handout(
            null, null, "Breathing", "Slow breaths calm the body.", sections, "", "", null, null);

    byte[] pdf =
        printer.handout(PlanFixtures.letterhead(null), PaperSize.A4, CLIENT, handout, PRINTED);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages).hasSizeGreaterThan(1);
    pages.forEach(p -> assertThat(p).contains("Prepared for: " + CLIENT, "12 Mar 2026"));
    List<Marks> marks = PdfInspection.marks(pdf);
    assertInsideMargins(marks, PDRectangle.A4);
    for (int i = 0; i < marks.size(); i++) {
      assertNoGlyphsOverlap(marks.get(i).glyphs(), i + 1);
    }
  }

  @Test
  void thePrinterCanBeUsedFromSeveralThreadsAtOnce() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<byte[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t = new Thread(() -> results.add(samplePlan(PaperSize.A4, null)));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(results).hasSize(4);
    for (byte[] pdf : results) {
      assertThat(PdfInspection.text(pdf)).contains(CLIENT, "Heat and cold");
    }
  }

  @Test
  void precautionsFromTheHealthHistoryPrintWithThePlan() {
    byte[] pdf =
        printer.plan(
            PlanFixtures.letterhead(null),
            PaperSize.A4,
            CLIENT,
            PlanFixtures.samplePlan(),
            List.of(),
            List.of("Allergy: latex — check every product and glove before use"),
            PRINTED);
    assertThat(PdfInspection.text(pdf).replaceAll("\\s+", " "))
        .contains("Precautions we keep to", "Allergy: latex — check every product");
  }

  static void assertInsideMargins(List<Marks> pages, PDRectangle paper) {
    double m = PageFlow.MARGIN - 0.5;
    Rectangle2D allowed =
        new Rectangle2D.Double(m, m, paper.getWidth() - 2 * m, paper.getHeight() - 2 * m);
    for (int i = 0; i < pages.size(); i++) {
      List<Rectangle2D> all = pages.get(i).all();
      assertThat(all).as("page %d has marks", i + 1).isNotEmpty();
      for (Rectangle2D r : all) {
        assertThat(allowed.contains(r))
            .as("page %d: %s lies inside the margins %s", i + 1, r, allowed)
            .isTrue();
      }
    }
  }

  static void assertNoGlyphsOverlap(List<Glyph> glyphs, int page) {
    List<Glyph> visible = glyphs.stream().filter(g -> !g.text().isBlank()).toList();
    for (int a = 0; a < visible.size(); a++) {
      Rectangle2D ra = shrink(visible.get(a).box());
      for (int b = a + 1; b < visible.size(); b++) {
        Rectangle2D rb = shrink(visible.get(b).box());
        if (ra.intersects(rb)) {
          throw new AssertionError(
              "On page "
                  + page
                  + " '"
                  + visible.get(a).text()
                  + "' "
                  + ra
                  + " overlaps '"
                  + visible.get(b).text()
                  + "' "
                  + rb);
        }
      }
    }
  }

  private static Rectangle2D shrink(Rectangle2D r) {
    return new Rectangle2D.Double(
        r.getX() + 0.2, r.getY() + 0.2, r.getWidth() - 0.4, r.getHeight() - 0.4);
  }

  /** A small valid PNG, wider than tall, like most logos. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(240, 90, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 240, 90);
    g.setColor(new java.awt.Color(0x1d, 0x5a, 0x85));
    g.fillOval(5, 5, 80, 80);
    g.fillRect(100, 35, 130, 20);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
