package org.knotwork.retention;

/** A deletion that the retention rules or the typed confirmation do not allow; says why. */
public final class RetentionException extends IllegalStateException {
  public RetentionException(String message) {
    super(message);
  }
}
