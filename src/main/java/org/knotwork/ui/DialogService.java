package org.knotwork.ui;

/** Every question and message box goes through here, so ViewModels stay testable. */
public interface DialogService {

  /** What to do with changes that have not been saved. */
  enum UnsavedChoice {
    SAVE,
    DISCARD,
    CANCEL
  }

  /** Tells the therapist something went wrong: what happened, what it means, what to do. */
  void showError(String title, String message);

  /**
   * Asks for a file to read, as {@code dialog} describes; empty when the therapist cancelled, or
   * when Knotwork locked while the dialog was open.
   */
  java.util.Optional<java.nio.file.Path> showOpenDialog(FileDialogConfiguration dialog);

  /**
   * Asks where to write a file, as {@code dialog} describes; the chosen name gets the first
   * filter's extension when it lacks it. Empty when the therapist cancelled, or when Knotwork
   * locked while the dialog was open.
   */
  java.util.Optional<java.nio.file.Path> showSaveDialog(FileDialogConfiguration dialog);

  /**
   * Asks for a folder, as {@code dialog} describes (its title and starting folder); empty when the
   * therapist cancelled, or when Knotwork locked while the dialog was open.
   */
  java.util.Optional<java.nio.file.Path> showDirectoryDialog(FileDialogConfiguration dialog);

  /**
   * Asks for a file to read, showing only files whose names match {@code patterns} (e.g. "*.csv"),
   * or all files; empty when the therapist cancelled.
   */
  default java.util.Optional<java.nio.file.Path> chooseFileToOpen(
      String title, String filterName, java.util.List<String> patterns) {
    return showOpenDialog(
        FileDialogConfiguration.titled(title)
            .withFilter(filterName, patterns)
            .withFilter("All files", "*.*"));
  }

  /** Asks whether to save, discard or keep editing unsaved changes to {@code what}. */
  UnsavedChoice askUnsavedChanges(String what);

  /** Asks to confirm an action; true when the therapist chose {@code confirmLabel}. */
  boolean confirm(String title, String message, String confirmLabel);

  /**
   * Asks to confirm an action, naming both answers (e.g. "Sign anyway" / "Go back"); true when the
   * therapist chose {@code confirmLabel}.
   */
  default boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
    return confirm(title, message, confirmLabel);
  }

  /**
   * Asks to confirm a destructive action by typing {@code expected} (a client's full name): the
   * confirm button stays off until the text matches. Returns what was typed, or empty when the
   * therapist cancelled.
   */
  java.util.Optional<String> confirmByTyping(
      String title, String message, String expected, String confirmLabel);

  /**
   * Shows {@code form} under a message and waits; the confirm button is on only while {@code
   * canConfirm} holds. True when the therapist chose {@code confirmLabel}. Dialog services without
   * a window answer false.
   */
  default boolean askForm(
      String title,
      String message,
      javafx.scene.Node form,
      String confirmLabel,
      javafx.beans.value.ObservableBooleanValue canConfirm) {
    return false;
  }

  /**
   * Asks where to save a file, offering {@code suggestedName}; the chosen name gets {@code
   * extension} (such as ".csv") when it lacks it. Empty when the therapist cancelled.
   */
  default java.util.Optional<java.nio.file.Path> chooseFileToSave(
      String title, String suggestedName, String filterName, String extension) {
    return showSaveDialog(
        FileDialogConfiguration.titled(title)
            .withFilter(filterName, "*" + extension)
            .withInitialFileName(suggestedName));
  }
}
