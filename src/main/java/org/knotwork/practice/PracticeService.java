package org.knotwork.practice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Starting, naming and (for a demo) discarding the practice. */
public final class PracticeService {
  public static final int MAX_NAME_LENGTH = 120;
  private final PracticeRepository repository;
  private final Clock clock;

  public PracticeService(PracticeRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Optional<Practice> current() {
    return repository.find();
  }

  /** Starts an empty practice with the given name. */
  public Practice start(String name, boolean demo) {
    String clean = checkName(name);
    if (repository.find().isPresent()) {
      throw new IllegalStateException("This data folder already holds a practice.");
    }
    Practice practice =
        new Practice(clean, demo, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    repository.create(practice);
    return practice;
  }

  public Practice rename(String name) {
    repository.rename(checkName(name));
    return repository.find().orElseThrow();
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
