package org.knotwork.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Print, Save as PDF and Open for one kind of document, identified by a key (a plan's id, a
 * handout's reference). Screens get an implementation from the application, so they need not know
 * how documents are made.
 *
 * @param <K> what identifies the document
 */
public interface DocumentCommands<K> {
  void print(K key);

  void save(K key);

  void open(K key);

  /** True while a document is being made, written or printed. */
  ReadOnlyBooleanProperty busyProperty();

  /** A quiet line about the last action ("Saved Treatment plan - Anna Berg.pdf"). */
  ReadOnlyStringProperty statusProperty();
}
