package org.knotwork.practice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.knotwork.safety.EmergencyNumbers;

/** Starting, naming and (for a demo) discarding the practice. */
public final class PracticeService {
  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_LOGO_BYTES = 1_000_000;
  private final PracticeRepository repository;
  private final Clock clock;

  public PracticeService(PracticeRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Optional<Practice> current() {
    return repository.find();
  }

  /** Starts an empty practice with the given name and the therapist who keeps it. */
  public Practice start(String name, boolean demo, TherapistProfile therapist) {
    String clean = checkName(name);
    checkTherapist(therapist);
    if (repository.find().isPresent()) {
      throw new IllegalStateException("This data folder already holds a practice.");
    }
    Practice practice =
        new Practice(clean, demo, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    repository.create(practice);
    repository.saveTherapist(therapist);
    return practice;
  }

  /**
   * The therapist who signs this practice's records; empty until entered (a practice started before
   * Knotwork asked for it).
   */
  public Optional<TherapistProfile> therapist() {
    return repository.therapist();
  }

  /**
   * Saves the therapist's profile after checking it. Records signed before keep the signature they
   * were signed with; only new signatures use the new details.
   */
  public TherapistProfile saveTherapist(TherapistProfile therapist) {
    checkTherapist(therapist);
    repository.saveTherapist(therapist);
    return repository.therapist().orElseThrow();
  }

  /**
   * Who is at work, as the audit log names them: the therapist by name, with the computer account
   * they are logged in as ("Maya Lindqvist (account maya)"); the account alone while no profile is
   * entered.
   */
  public String actor(String account) {
    String who =
        therapist()
            .map(
                t ->
                    account == null || account.isBlank()
                        ? t.name()
                        : t.name() + " (account " + account + ")")
            .orElse(account == null || account.isBlank() ? "unknown" : account);
    return who.length() <= 100 ? who : who.substring(0, 99) + "…";
  }

  private static void checkTherapist(TherapistProfile therapist) {
    if (therapist == null) {
      throw new IllegalArgumentException("Enter your name, title and registration first.");
    }
    therapist.problems().values().stream()
        .findFirst()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  public Practice rename(String name) {
    repository.rename(checkName(name));
    return repository.find().orElseThrow();
  }

  /** Minutes without input after which Knotwork locks itself. */
  public int autoLockMinutes() {
    return repository.autoLockMinutes();
  }

  /** Sets the idle minutes before locking: 1 to 120. */
  public int saveAutoLockMinutes(int minutes) {
    if (minutes < 1 || minutes > 120) {
      throw new IllegalArgumentException("Choose between 1 and 120 minutes.");
    }
    repository.saveAutoLockMinutes(minutes);
    return repository.autoLockMinutes();
  }

  /** The emergency number and same-day help that red-flag advice and handouts name. */
  public EmergencyNumbers emergencyNumbers() {
    return repository.emergencyNumbers();
  }

  /** Saves the practice's country (and, for another country, its numbers) after checking them. */
  public EmergencyNumbers saveEmergencyNumbers(EmergencyNumbers numbers) {
    if (numbers.country() == null) {
      throw new IllegalArgumentException("Choose the country the practice is in.");
    }
    String problem = numbers.problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    repository.saveEmergencyNumbers(numbers);
    return repository.emergencyNumbers();
  }

  /** The letterhead and paper size; empty details before the practice is started. */
  public PracticeDetails details() {
    return repository.details();
  }

  /** Saves the letterhead and paper size after checking them. */
  public PracticeDetails saveDetails(PracticeDetails details) {
    detailsProblems(details).values().stream()
        .findFirst()
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
    repository.saveDetails(details);
    return repository.details();
  }

  /** What is wrong with the details, by field ("address", "phone", "email", "logo"). */
  public static java.util.Map<String, String> detailsProblems(PracticeDetails d) {
    java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (d.address().length() > 400) {
      problems.put("address", "Keep the address under 400 characters.");
    }
    if (d.phone().length() > 60) {
      problems.put("phone", "Keep the phone number under 60 characters.");
    }
    if (d.email().length() > 200) {
      problems.put("email", "Keep the email address under 200 characters.");
    } else if (!d.email().isEmpty() && !d.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")) {
      problems.put("email", "This does not look like an email address (name@example.org).");
    }
    if (d.logo() != null && d.logo().length > MAX_LOGO_BYTES) {
      problems.put("logo", "The logo is larger than 1 MB; use a smaller picture.");
    }
    return problems;
  }

  /**
   * Removes a demo practice and all its generated records, so the therapist can start their own.
   * Refuses to touch a real practice.
   */
  public void discardDemo() {
    Practice practice =
        repository.find().orElseThrow(() -> new IllegalStateException("There is no practice yet."));
    if (!practice.demo()) {
      throw new IllegalStateException("Only a demo practice can be discarded.");
    }
    repository.deleteEverything();
  }

  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("Give your practice a name.");
    }
    if (name.strip().length() > MAX_NAME_LENGTH) {
      return Optional.of("The name is longer than " + MAX_NAME_LENGTH + " characters.");
    }
    return Optional.empty();
  }

  private static String checkName(String name) {
    nameProblem(name)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    return name.strip();
  }
}
