package org.knotwork.session;

/**
 * Signing was asked for before the therapist's profile (name, title, registration) was entered.
 * Nothing was signed; the record stays as it was.
 */
public final class SignerMissingException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Whether {@code failure}, or a cause of it, says that nobody is named to sign yet. */
  public static boolean in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SignerMissingException) {
        return true;
      }
    }
    return false;
  }

  public SignerMissingException() {
    super(
        "Nothing was signed: Knotwork does not know who you are yet. Enter your name as registered,"
            + " your professional title and your registration under Practice, then sign again.");
  }
}
