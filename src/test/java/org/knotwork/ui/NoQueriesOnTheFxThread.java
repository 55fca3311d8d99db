package org.knotwork.ui;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test in which one of Knotwork's screens ran a query on the JavaFX thread (decision 28).
 * Registered for every test through {@code META-INF/services/org.junit.jupiter.api.extension.
 * Extension} and {@code junit.jupiter.extensions.autodetection.enabled} in {@code
 * junit-platform.properties}.
 */
public final class NoQueriesOnTheFxThread implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    FxThreadQueries.takeAll(); // what an earlier test left running is not this test's
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> queries = FxThreadQueries.takeAll();
    if (!queries.isEmpty()) {
      throw new AssertionError(
          queries.size()
              + " quer"
              + (queries.size() == 1 ? "y" : "ies")
              + " ran on the JavaFX thread (the window freezes meanwhile); run them through"
              + " BackgroundTask or TaskExecutor:\n"
              + String.join("\n", queries));
    }
  }
}
