package org.knotwork.ui;

/**
 * Asks for the therapist's profile (name as registered, title, registration) when something is to
 * be signed before it was entered, e.g. in a practice started with an older Knotwork. Nothing is
 * ever signed in the computer account's name instead.
 */
@FunctionalInterface
public interface SignerPrompt {
  /** Asks nothing: the reason signing failed is shown as an error instead. */
  SignerPrompt NONE = then -> false;

  /**
   * Asks for the profile; once it is saved, runs {@code then} (to sign after all).
   *
   * @return false when there is nobody to ask (the caller shows why nothing was signed)
   */
  boolean askThenRun(Runnable then);
}
