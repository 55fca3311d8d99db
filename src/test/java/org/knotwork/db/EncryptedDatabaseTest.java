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

class EncryptedDatabaseTest {
  private static final String NAME = "Zoë Łukasiewicz";
  private static final String NOTE = "Tender band along the right quadratus lumborum";
  @TempDir Path root;

  @Test
  void theFileHoldsNoClientNameOrNoteText() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    DatabaseCredentials key =
        KeyFile.create("a long passphrase".toCharArray(), 1_000)
            .unlock("a long passphrase".toCharArray());
    try (Database db = Database.open(dir, key)) {
      store(db);
    }
    byte[] bytes = Files.readAllBytes(dir.databaseFile());
    assertThat(contains(bytes, NAME.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "Łukasiewicz".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "quadratus".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "Harbour".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "lukasiewicz".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "CREATE TABLE".getBytes(StandardCharsets.UTF_8))).isFalse();

    try (Database again = Database.open(dir, key)) {
      assertThat(new ClientService(new ClientRepository(again.dsl()), clock()).search("zoe", false))
          .extracting(c -> c.fullName())
          .containsExactly(NAME);
    }
  }

  @Test
  void theSameStoredUnencryptedIsReadable_soTheCheckAboveCanFail() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    try (Database db = Database.open(dir, DatabaseCredentials.unencrypted())) {
      store(db);
    }
    byte[] bytes = Files.readAllBytes(dir.databaseFile());
    assertThat(contains(bytes, "quadratus".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(contains(bytes, "Harbour".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(contains(bytes, "lukasiewicz".getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void anotherKeyOrNoKeyCannotOpenTheFileAndChangesNothing() throws Exception {
    DataDirectory dir = DataDirectory.at(root);
    DatabaseCredentials key =
        KeyFile.create("first".toCharArray(), 1_000).unlock("first".toCharArray());
    try (Database db = Database.open(dir, key)) {
      store(db);
    }
    byte[] before = Files.readAllBytes(dir.databaseFile());
    DatabaseCredentials other =
        KeyFile.create("second".toCharArray(), 1_000).unlock("second".toCharArray());

    assertThatThrownBy(() -> Database.open(dir, other))
        .isInstanceOf(DatabaseException.class)
        .hasMessageContaining("could not be read with this practice's key");
    assertThatThrownBy(() -> Database.open(dir, DatabaseCredentials.unencrypted()))
        .isInstanceOf(DatabaseException.class);
    assertThat(Files.readAllBytes(dir.databaseFile())).isEqualTo(before);
  }

  private static void store(Database db) {
    MovableClock clock = clock();
    new PracticeService(new PracticeRepository(db.dsl()), clock)
        .start("Harbour", false, org.knotwork.practice.TestTherapist.PROFILE);
    new ClientService(new ClientRepository(db.dsl()), clock)
        .save(Client.builder().fullName(NAME).notes(NOTE).build());
  }

  private static MovableClock clock() {
    return new MovableClock(LocalDateTime.of(2026, 3, 2, 9, 0));
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
