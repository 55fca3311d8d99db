package org.knotwork.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint (SHA-256) of a note's clinical content, stored when it is signed. Recomputing it
 * later shows whether the stored note is still exactly what was signed.
 */
public final class NoteHash {
  private NoteHash() {}

  /**
   * The fingerprint. A note signed with a recorded signer has the signer in it too, so the
   * signature cannot be changed unseen; a note signed before signers were kept has none, and its
   * fingerprint is computed exactly as it was then.
   */
  public static String of(SessionNote note) {
    String content =
        String.join(
            "\u001f",
            String.valueOf(note.clientId()),
            String.valueOf(note.serviceStart()),
            String.valueOf(note.durationMinutes()),
            new java.util.TreeSet<>(note.positions()).toString(),
            String.valueOf(note.writtenAt()),
            String.valueOf(note.subjective()),
            new java.util.TreeMap<>(note.redFlags()).toString(),
            String.valueOf(note.redFlagAdvice()),
            note.findings().toString(),
            String.valueOf(note.response()),
            String.valueOf(note.adverseReactions()),
            String.valueOf(note.plan()));
    Signer signer = note.signer();
    String canonical =
        signer == null
            ? content
            : String.join(
                "\u001f",
                content,
                "signer",
                signer.name(),
                signer.title(),
                signer.registration(),
                signer.registeredWith());
    // Added with the red-flag rework; only present when true, so notes signed before it (all
    // false) keep exactly the fingerprint they were signed with.
    if (note.endedWithoutTreatment()) {
      canonical += "\u001fended without treatment";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Whether a signed note still matches the fingerprint taken when it was signed. */
  public static boolean intact(SessionNote note) {
    return !note.signed() || of(note).equals(note.contentHash());
  }
}
