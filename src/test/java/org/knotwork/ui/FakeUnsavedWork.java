package org.knotwork.ui;

import java.util.ArrayList;
import java.util.List;

/** An editor for tests of the leaving paths: records what was done to it, in one shared log. */
public final class FakeUnsavedWork implements UnsavedWork {
  private final String name;
  private final List<String> log;
  private boolean changed;
  private boolean valid = true;
  private boolean savesItself;
  private final List<Runnable> pendingSaves = new ArrayList<>();
  private boolean holdSaves;

  public FakeUnsavedWork(String name, List<String> log) {
    this.name = name;
    this.log = log;
  }

  /** Has changes from now on. */
  public FakeUnsavedWork changed() {
    changed = true;
    return this;
  }

  /** Cannot be saved as it is. */
  public FakeUnsavedWork invalid() {
    valid = false;
    return this;
  }

  /** Saves itself, like the session note. */
  public FakeUnsavedWork savingItself() {
    savesItself = true;
    return this;
  }

  /** Saves wait until {@link #finishSaves()}, like a save on the worker thread. */
  public FakeUnsavedWork slow() {
    holdSaves = true;
    return this;
  }

  public void finishSaves() {
    List<Runnable> now = List.copyOf(pendingSaves);
    pendingSaves.clear();
    now.forEach(Runnable::run);
  }

  @Override
  public boolean hasUnsavedChanges() {
    return changed;
  }

  @Override
  public String describe() {
    return name;
  }

  @Override
  public boolean canSave() {
    return valid;
  }

  @Override
  public void showProblems() {
    log.add("problems " + name);
  }

  @Override
  public void save(Runnable then) {
    log.add("save " + name);
    Runnable done =
        () -> {
          changed = false;
          log.add("saved " + name);
          then.run();
        };
    if (holdSaves) {
      pendingSaves.add(done);
    } else {
      done.run();
    }
  }

  @Override
  public void discard() {
    changed = false;
    log.add("discard " + name);
  }

  @Override
  public void bringForward() {
    log.add("show " + name);
  }

  @Override
  public boolean savesItself() {
    return savesItself;
  }
}
