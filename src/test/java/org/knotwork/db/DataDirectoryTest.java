package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir Path root;

  @Test
  void aNewDataFolderIsForItsOwnerOnly() throws Exception {
    DataDirectory dir = DataDirectory.at(root.resolve("practice")).ensureExists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.root())))
        .isEqualTo("rwx------");
  }

  @Test
  void aDataFolderOthersCouldReadIsClosedToThemWhenOpened() throws Exception {
    Path folder = Files.createDirectory(root.resolve("practice"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(folder.resolve("knotwork.mv.db"), "records");

    DataDirectory.at(folder).ensureExists();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(folder.resolve("knotwork.mv.db")).hasContent("records");
  }
}
