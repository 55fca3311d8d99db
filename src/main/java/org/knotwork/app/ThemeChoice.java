package org.knotwork.app;

import java.nio.file.Path;
import org.knotwork.ui.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Light or dark: shown at once, and saved for the next start when the therapist changes it. */
final class ThemeChoice {
  private static final Logger log = LoggerFactory.getLogger(ThemeChoice.class);

  private final Path file;
  private final TaskExecutor executor;
  private Theme current = Theme.LIGHT;

  ThemeChoice(Path file, TaskExecutor executor) {
    this.file = file;
    this.executor = executor;
  }

  Theme current() {
    return current;
  }

  /** Switches to {@code chosen} at once, without saving it (the saved one, read at start). */
  void use(Theme chosen) {
    current = chosen;
    chosen.apply();
  }

  /** The therapist switched theme: show it and remember it for the next start. */
  void choose(Theme chosen) {
    if (chosen == current) {
      return;
    }
    use(chosen);
    executor.execute(
        () -> {
          chosen.save(file);
          return chosen;
        },
        saved -> {},
        failure -> log.warn("Theme not saved", failure));
  }
}
