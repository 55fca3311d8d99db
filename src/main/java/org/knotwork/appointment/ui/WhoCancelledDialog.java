package org.knotwork.appointment.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.ui.FxDialogService;

/** Delete's question: who called the appointment off (the service decides whether it is late). */
final class WhoCancelledDialog {
  private WhoCancelledDialog() {}

  static Optional<CancelledBy> ask(Node owner, Appointment a) {
    ButtonType client = new ButtonType("The client cancelled", ButtonBar.ButtonData.YES);
    ButtonType therapist = new ButtonType("I cancelled", ButtonBar.ButtonData.NO);
    ButtonType keep = new ButtonType("Keep the appointment", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert =
        FxDialogService.alert(
            Alert.AlertType.CONFIRMATION,
            "Who cancelled?",
            a.clientName()
                + ", "
                + AppointmentBookViewModel.WHEN.format(a.start())
                + ". The appointment is kept in the book and the client's history, marked"
                + " cancelled. A client's cancellation at short notice counts as late.",
            owner.getScene() == null ? null : owner.getScene().getWindow());
    alert.getButtonTypes().setAll(client, therapist, keep);
    alert.getDialogPane().setId("book-who-cancelled");
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == keep) {
      return Optional.empty();
    }
    return Optional.of(answer.get() == client ? CancelledBy.CLIENT : CancelledBy.THERAPIST);
  }
}
