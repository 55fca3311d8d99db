package org.knotwork.retention;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.knotwork.client.ClientNotFoundException;

/**
 * Which records are past their retention period, and deleting a client's whole record: allowed for
 * a record past retention, or before then only by an explicit override, and always only after the
 * client's full name has been typed. Each deletion leaves an audit entry without clinical content.
 */
public final class RetentionService {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private final RetentionRepository repository;
  private final Clock clock;
  private final java.util.function.Supplier<String> actor;

  public RetentionService(RetentionRepository repository, Clock clock, String actor) {
    this(repository, clock, () -> actor);
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public RetentionService(
      RetentionRepository repository, Clock clock, java.util.function.Supplier<String> actor) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
  }

  public RetentionPolicy policy() {
    return repository.policy();
  }

  public void savePolicy(RetentionPolicy policy) {
    repository.savePolicy(policy);
  }

  /** Every client's record with the day it must be kept until, in name order. */
  public List<KeptRecord> all() {
    return repository.records(repository.policy());
  }

  /** The records past their retention period, longest overdue first. */
  public List<KeptRecord> dueForReview() {
    LocalDate today = today();
    return all().stream()
        .filter(r -> r.due(today))
        .sorted(java.util.Comparator.comparing(KeptRecord::keptUntil))
        .toList();
  }

  /**
   * Deletes every row of the client's record.
   *
   * @param typedName what the therapist typed to confirm; must be the client's full name
   * @param override true to delete a record whose retention period has not ended yet
   * @throws RetentionException when the name does not match, or the record is still kept and there
   *     is no override
   */
  public DeletedRecord delete(long clientId, String typedName, boolean override) {
    RetentionPolicy policy = repository.policy();
    KeptRecord record =
        repository
            .record(clientId, policy)
            .orElseThrow(() -> new ClientNotFoundException(clientId));
    if (!matches(typedName, record.fullName())) {
      throw new RetentionException(
          "The name typed is not “"
              + record.fullName()
              + "”, so nothing was deleted. Type the client's full name exactly as it is shown.");
    }
    boolean due = record.due(today());
    if (!due && !override) {
      throw new RetentionException(
          "The record of "
              + record.fullName()
              + " must be kept until "
              + DAY.format(record.keptUntil())
              + ", so nothing was deleted.");
    }
    String detail =
        due
            ? "Past the retention period (kept until " + DAY.format(record.keptUntil()) + ")"
            : "Before the end of the retention period ("
                + DAY.format(record.keptUntil())
                + "), by override";
    return repository.delete(clientId, now(), actor.get(), detail);
  }

  /**
   * The typed name matches when it is the full name exactly as shown, in the same case and with the
   * same accents; only spaces before, after and repeated inside are forgiven (the same rule as the
   * confirmation dialog's {@code TypedConfirmation}).
   */
  private static boolean matches(String typed, String fullName) {
    return typed != null && normal(typed).equals(normal(fullName));
  }

  private static String normal(String s) {
    return Normalizer.normalize(s.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
