package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.handout.BuiltInHandouts;
import org.knotwork.handout.Handout;
import org.knotwork.practice.PaperSize;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;

/** The built-in handouts as a client gets them: one sheet each, every word on it. */
class BuiltInHandoutPagesTest {
  private static final DocumentPrinter printer = new DocumentPrinter();

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void everyBuiltInHandoutFitsOnOnePage(PaperSize paper) {
    org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
    // Canada names the longest same-day help of the listed countries.
    for (Handout h :
        BuiltInHandouts.all().stream()
            .map(b -> b.withNumbers(EmergencyNumbers.of(Country.CANADA)))
            .toList()) {
      byte[] pdf =
          printer.handout(
              PlanFixtures.letterhead(null), paper, "Nguyễn Thị Hương", h, PlanFixtures.PRINTED);
      var pages = PdfInspection.pageTexts(pdf);
      soft.assertThat(pages).as(h.title() + " on " + paper).hasSize(1);
      String text = String.join(" ", pages).replaceAll("\\s+", " ");
      assertThat(text).contains(h.title(), "Nguyễn Thị Hương");
      for (var section : h.sections()) {
        for (String bullet : section.bullets()) {
          String start = bullet.substring(0, Math.min(25, bullet.length()));
          soft.assertThat(text).as(h.title()).contains(start.replaceAll("\\s+", " "));
        }
      }
    }
    soft.assertAll();
  }
}
