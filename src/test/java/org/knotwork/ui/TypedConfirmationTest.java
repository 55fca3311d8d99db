package org.knotwork.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedConfirmationTest {
  @Test
  void theNameExactlyAsShownMatches() {
    assertThat(TypedConfirmation.matches("Åsa Kowalski", "Åsa Kowalski")).isTrue();
  }

  @Test
  void surroundingAndRepeatedSpacesDoNotMatter() {
    assertThat(TypedConfirmation.matches("  Åsa   Kowalski ", "Åsa Kowalski")).isTrue();
    assertThat(TypedConfirmation.matches("Åsa\tKowalski", "Åsa  Kowalski")).isTrue();
  }

  @Test
  void anAccentTypedAsASeparateMarkMatchesTheAccentedLetter() {
    assertThat(TypedConfirmation.matches("A\u030Asa Kowalski", "\u00C5sa Kowalski")).isTrue();
  }

  @Test
  void aLetterInTheWrongCaseDoesNotMatch() {
    assertThat(TypedConfirmation.matches("åsa Kowalski", "Åsa Kowalski")).isFalse();
    assertThat(TypedConfirmation.matches("ÅSA KOWALSKI", "Åsa Kowalski")).isFalse();
  }

  @Test
  void aMissingAccentOrPartOfTheNameDoesNotMatch() {
    assertThat(TypedConfirmation.matches("Asa Kowalski", "Åsa Kowalski")).isFalse();
    assertThat(TypedConfirmation.matches("Åsa", "Åsa Kowalski")).isFalse();
    assertThat(TypedConfirmation.matches(null, "Åsa Kowalski")).isFalse();
  }
}
