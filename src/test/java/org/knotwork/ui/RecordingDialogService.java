package org.knotwork.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DialogService} for ViewModel tests: remembers every message and question, and answers
 * questions with preset replies instead of waiting for a person.
 */
public final class RecordingDialogService implements DialogService {

  /** One error box as it would have been shown. */
  public record ShownError(String title, String message) {}

  private final List<ShownError> errors = new ArrayList<>();
  private final List<String> unsavedQuestions = new ArrayList<>();
  private final List<String> confirmations = new ArrayList<>();
  private UnsavedChoice unsavedAnswer = UnsavedChoice.CANCEL;
  private boolean confirmAnswer;
  private final List<String> fileQuestions = new ArrayList<>();
  private java.nio.file.Path fileAnswer;

  /** What {@link #askUnsavedChanges} answers from now on; CANCEL until set. */
  public void answerUnsavedChangesWith(UnsavedChoice answer) {
    unsavedAnswer = answer;
  }

  /** What {@link #confirm} answers from now on; false (declined) until set. */
  public void answerConfirmWith(boolean answer) {
    confirmAnswer = answer;
  }

  @Override
  public void showError(String title, String message) {
    errors.add(new ShownError(title, message));
  }

  /** The file {@link #chooseFileToOpen} answers from now on; none (cancelled) until set. */
  public void answerFileChoiceWith(java.nio.file.Path file) {
    fileAnswer = file;
  }

  @Override
  public java.util.Optional<java.nio.file.Path> showOpenDialog(FileDialogConfiguration dialog) {
    fileQuestions.add(
        dialog.title()
            + " "
            + dialog.filters().stream().findFirst().map(f -> f.patterns()).orElse(List.of()));
    return java.util.Optional.ofNullable(fileAnswer);
  }

  private final List<String> folderQuestions = new ArrayList<>();
  private java.nio.file.Path folderAnswer;

  /** The folder {@link #showDirectoryDialog} answers from now on; none (cancelled) until set. */
  public void answerFolderChoiceWith(java.nio.file.Path folder) {
    folderAnswer = folder;
  }

  @Override
  public java.util.Optional<java.nio.file.Path> showDirectoryDialog(
      FileDialogConfiguration dialog) {
    folderQuestions.add(dialog.title());
    return java.util.Optional.ofNullable(folderAnswer);
  }

  /** The title of every folder dialog shown, in order. */
  public List<String> folderQuestions() {
    return List.copyOf(folderQuestions);
  }

  /** The title and the name patterns of every file chooser shown, in order. */
  public List<String> fileQuestions() {
    return List.copyOf(fileQuestions);
  }

  @Override
  public UnsavedChoice askUnsavedChanges(String what) {
    unsavedQuestions.add(what);
    return unsavedAnswer;
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    confirmations.add(title);
    confirmMessages.add(message);
    return confirmAnswer;
  }

  private final List<String> confirmMessages = new ArrayList<>();

  /** The message of every confirmation asked for, in order. */
  public List<String> confirmMessages() {
    return List.copyOf(confirmMessages);
  }

  private final List<String> typedConfirmations = new ArrayList<>();
  private String typedAnswer;
  private java.nio.file.Path saveAnswer;
  private final List<String> saveQuestions = new ArrayList<>();

  /**
   * What {@link #confirmByTyping} answers from now on (the text typed); null (cancel) until set.
   */
  public void answerTypedConfirmationWith(String typed) {
    typedAnswer = typed;
  }

  @Override
  public java.util.Optional<String> confirmByTyping(
      String title, String message, String expected, String confirmLabel) {
    typedConfirmations.add(title + " | " + message);
    return java.util.Optional.ofNullable(typedAnswer);
  }

  /** The title and message of every typed confirmation asked for, in order. */
  public List<String> typedConfirmations() {
    return List.copyOf(typedConfirmations);
  }

  /** The file {@link #chooseFileToSave} answers from now on; none (cancelled) until set. */
  public void answerSaveChoiceWith(java.nio.file.Path file) {
    saveAnswer = file;
  }

  @Override
  public java.util.Optional<java.nio.file.Path> showSaveDialog(FileDialogConfiguration dialog) {
    saveQuestions.add(dialog.title() + " " + dialog.initialFileName());
    return java.util.Optional.ofNullable(saveAnswer);
  }

  /** The title and suggested name of every save dialog shown, in order. */
  public List<String> saveQuestions() {
    return List.copyOf(saveQuestions);
  }

  public List<ShownError> errors() {
    return List.copyOf(errors);
  }

  /** The {@code what} of every unsaved-changes question, in order. */
  public List<String> unsavedQuestions() {
    return List.copyOf(unsavedQuestions);
  }

  /** The title of every confirmation asked for, in order. */
  public List<String> confirmations() {
    return List.copyOf(confirmations);
  }
}
