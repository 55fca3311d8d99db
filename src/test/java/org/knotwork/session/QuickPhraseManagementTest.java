package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.db.Database;

class QuickPhraseManagementTest {
  private final Database db = Database.inMemory();
  private final SessionService service =
      new SessionService(
          new SessionRepository(db.dsl()),
          Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC),
          () -> "therapist",
          org.knotwork.practice.TestTherapist::signer);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theTherapistsOwnPhraseExpandsInNotes() {
    service.addQuickPhrase(";QLR", "right quadratus lumborum");

    assertThat(service.quickPhrases().expand("Tight ;qlr", 10))
        .contains(new QuickPhrases.Expansion("Tight right quadratus lumborum", 30));
  }

  @Test
  void aTakenAbbreviationIsRefusedInWords() {
    assertThatThrownBy(() -> service.addQuickPhrase("ht", "hyper"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already in use");
  }

  @Test
  void anAbbreviationWithSpacesOrNoPhraseIsRefused() {
    assertThatThrownBy(() -> service.addQuickPhrase("two words", "x"))
        .hasMessageContaining("one word of letters or digits");
    assertThatThrownBy(() -> service.addQuickPhrase("ok", "  "))
        .hasMessageContaining("Write the phrase");
  }

  @Test
  void aRemovedPhraseNoLongerExpands() {
    service.removeQuickPhrase("ht");

    assertThat(service.quickPhrases().expand(";ht", 3)).isEmpty();
    assertThat(service.quickPhrases().all())
        .extracting(QuickPhrase::abbreviation)
        .doesNotContain("ht");
  }
}
