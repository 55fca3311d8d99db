package org.knotwork.client;

/** The client asked for is not (or no longer) in the database. */
public class ClientNotFoundException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ClientNotFoundException(long id) {
    super("There is no client with id " + id + ".");
  }
}
