package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;

class ScratchDatabaseTest {

  @Test
  void isMigratedEncryptedInMemoryAndGoneOnceClosed() throws IOException {
    try (Database scratch = Database.scratch()) {
      assertThat(
              scratch
                  .dsl()
                  .fetchValue(
                      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CLIENT'"))
          .isEqualTo(1L);
      List<String> files = scratchFiles();
      assertThat(files).singleElement().asString().endsWith("/knotwork.mv.db");
      // Encrypted like the practice's file (see EncryptedDatabaseTest), so the warm-up runs H2's
      // cipher too: the schema's statements are not readable in it.
      byte[] bytes;
      try (InputStream in = FileUtils.newInputStream(files.get(0))) {
        bytes = in.readAllBytes();
      }
      assertThat(bytes.length).isGreaterThan(4096);
      assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("CREATE");
    }
    assertThat(scratchFiles()).isEmpty();
  }

  /** The files of scratch databases in H2's in-memory file system. */
  private static List<String> scratchFiles() {
    return FileUtils.newDirectoryStream("memFS:").stream()
        .filter(f -> f.contains("knotwork-scratch-"))
        .flatMap(
            f -> FileUtils.isDirectory(f) ? FileUtils.newDirectoryStream(f).stream() : Stream.of(f))
        .toList();
  }
}
