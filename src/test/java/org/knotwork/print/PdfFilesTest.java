package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names offered for a saved PDF, and the file written. */
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

  @Test
  void aSavedPdfCanBeReadByTheUserOnly(@TempDir Path dir) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("Treatment plan - Anna Berg - 2026-03-02.pdf");
    Files.writeString(file, "an earlier copy");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    PdfFiles.save("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), file);

    assertThat(file).hasContent("%PDF-1.7");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.list(dir)).containsExactly(file);
  }
}
