package org.knotwork.app;

import org.knotwork.practice.PracticeService;
import org.knotwork.practice.ui.TherapistFieldsModel;
import org.knotwork.practice.ui.TherapistFieldsView;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * Signing found no therapist's profile (a practice started before Knotwork asked for it): asks for
 * it in a dialog, saves it, and then signs after all.
 */
final class TherapistPrompt implements SignerPrompt {
  static final String TITLE = "Who is signing?";
  static final String MESSAGE =
      "Knotwork signs notes, addenda and agreed plans with your name as registered, your"
          + " professional title and your registration, never with the computer's account name."
          + " Enter them once; you can change them later under Practice. Nothing has been signed"
          + " yet, and your work is kept as it is.";

  private final PracticeService practices;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Runnable onSaved;

  /**
   * @param onSaved runs once the profile is saved (so the Practice page shows it)
   */
  TherapistPrompt(
      PracticeService practices, TaskExecutor executor, DialogService dialogs, Runnable onSaved) {
    this.practices = practices;
    this.executor = executor;
    this.dialogs = dialogs;
    this.onSaved = onSaved;
  }

  @Override
  public boolean askThenRun(Runnable then) {
    TherapistFieldsModel model = new TherapistFieldsModel();
    boolean entered =
        dialogs.askForm(
            TITLE,
            MESSAGE,
            new TherapistFieldsView(model, "signer-"),
            "Save and sign",
            model.validBinding());
    if (!entered) {
      return true; // declined: nothing was signed, and the therapist knows why
    }
    var profile = model.profile();
    executor.execute(
        () -> practices.saveTherapist(profile),
        saved -> {
          onSaved.run();
          then.run();
        },
        failure ->
            dialogs.showError(
                "Your details were not saved",
                UserMessages.explain(failure, "Saving your details") + " Nothing was signed."));
    return true;
  }
}
