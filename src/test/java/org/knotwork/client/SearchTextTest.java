package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void foldRemovesAccentsAndCase() {
    assertThat(SearchText.fold("Zoë")).isEqualTo("zoe");
    assertThat(SearchText.fold("Nguyễn Văn")).isEqualTo("nguyen van");
    assertThat(SearchText.fold("RENÉE")).isEqualTo("renee");
  }

  @Test
  void foldSpellsOutLettersWithoutDecomposition() {
    assertThat(SearchText.fold("Łukasz")).isEqualTo("lukasz");
    assertThat(SearchText.fold("Søren")).isEqualTo("soren");
    assertThat(SearchText.fold("Straße")).isEqualTo("strasse");
    assertThat(SearchText.fold("Ærø")).isEqualTo("aero");
    assertThat(SearchText.fold("Đorđe")).isEqualTo("dorde");
  }

  @Test
  void foldCollapsesWhitespaceAndTrims() {
    assertThat(SearchText.fold("  Anna \t  Maria\n")).isEqualTo("anna maria");
  }

  @Test
  void foldOfNullIsEmpty() {
    assertThat(SearchText.fold(null)).isEmpty();
  }

  @Test
  void termsAreFoldedWords() {
    assertThat(SearchText.terms("  Zoë   MARTIN ")).containsExactly("zoe", "martin");
  }

  @Test
  void termsOfBlankQueryAreEmpty() {
    assertThat(SearchText.terms(null)).isEmpty();
    assertThat(SearchText.terms("")).isEmpty();
    assertThat(SearchText.terms("   ")).isEmpty();
  }

  @Test
  void phoneLikeTermsKeepOnlyDigits() {
    assertThat(SearchText.terms("+44 (20) 7946-0018")).containsExactly("44", "20", "79460018");
  }

  @Test
  void emailTermIsKeptWhole() {
    assertThat(SearchText.terms("Zoe.Martin@Example.org"))
        .containsExactly("zoe.martin@example.org");
  }

  @Test
  void indexHoldsFoldedNamesEmailPhoneAndPhoneDigits() {
    Client client =
        Client.builder()
            .fullName("Zoë Martin")
            .preferredName("Zo")
            .email("Zoe.Martin@Example.org")
            .phone("+44 20 7946 0018")
            .build();

    assertThat(SearchText.indexOf(client))
        .isEqualTo("zoe martin zo zoe.martin@example.org +44 20 7946 0018 442079460018");
  }

  @Test
  void indexOfNameOnlyClientHasNoTrailingSpace() {
    assertThat(SearchText.indexOf(Client.builder().fullName("Łukasz Nowak").build()))
        .isEqualTo("lukasz nowak");
  }
}
