package org.knotwork.safety;

import java.util.Objects;

/**
 * The emergency number and the same-day help that advice and handouts name, as the practice's
 * country (or the therapist, for another country) sets them.
 *
 * @param country null while the practice has not said where it is
 * @param emergency the number to call now, e.g. "911"
 * @param sameDay where to be seen today, e.g. "a doctor or an urgent care clinic" (no pronoun: it
 *     is used in advice to the therapist and in handouts for the client)
 */
public record EmergencyNumbers(Country country, String emergency, String sameDay) {
  /** Placeholder in advice and handout text for the emergency number. */
  public static final String EMERGENCY = "[emergency number]";

  /** Placeholder in advice and handout text for the same-day help. */
  public static final String SAME_DAY = "[same-day help]";

  /** Before a country is chosen: wording that is right everywhere, without a number. */
  public static final EmergencyNumbers NOT_SET =
      new EmergencyNumbers(
          null, "the local emergency number", "a doctor or an urgent care service");

  public static final int MAX_EMERGENCY = 30;
  public static final int MAX_SAME_DAY = 120;

  public EmergencyNumbers {
    emergency = emergency == null ? "" : emergency.strip();
    sameDay = sameDay == null ? "" : sameDay.strip();
  }

  /** The numbers of one of the listed countries. */
  public static EmergencyNumbers of(Country country) {
    Objects.requireNonNull(country, "country");
    if (country == Country.OTHER) {
      throw new IllegalArgumentException("Type the numbers for another country.");
    }
    return new EmergencyNumbers(country, country.emergencyNumber(), country.sameDayHelp());
  }

  /** Numbers the therapist typed, for a country not in the list. */
  public static EmergencyNumbers other(String emergency, String sameDay) {
    return new EmergencyNumbers(Country.OTHER, emergency, sameDay);
  }

  /** What is missing or too long, in words; null when the numbers can be saved. */
  public String problem() {
    if (country != Country.OTHER) {
      return null;
    }
    if (emergency.isEmpty()) {
      return "Type the emergency number clients should call, e.g. 112.";
    }
    if (emergency.length() > MAX_EMERGENCY) {
      return "Keep the emergency number under " + MAX_EMERGENCY + " characters.";
    }
    if (sameDay.isEmpty()) {
      return "Say where a client can be seen the same day, e.g. a doctor or an urgent care clinic.";
    }
    if (sameDay.length() > MAX_SAME_DAY) {
      return "Keep the same-day help under " + MAX_SAME_DAY + " characters.";
    }
    return null;
  }

  /** The text with the placeholders replaced by these numbers. */
  public String fill(String text) {
    if (text == null) {
      return null;
    }
    return text.replace(EMERGENCY, emergency).replace(SAME_DAY, sameDay);
  }
}
