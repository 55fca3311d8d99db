package org.knotwork.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a client record must meet, each answered in words for the form. The database enforces
 * the same rules with constraints.
 */
public final class ClientRules {
  public static final int MAX_AGE_YEARS = 120;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
  private static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9 ()./-]+$");

  private ClientRules() {}

  public static Optional<String> fullName(String name) {
    return name == null || name.isBlank()
        ? Optional.of("Enter the client's full name.")
        : name.strip().length() > 200
            ? Optional.of("The name is longer than 200 characters.")
            : Optional.empty();
  }

  public static Optional<String> dateOfBirth(LocalDate dob, LocalDate today) {
    if (dob == null) {
      return Optional.empty();
    }
    if (dob.isAfter(today)) {
      return Optional.of("Date of birth is in the future.");
    }
    if (dob.isBefore(today.minusYears(MAX_AGE_YEARS))) {
      return Optional.of("Date of birth makes the client older than " + MAX_AGE_YEARS + ".");
    }
    return Optional.empty();
  }

  public static Optional<String> email(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return EMAIL.matcher(email.strip()).matches()
        ? Optional.empty()
        : Optional.of("This does not look like an e-mail address (name@example.org).");
  }

  public static Optional<String> phone(String phone) {
    if (phone == null || phone.isBlank()) {
      return Optional.empty();
    }
    String p = phone.strip();
    long digits = p.chars().filter(Character::isDigit).count();
    if (!PHONE_CHARS.matcher(p).matches()) {
      return Optional.of("A phone number holds digits, spaces and + ( ) - . / only.");
    }
    if (digits < 6 || digits > 15) {
      return Optional.of("A phone number has between 6 and 15 digits.");
    }
    return Optional.empty();
  }

  public static Optional<String> pregnancyWeeks(Integer weeks) {
    return weeks != null && (weeks < 1 || weeks > 42)
        ? Optional.of("Weeks of pregnancy are between 1 and 42.")
        : Optional.empty();
  }

  /**
   * A due date can be at most 40 weeks ahead. One in the past is kept (the record says what was
   * known) and prompts a review instead.
   */
  public static Optional<String> dueDate(LocalDate due, LocalDate today) {
    return due != null && due.isAfter(today.plusDays(ConditionEntry.TERM_DAYS))
        ? Optional.of("A due date is at most 40 weeks from today.")
        : Optional.empty();
  }

  /** The first text that is longer than the record can hold, named in words. */
  public static Optional<String> tooLong(Client c) {
    return everyTooLong(c).stream().findFirst();
  }

  /** Every text that is longer than the record can hold, named in words. */
  public static List<String> everyTooLong(Client c) {
    Object[][] limits = {
      {"Preferred name", c.preferredName(), 100},
      {"Pronouns", c.pronouns(), 40},
      {"Phone", c.phone(), 30},
      {"E-mail", c.email(), 254},
      {"Address", c.address(), 500},
      {"Emergency contact", c.emergencyContact().name(), 200},
      {"Relation to client", c.emergencyContact().relation(), 60},
      {"Emergency contact's phone", c.emergencyContact().phone(), 30},
      {"Physician", c.physician(), 200},
      {"Occupation", c.occupation(), 120},
      {"Sports and activities", c.activities(), 500},
      {"Medications", c.medications(), 1000},
      {"Other allergies", c.allergies().other(), 500},
      {"Notes", c.notes(), 4000}
    };
    List<String> found = new ArrayList<>();
    for (Object[] limit : limits) {
      String value = (String) limit[1];
      int max = (Integer) limit[2];
      if (value != null && value.length() > max) {
        found.add(limit[0] + " is longer than " + max + " characters.");
      }
    }
    c.conditions().stream()
        .filter(e -> e.details() != null && e.details().length() > 1000)
        .map(e -> e.condition().label() + ": the details are longer than 1000 characters.")
        .forEach(found::add);
    return found;
  }

  /** The first broken rule of a whole record, if any. */
  public static Optional<String> firstProblem(Client c, LocalDate today) {
    return problems(c, today).stream().findFirst();
  }

  /** Every broken rule of a whole record, in the order of the form; empty if there is none. */
  public static List<String> problems(Client c, LocalDate today) {
    List<String> found = new ArrayList<>();
    fullName(c.fullName()).ifPresent(found::add);
    dateOfBirth(c.dateOfBirth(), today).ifPresent(found::add);
    email(c.email()).ifPresent(found::add);
    phone(c.phone()).ifPresent(found::add);
    phone(c.emergencyContact().phone()).map(m -> "Emergency contact: " + m).ifPresent(found::add);
    c.condition(HealthCondition.PREGNANCY)
        .flatMap(p -> dueDate(p.dueDate(), today))
        .ifPresent(found::add);
    found.addAll(everyTooLong(c));
    return found;
  }
}
