package org.knotwork.client;

/** A record that breaks one of the {@link ClientRules}; the message says which, in words. */
public class InvalidClientException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidClientException(String message) {
    super(message);
  }
}
