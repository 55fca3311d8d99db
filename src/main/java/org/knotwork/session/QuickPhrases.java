package org.knotwork.session;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Expands ";abbreviation" at the caret into its phrase, e.g. ";ht" → "hypertonic". Matching is
 * case-insensitive; an unknown abbreviation is left as typed.
 */
public final class QuickPhrases {
  private final Map<String, String> byAbbreviation;

  public QuickPhrases(List<QuickPhrase> phrases) {
    this.byAbbreviation =
        phrases.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    p -> p.abbreviation().toLowerCase(java.util.Locale.ROOT),
                    QuickPhrase::text,
                    (a, b) -> a));
  }

  public List<QuickPhrase> all() {
    return byAbbreviation.entrySet().stream()
        .map(e -> new QuickPhrase(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparing(QuickPhrase::abbreviation))
        .toList();
  }

  /** The result of expanding: the new text and where the caret goes. */
  public record Expansion(String text, int caret) {}

  /**
   * If the word just before {@code caret} is ";abbreviation" of a known phrase, returns the text
   * with it replaced and the caret after the phrase.
   */
  public Optional<Expansion> expand(String text, int caret) {
    if (text == null || caret <= 0 || caret > text.length()) {
      return Optional.empty();
    }
    int start = caret;
    while (start > 0
        && !Character.isWhitespace(text.charAt(start - 1))
        && text.charAt(start - 1) != ';') {
      start--;
    }
    if (start == 0 || text.charAt(start - 1) != ';' || start == caret) {
      return Optional.empty();
    }
    int semicolon = start - 1;
    String key = text.substring(start, caret).toLowerCase(java.util.Locale.ROOT);
    return Optional.ofNullable(byAbbreviation.get(key))
        .map(
            phrase ->
                new Expansion(
                    text.substring(0, semicolon) + phrase + text.substring(caret),
                    semicolon + phrase.length()));
  }
}
