package org.knotwork.db;

/** The passphrase given does not unlock the practice's key. */
public final class WrongPassphraseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public WrongPassphraseException() {
    super("That passphrase does not unlock these records. Check Caps Lock and try again.");
  }
}
