package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
  private static final int FAST = 1_000; // the real count is slow on purpose
  @TempDir Path dir;

  @Test
  void theRightPassphraseUnlocksTheSameKeyAfterARoundTripThroughTheFile() throws Exception {
    KeyFile key = KeyFile.create("correct horse battery".toCharArray(), FAST);
    Path file = dir.resolve("knotwork.key");
    key.write(file);

    DatabaseCredentials first = key.unlock("correct horse battery".toCharArray());
    DatabaseCredentials again = KeyFile.read(file).unlock("correct horse battery".toCharArray());

    assertThat(again).isEqualTo(first);
    assertThat(first.isEncrypted()).isTrue();
    assertThat(first.toString()).doesNotContain(first.password().strip());
    assertThat(Files.readString(file)).doesNotContain(first.password().strip());
  }

  @Test
  void theKeyFileCanBeReadByTheUserOnly(@TempDir Path dir) throws Exception {
    PrivateFilesTest.assumePosix();
    Path file = dir.resolve("knotwork.key");

    KeyFile.create("harbour lantern".toCharArray(), 1_000).write(file);

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PrivateFilesTest.USER_ONLY);
  }

  @Test
  void aWrongPassphraseIsRefusedWithASentence() {
    KeyFile key = KeyFile.create("correct horse battery".toCharArray(), FAST);
    assertThatThrownBy(() -> key.unlock("Correct horse battery".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessage(
            "That passphrase does not unlock these records. Check Caps Lock and try again.");
  }

  @Test
  void changingThePassphraseKeepsTheDataKeySoTheDatabaseStillOpens() {
    KeyFile key = KeyFile.create("old words here".toCharArray(), FAST);
    DatabaseCredentials before = key.unlock("old words here".toCharArray());

    KeyFile changed = key.rewrap("old words here".toCharArray(), "new words there".toCharArray());

    assertThat(changed.unlock("new words there".toCharArray())).isEqualTo(before);
    assertThatThrownBy(() -> changed.unlock("old words here".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
    assertThatThrownBy(() -> key.rewrap("wrong".toCharArray(), "x".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void composedAndDecomposedAccentsAreTheSamePassphrase() {
    KeyFile key = KeyFile.create("Zo\u00eb".toCharArray(), FAST);
    assertThat(key.unlock("Zoe\u0308".toCharArray()))
        .isEqualTo(key.unlock("Zo\u00eb".toCharArray()));
  }

  @Test
  void aDamagedOrForeignKeyFileIsRefusedAndLeftAlone() throws Exception {
    Path foreign = dir.resolve("foreign.key");
    Files.writeString(foreign, "format=something-else\n");
    assertThatThrownBy(() -> KeyFile.read(foreign))
        .hasMessageContaining("not one Knotwork can read");

    Path damaged = dir.resolve("damaged.key");
    Files.writeString(damaged, "format=knotwork-key-1\niterations=x\n");
    assertThatThrownBy(() -> KeyFile.read(damaged)).hasMessageContaining("is damaged");
    assertThat(Files.readString(damaged)).isEqualTo("format=knotwork-key-1\niterations=x\n");
  }
}
