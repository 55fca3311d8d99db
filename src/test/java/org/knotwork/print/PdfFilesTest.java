package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The names offered for a saved PDF. */
class PdfFilesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void theClientsNameIsKeptAsWritten() {
    assertThat(PdfFiles.fileName("Treatment plan", "Renée Müller Jr", DAY))
        .isEqualTo("Treatment plan - Renée Müller Jr - 2026-03-02.pdf");
    assertThat(PdfFiles.fileName("Treatment plan", "Nguyễn Thị Hương", DAY))
        .isEqualTo("Treatment plan - Nguyễn Thị Hương - 2026-03-02.pdf");
    assertThat(PdfFiles.fileName("Knee rolls", null, DAY)).isEqualTo("Knee rolls - 2026-03-02.pdf");
  }

  @Test
  void onlyCharactersEveryFileSystemAcceptsAreKept() {
    assertThat(PdfFiles.fileName("Neck / shoulders: what to do?", "Ann \"Annie\" Berg", DAY))
        .isEqualTo("Neck _ shoulders_ what to do_ - Ann _Annie_ Berg - 2026-03-02.pdf");
    assertThat(PdfFiles.fileName("Treatment plan", "Anna\nBerg\t", DAY))
        .isEqualTo("Treatment plan - Anna Berg - 2026-03-02.pdf");
    assertThat(PdfFiles.fileName("Treatment plan", "Anna\u202eBerg", DAY))
        .as("a text-direction character could disguise the name")
        .isEqualTo("Treatment plan - Anna_Berg - 2026-03-02.pdf");
    assertThat(PdfFiles.fileName("Treatment plan", "Rene\u0301e Mu\u0308ller", DAY))
        .isEqualTo("Treatment plan - Renée Müller - 2026-03-02.pdf");
  }
}
