package org.knotwork.ui;

/**
 * What an editor has typed and not yet stored, as every way of leaving it sees it: another client,
 * another screen, closing the window, Ctrl+Q and restoring a backup ask Save / Discard / Keep
 * editing (once, over every editor with changes, through {@link OpenEditors}); a lock never asks
 * and calls {@link #saveQuietly()}. Every editor implements it; see decision 31.
 */
public interface UnsavedWork {

  /** Whether anything typed is not stored yet. */
  boolean hasUnsavedChanges();

  /** Names the work in the question, e.g. "the draft treatment plan". */
  String describe();

  /** Whether it can be stored as it is now; never shows anything. */
  boolean canSave();

  /** Marks what stops it from being saved, next to the fields, after "Save" was chosen. */
  default void showProblems() {}

  /**
   * Stores the changes, then runs {@code then} once they are stored; not when the save fails (the
   * therapist has already been told why).
   */
  void save(Runnable then);

  /** Throws the changes away: the editor shows what is stored, or closes. */
  void discard();

  /**
   * Before a lock or a restore's safety copy: stores what can be stored, without asking and without
   * marking fields; what cannot be stored stays in the editor as typed, behind the lock.
   */
  default void saveQuietly() {
    if (hasUnsavedChanges() && canSave()) {
      save(() -> {});
    }
  }

  /** Shows the editor, when the therapist keeps editing or must put a field right. */
  default void bringForward() {}

  /**
   * Whether it stores itself as it goes (the session note): leaving then saves it without a
   * question, as a lock does.
   */
  default boolean savesItself() {
    return false;
  }

  /**
   * On leaving, before the question: saves this work if it {@link #savesItself() saves itself} (a
   * group of editors: each of its own that does).
   */
  default void saveIfItSavesItself() {
    if (savesItself() && hasUnsavedChanges()) {
      saveQuietly();
    }
  }

  /** The same work, brought forward by {@code show} (the screen that holds it knows how). */
  default UnsavedWork shownBy(Runnable show) {
    UnsavedWork work = this;
    return new UnsavedWork() {
      @Override
      public boolean hasUnsavedChanges() {
        return work.hasUnsavedChanges();
      }

      @Override
      public String describe() {
        return work.describe();
      }

      @Override
      public boolean canSave() {
        return work.canSave();
      }

      @Override
      public void showProblems() {
        work.showProblems();
      }

      @Override
      public void save(Runnable then) {
        work.save(then);
      }

      @Override
      public void discard() {
        work.discard();
      }

      @Override
      public void saveQuietly() {
        work.saveQuietly();
      }

      @Override
      public boolean savesItself() {
        return work.savesItself();
      }

      @Override
      public void saveIfItSavesItself() {
        work.saveIfItSavesItself();
      }

      @Override
      public void bringForward() {
        work.bringForward();
        show.run();
      }
    };
  }
}
