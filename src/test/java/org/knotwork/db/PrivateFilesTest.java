package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files with client data in them, written outside the database for the user alone. */
class PrivateFilesTest {
  static final Set<PosixFilePermission> USER_ONLY = PosixFilePermissions.fromString("rw-------");

  @TempDir Path dir;

  /** Whether this file system has POSIX permissions to check. */
  static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  @Test
  void aWrittenFileCanBeReadByTheUserOnly() throws IOException {
    assumePosix();
    Path file = dir.resolve("out/record.zip");

    PrivateFiles.write(file, out -> out.write("records".getBytes(StandardCharsets.UTF_8)));

    assertThat(file).hasContent("records");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(USER_ONLY);
    assertThat(list(file.getParent())).containsExactly(file);
  }

  @Test
  void theUnfinishedFileIsForTheUserOnlyBeforeAnythingIsInIt() throws IOException {
    assumePosix();
    Path file = dir.resolve("record.zip");
    List<Path> unfinished = new ArrayList<>();

    PrivateFiles.write(
        file,
        out -> {
          unfinished.addAll(list(dir));
          assertThat(unfinished).singleElement().satisfies(p -> assertThat(p).isEmptyFile());
          assertThat(Files.getPosixFilePermissions(unfinished.get(0))).isEqualTo(USER_ONLY);
          out.write(1);
        });

    assertThat(unfinished.get(0).getFileName().toString()).startsWith(".").endsWith(".part");
  }

  @Test
  void aFileOthersCouldReadIsReplacedByOneTheyCannot() throws IOException {
    assumePosix();
    Path file = dir.resolve("audit.csv");
    Files.writeString(file, "earlier");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    PrivateFiles.write(file, out -> out.write('x'));

    assertThat(file).hasContent("x");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(USER_ONLY);
  }

  @Test
  void aFailedWriteLeavesTheEarlierFileAndNothingElse() throws IOException {
    Path file = dir.resolve("record.pdf");
    Files.writeString(file, "earlier");

    assertThatThrownBy(
            () ->
                PrivateFiles.write(
                    file,
                    out -> {
                      out.write('x');
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(file).hasContent("earlier");
    assertThat(list(dir)).containsExactly(file);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
