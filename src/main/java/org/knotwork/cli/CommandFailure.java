package org.knotwork.cli;

/** A command could not do its job for a reason the user can fix; the message says which. */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }
}
