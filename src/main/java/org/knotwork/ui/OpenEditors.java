package org.knotwork.ui;

import java.util.ArrayList;
import java.util.List;
import org.knotwork.ui.DialogService.UnsavedChoice;

/**
 * The editors a screen (or the whole window) holds, registered once when they are built. Leaving
 * asks one question over every editor with changes — "The changes to the letterhead and the quick
 * phrase being added have not been saved yet" — and carries the answer out for all of them; a lock
 * saves each quietly. Itself an {@link UnsavedWork}, so a screen's editors register with the
 * window's as one.
 */
public final class OpenEditors implements UnsavedWork {
  private final DialogService dialogs;
  private final List<UnsavedWork> editors = new ArrayList<>();

  public OpenEditors(DialogService dialogs) {
    this.dialogs = dialogs;
  }

  /** Adds an editor; the question names editors in the order they were registered. */
  public void register(UnsavedWork editor) {
    editors.add(editor);
  }

  /**
   * Asks about unsaved changes, then runs {@code next} once it is safe: at once when nothing is
   * unsaved or the changes were discarded, only after every save succeeded when the therapist chose
   * to save, never when they keep editing (the first editor with changes is brought forward) or
   * when one cannot be saved as it is (its problems are marked and it is brought forward). Editors
   * that save themselves are saved first, without a question. Returns false when the therapist
   * stays.
   */
  public boolean leave(Runnable next) {
    saveIfItSavesItself();
    List<UnsavedWork> changed = asked();
    if (changed.isEmpty()) {
      next.run();
      return true;
    }
    UnsavedChoice choice = dialogs.askUnsavedChanges(names(changed));
    switch (choice) {
      case DISCARD -> {
        changed.forEach(UnsavedWork::discard);
        next.run();
        return true;
      }
      case SAVE -> {
        for (UnsavedWork e : changed) {
          if (!e.canSave()) {
            e.showProblems();
            e.bringForward();
            return false;
          }
        }
        saveInTurn(changed, 0, next);
        return true;
      }
      default -> {
        changed.get(0).bringForward();
        return false;
      }
    }
  }

  /** Saves every editor with changes that can be saved, without asking (before a lock). */
  @Override
  public void saveQuietly() {
    editors.forEach(UnsavedWork::saveQuietly);
  }

  /** Whether an editor holds changes that leaving asks about (not those that save themselves). */
  @Override
  public boolean hasUnsavedChanges() {
    return !asked().isEmpty();
  }

  @Override
  public String describe() {
    return names(asked());
  }

  @Override
  public boolean canSave() {
    return asked().stream().allMatch(UnsavedWork::canSave);
  }

  @Override
  public void showProblems() {
    asked().stream().filter(e -> !e.canSave()).forEach(UnsavedWork::showProblems);
  }

  @Override
  public void save(Runnable then) {
    saveIfItSavesItself();
    saveInTurn(asked(), 0, then);
  }

  @Override
  public void discard() {
    asked().forEach(UnsavedWork::discard);
  }

  @Override
  public void bringForward() {
    editors.stream()
        .filter(e -> !e.savesItself() && e.hasUnsavedChanges() && !e.canSave())
        .findFirst()
        .or(() -> asked().stream().findFirst())
        .ifPresent(UnsavedWork::bringForward);
  }

  /** Saves each of its editors that saves itself. */
  @Override
  public void saveIfItSavesItself() {
    editors.forEach(UnsavedWork::saveIfItSavesItself);
  }

  /** The editors with changes that are asked about, in the order they were registered. */
  private List<UnsavedWork> asked() {
    return editors.stream().filter(e -> e.hasUnsavedChanges() && !e.savesItself()).toList();
  }

  private static void saveInTurn(List<UnsavedWork> editors, int from, Runnable last) {
    if (from == editors.size()) {
      last.run();
    } else {
      editors.get(from).save(() -> saveInTurn(editors, from + 1, last));
    }
  }

  /** "the letterhead", "the letterhead and the draft plan", "a, b and c". */
  static String names(List<UnsavedWork> editors) {
    List<String> names = editors.stream().map(UnsavedWork::describe).toList();
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}
