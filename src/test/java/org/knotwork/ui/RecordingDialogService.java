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

  @Override
  public UnsavedChoice askUnsavedChanges(String what) {
    unsavedQuestions.add(what);
    return unsavedAnswer;
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    confirmations.add(title);
    return confirmAnswer;
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
