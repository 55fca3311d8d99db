package org.knotwork.session;

import java.time.LocalDateTime;

/**
 * A dated correction or late addition to a signed note, with its reason. Never changed.
 *
 * @param author the name of who wrote it: the registered name, or for an addendum written before
 *     Knotwork kept the therapist's profile, the computer account
 * @param signer who signed it, as registered then; null for an addendum written before profiles
 */
public record Addendum(
    Long id, LocalDateTime writtenAt, String author, String reason, String text, Signer signer) {

  /** An addendum without a recorded signer (written before profiles were kept). */
  public Addendum(Long id, LocalDateTime writtenAt, String author, String reason, String text) {
    this(id, writtenAt, author, reason, text, null);
  }

  /** A new addendum signed by {@code by}. */
  public static Addendum signed(LocalDateTime writtenAt, Signer by, String reason, String text) {
    return new Addendum(null, writtenAt, by.name(), reason, text, by);
  }

  /** Who wrote it, as shown: name and title, or the account for an older addendum. */
  public String byLine() {
    return signer == null ? author : signer.line();
  }
}
