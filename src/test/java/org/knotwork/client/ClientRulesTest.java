package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

  @Test
  void fullNameIsRequired() {
    assertThat(ClientRules.fullName(null)).contains("Enter the client's full name.");
    assertThat(ClientRules.fullName("   ")).contains("Enter the client's full name.");
    assertThat(ClientRules.fullName("Anna Berg")).isEmpty();
  }

  @Test
  void fullNameIsAtMost200Characters() {
    assertThat(ClientRules.fullName("a".repeat(200))).isEmpty();
    assertThat(ClientRules.fullName("a".repeat(201)))
        .contains("The name is longer than 200 characters.");
  }

  @Test
  void dateOfBirthInTheFutureIsRejected() {
    assertThat(ClientRules.dateOfBirth(TODAY.plusDays(1), TODAY))
        .contains("Date of birth is in the future.");
    assertThat(ClientRules.dateOfBirth(TODAY, TODAY)).isEmpty();
  }

  @Test
  void dateOfBirthMoreThan120YearsAgoIsRejected() {
    assertThat(ClientRules.dateOfBirth(TODAY.minusYears(120), TODAY)).isEmpty();
    assertThat(ClientRules.dateOfBirth(TODAY.minusYears(120).minusDays(1), TODAY))
        .contains("Date of birth makes the client older than 120.");
  }

  @Test
  void missingDateOfBirthIsAllowed() {
    assertThat(ClientRules.dateOfBirth(null, TODAY)).isEmpty();
  }

  @Test
  void emailMustLookLikeAnAddress() {
    String message = "This does not look like an e-mail address (name@example.org).";
    assertThat(ClientRules.email("anna.berg@example.org")).isEmpty();
    assertThat(ClientRules.email(null)).isEmpty();
    assertThat(ClientRules.email(" ")).isEmpty();
    for (String bad :
        List.of("anna.example.org", "anna@example", "anna berg@example.org", "anna@example.o")) {
      assertThat(ClientRules.email(bad)).as(bad).contains(message);
    }
  }

  @Test
  void phoneMayHoldOnlyDigitsAndPunctuation() {
    assertThat(ClientRules.phone("020 7946 CALL"))
        .contains("A phone number holds digits, spaces and + ( ) - . / only.");
    assertThat(ClientRules.phone("+44 (20) 7946-0018")).isEmpty();
    assertThat(ClientRules.phone(null)).isEmpty();
  }

  @Test
  void phoneHasBetween6And15Digits() {
    String message = "A phone number has between 6 and 15 digits.";
    assertThat(ClientRules.phone("12 34 5")).contains(message);
    assertThat(ClientRules.phone("123456")).isEmpty();
    assertThat(ClientRules.phone("123456789012345")).isEmpty();
    assertThat(ClientRules.phone("1234567890123456")).contains(message);
  }

  @Test
  void pregnancyWeeksAreBetween1And42() {
    String message = "Weeks of pregnancy are between 1 and 42.";
    assertThat(ClientRules.pregnancyWeeks(0)).contains(message);
    assertThat(ClientRules.pregnancyWeeks(43)).contains(message);
    assertThat(ClientRules.pregnancyWeeks(1)).isEmpty();
    assertThat(ClientRules.pregnancyWeeks(42)).isEmpty();
    assertThat(ClientRules.pregnancyWeeks(null)).isEmpty();
  }

  @Test
  void firstProblemOfValidClientIsEmpty() {
    Client client =
        Client.builder()
            .fullName("Anna Berg")
            .dateOfBirth(LocalDate.of(1980, 5, 17))
            .email("anna@example.org")
            .phone("07700 900123")
            .build();

    assertThat(ClientRules.firstProblem(client, TODAY)).isEmpty();
  }

  @Test
  void firstProblemReportsTheNameBeforeOtherProblems() {
    Client client = Client.builder().fullName(" ").email("nonsense").build();

    assertThat(ClientRules.firstProblem(client, TODAY)).contains("Enter the client's full name.");
  }

  @Test
  void firstProblemNamesTheEmergencyContactPhone() {
    Client client =
        Client.builder()
            .fullName("Anna Berg")
            .emergencyContact(new EmergencyContact("Lars", "Partner", "123"))
            .build();

    assertThat(ClientRules.firstProblem(client, TODAY))
        .contains("Emergency contact: A phone number has between 6 and 15 digits.");
  }

  @Test
  void firstProblemChecksPregnancyWeeks() {
    Client client =
        Client.builder()
            .fullName("Anna Berg")
            .conditions(List.of(ConditionEntry.pregnancy(TODAY.plusWeeks(41))))
            .build();

    assertThat(ClientRules.firstProblem(client, TODAY))
        .contains("A due date is at most 40 weeks from today.");
  }

  @Test
  void recordWithTextLongerThanItsColumnIsRejectedInWords() {
    Client client =
        Client.builder().fullName("Ana Lima").email("a".repeat(250) + "@example.org").build();

    assertThat(ClientRules.firstProblem(client, TODAY))
        .contains("E-mail is longer than 254 characters.");
  }

  @Test
  void overlongConditionDetailsAreRejected() {
    Client client =
        Client.builder()
            .fullName("Ana Lima")
            .conditions(
                List.of(new ConditionEntry(HealthCondition.OTHER, "x".repeat(1001), null, null)))
            .build();

    assertThat(ClientRules.tooLong(client))
        .contains("Other: the details are longer than 1000 characters.");
  }
}
