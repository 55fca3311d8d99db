package org.knotwork.ui;

import java.security.CodeSource;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

/**
 * Notes every query that Knotwork's screens run on the JavaFX thread (the window freezes while it
 * runs). {@code Database} finds it on the test class path through {@code
 * META-INF/services/org.jooq.ExecuteListenerProvider}, so it listens in every test; {@link
 * NoQueriesOnTheFxThread} fails the test that caused one.
 *
 * <p>Queries a test makes itself (setting up a practice inside {@code @Start}) are not the app's,
 * nor is work a test's own same-thread executor runs where it was asked for: in the app that work
 * goes to a background thread.
 */
public final class FxThreadQueries implements ExecuteListenerProvider, ExecuteListener {
  private static final Queue<String> found = new ConcurrentLinkedQueue<>();

  @Override
  public ExecuteListener provide() {
    return this;
  }

  @Override
  public void executeStart(ExecuteContext ctx) {
    if (!isFxThread()) {
      return;
    }
    List<StackWalker.StackFrame> frames =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(s -> s.collect(Collectors.toList()));
    if (excused(frames)) {
      return;
    }
    found.add(
        ctx.sql()
            + "\n"
            + frames.stream()
                .filter(f -> f.getClassName().startsWith("org.knotwork."))
                .filter(f -> f.getDeclaringClass() != FxThreadQueries.class)
                .limit(12)
                .map(f -> "    at " + f)
                .collect(Collectors.joining("\n")));
  }

  private static boolean isFxThread() {
    try {
      return Platform.isFxApplicationThread();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** True when the query is a test's own, or was handed to a test's same-thread executor. */
  static boolean excused(List<StackWalker.StackFrame> frames) {
    for (StackWalker.StackFrame frame : frames) {
      Class<?> type = frame.getDeclaringClass();
      if (TaskExecutor.class.isAssignableFrom(type) && type != FxTaskExecutor.class) {
        return true;
      }
    }
    for (StackWalker.StackFrame frame : frames) {
      Class<?> type = frame.getDeclaringClass();
      if (type == FxThreadQueries.class) {
        continue;
      }
      if (isTestCode(type)) {
        return true; // the test asked a service or repository itself, with no screen between
      }
      if (isScreenCode(type)) {
        return false;
      }
    }
    return true; // no screen asked for it: the query is not the app's
  }

  private static boolean isScreenCode(Class<?> type) {
    String name = type.getName();
    return name.startsWith("org.knotwork.")
        && (name.contains(".ui.") || name.startsWith("org.knotwork.app."))
        && !name.startsWith("org.knotwork.app.AppContext");
  }

  private static boolean isTestCode(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source != null
        && source.getLocation() != null
        && source.getLocation().getPath().contains("test-classes");
  }

  /** The queries noted since the last call, each with where the screens asked for it. */
  static List<String> takeAll() {
    List<String> taken = List.copyOf(found);
    found.clear();
    return taken;
  }
}
