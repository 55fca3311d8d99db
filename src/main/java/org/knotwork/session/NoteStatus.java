package org.knotwork.session;

/** A note is a draft until it is signed; a signed note never changes. */
public enum NoteStatus {
  DRAFT,
  SIGNED
}
