package org.knotwork.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file or folder dialog shows: its title, the kinds of file offered, the name offered at
 * first and the folder it starts in. The title and the offered name never name a client: the
 * system's dialog can outlive a lock (decision 22).
 *
 * @param initialFileName the name a save dialog offers, or null
 * @param initialDirectory the folder to start in, or null for the folder used last time
 */
public record FileDialogConfiguration(
    String title, List<Filter> filters, String initialFileName, Path initialDirectory) {

  /** One kind of file: "PDF" with "*.pdf". */
  public record Filter(String description, List<String> patterns) {
    public Filter {
      patterns = List.copyOf(patterns);
    }
  }

  public FileDialogConfiguration {
    filters = List.copyOf(filters);
  }

  /** A dialog with a title and nothing else. */
  public static FileDialogConfiguration titled(String title) {
    return new FileDialogConfiguration(title, List.of(), null, null);
  }

  /** The same dialog, also offering files whose names match {@code patterns}. */
  public FileDialogConfiguration withFilter(String description, List<String> patterns) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(new Filter(description, patterns));
    return new FileDialogConfiguration(title, more, initialFileName, initialDirectory);
  }

  public FileDialogConfiguration withFilter(String description, String... patterns) {
    return withFilter(description, List.of(patterns));
  }

  public FileDialogConfiguration withInitialFileName(String name) {
    return new FileDialogConfiguration(title, filters, name, initialDirectory);
  }

  public FileDialogConfiguration withInitialDirectory(Path folder) {
    return new FileDialogConfiguration(title, filters, initialFileName, folder);
  }

  /**
   * The extension a saved file's name gets when the therapist left it off: that of the first
   * filter's first pattern ("*.pdf" gives ".pdf"), if it has one.
   */
  public Optional<String> defaultExtension() {
    return filters.stream()
        .flatMap(filter -> filter.patterns().stream())
        .findFirst()
        .filter(pattern -> pattern.startsWith("*.") && !pattern.equals("*.*"))
        .map(pattern -> pattern.substring(1).toLowerCase(Locale.ROOT));
  }

  /** {@code file}, with the default extension added when its name lacks it. */
  public Path withDefaultExtension(Path file) {
    Optional<String> extension = defaultExtension();
    String name = file.getFileName().toString();
    if (extension.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(extension.get())) {
      return file;
    }
    return file.resolveSibling(name + extension.get());
  }
}
