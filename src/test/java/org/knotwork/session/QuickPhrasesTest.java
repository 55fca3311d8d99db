package org.knotwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.session.QuickPhrases.Expansion;

class QuickPhrasesTest {
  private final QuickPhrases phrases =
      new QuickPhrases(
          List.of(
              new QuickPhrase("ht", "hypertonic"),
              new QuickPhrase("UT", "upper trapezius"),
              new QuickPhrase("ql", "quadratus lumborum")));

  @Test
  void abbreviationAtTheCaretIsReplacedAndTheCaretMovesPastThePhrase() {
    assertThat(phrases.expand("R ;ht", 5)).contains(new Expansion("R hypertonic", 12));
  }

  @Test
  void abbreviationInTheMiddleKeepsTheTextAfterTheCaret() {
    String text = "Left ;ut tight";

    assertThat(phrases.expand(text, 8)).contains(new Expansion("Left upper trapezius tight", 20));
  }

  @Test
  void matchingIgnoresCase() {
    assertThat(phrases.expand(";HT", 3)).contains(new Expansion("hypertonic", 10));
    assertThat(phrases.expand(";ut", 3)).contains(new Expansion("upper trapezius", 15));
  }

  @Test
  void abbreviationRightAfterAnotherWordStillExpands() {
    assertThat(phrases.expand("tight;ql", 8))
        .contains(new Expansion("tightquadratus lumborum", 23));
  }

  @Test
  void unknownAbbreviationIsLeftAsTyped() {
    assertThat(phrases.expand("R ;xyz", 6)).isEmpty();
  }

  @Test
  void wordWithoutSemicolonIsNotExpanded() {
    assertThat(phrases.expand("R ht", 4)).isEmpty();
  }

  @Test
  void loneSemicolonOrCaretAtTheStartIsNotExpanded() {
    assertThat(phrases.expand("R ;", 3)).isEmpty();
    assertThat(phrases.expand(";ht", 0)).isEmpty();
    assertThat(phrases.expand(null, 0)).isEmpty();
    assertThat(phrases.expand(";ht", 4)).isEmpty();
  }

  @Test
  void caretInsideTheWordExpandsOnlyTheTypedPart() {
    assertThat(phrases.expand(";htx", 3)).contains(new Expansion("hypertonicx", 10));
  }

  @Test
  void allListsPhrasesByLowerCaseAbbreviation() {
    assertThat(phrases.all())
        .containsExactly(
            new QuickPhrase("ht", "hypertonic"),
            new QuickPhrase("ql", "quadratus lumborum"),
            new QuickPhrase("ut", "upper trapezius"));
  }

  @Test
  void firstOfTwoAbbreviationsDifferingOnlyInCaseWins() {
    QuickPhrases twice =
        new QuickPhrases(List.of(new QuickPhrase("ht", "hypertonic"), new QuickPhrase("HT", "x")));

    assertThat(twice.expand(";ht", 3)).contains(new Expansion("hypertonic", 10));
  }
}
