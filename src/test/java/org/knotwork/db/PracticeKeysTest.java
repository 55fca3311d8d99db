package org.knotwork.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.testing.MovableClock;

class PracticeKeysTest {
  private final PracticeKeys keys = PracticeKeys.forTests();
  @TempDir Path root;

  @Test
  void aNewFolderGetsItsKeyAndThenAsksForThePassphrase() {
    DataDirectory dir = DataDirectory.at(root);
    assertThat(keys.state(dir)).isEqualTo(PracticeKeys.State.NEW);

    DatabaseCredentials created = keys.create(dir, "river stone lantern".toCharArray());
    Database.open(dir, created).close();

    assertThat(keys.state(dir)).isEqualTo(PracticeKeys.State.LOCKED);
    assertThat(keys.unlock(dir, "river stone lantern".toCharArray())).isEqualTo(created);
    assertThatThrownBy(() -> keys.unlock(dir, "river stone".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void recordsFromBeforeEncryptionAreEncryptedAndKeepEveryRow() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    MovableClock clock = new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      new PracticeService(new PracticeRepository(db.dsl()), clock)
          .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
      new ClientService(new ClientRepository(db.dsl()), clock)
          .save(Client.builder().fullName("Anna Berg").notes("quadratus band").build());
    }
    assertThat(keys.state(dir)).isEqualTo(PracticeKeys.State.UNENCRYPTED);

    DatabaseCredentials key = keys.encryptExisting(dir, "river stone lantern".toCharArray());

    assertThat(keys.state(dir)).isEqualTo(PracticeKeys.State.LOCKED);
    byte[] bytes = Files.readAllBytes(dir.databaseFile());
    assertThat(EncryptedDatabaseTest.contains(bytes, "quadratus".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    try (Database db = Database.open(dir, key)) {
      assertThat(new ClientService(new ClientRepository(db.dsl()), clock).search("anna", false))
          .hasSize(1);
    }
    try (var files = Files.list(root)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("safety"));
    }
  }

  @Test
  void changingThePassphraseLeavesTheDatabaseFileAlone() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    Database.open(dir, keys.create(dir, "river stone lantern".toCharArray())).close();
    byte[] before = Files.readAllBytes(dir.databaseFile());

    keys.change(dir, "river stone lantern".toCharArray(), "meadow copper violin".toCharArray());

    assertThat(Files.readAllBytes(dir.databaseFile())).isEqualTo(before);
    Database.open(dir, keys.unlock(dir, "meadow copper violin".toCharArray())).close();
    assertThatThrownBy(() -> keys.unlock(dir, "river stone lantern".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void strengthHintsInWords() {
    assertThat(PracticeKeys.strengthHint("".toCharArray())).startsWith("Choose a passphrase");
    assertThat(PracticeKeys.strengthHint("short".toCharArray())).startsWith("Too short");
    assertThat(PracticeKeys.strengthHint("twelvechars1".toCharArray())).startsWith("Fair");
    assertThat(PracticeKeys.strengthHint("river stone lantern".toCharArray())).isEmpty();
    assertThat(PracticeKeys.acceptable("short".toCharArray())).isFalse();
  }
}
