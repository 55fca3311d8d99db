package org.knotwork.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names, phone numbers and e-mail addresses into a form that matches what a person types:
 * lower case, no accents ("Zoë" → "zoe", "Łukasz" → "lukasz", "Nguyễn" → "nguyen").
 */
public final class SearchText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
    StringBuilder out = new StringBuilder(withoutMarks.length());
    for (char ch : withoutMarks.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(
          switch (ch) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> String.valueOf(ch);
          });
    }
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** The words of a search query, folded; empty when the query is blank. */
  public static List<String> terms(String query) {
    String folded = fold(query);
    if (folded.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(folded.split(" "))
        .map(SearchText::stripPhonePunctuation)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** What a client's record is found by: names, e-mail and phone (also as digits only). */
  public static String indexOf(Client client) {
    return String.join(
            " ",
            fold(client.fullName()),
            fold(client.preferredName()),
            fold(client.email()),
            fold(client.phone()),
            digits(client.phone()))
        .strip();
  }

  private static String stripPhonePunctuation(String term) {
    return term.chars().allMatch(c -> Character.isDigit(c) || "+()-./".indexOf(c) >= 0)
            && term.chars().anyMatch(Character::isDigit)
        ? digits(term)
        : term;
  }

  private static String digits(String text) {
    return text == null ? "" : text.replaceAll("[^0-9]", "");
  }
}
