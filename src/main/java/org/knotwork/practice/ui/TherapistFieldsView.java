package org.knotwork.practice.ui;

import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;

/**
 * The four fields of the therapist's profile, two by two. Control ids start with {@code idPrefix}
 * ("welcome-therapist-", "practice-therapist-", "signer-"), followed by name, title, registration
 * and registered-with.
 */
public final class TherapistFieldsView extends GridPane {

  public TherapistFieldsView(TherapistFieldsModel model, String idPrefix) {
    setHgap(16);
    setVgap(10);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    getColumnConstraints().addAll(half, half);

    add(
        field(
            "Your name as registered",
            "e.g. Maya Lindqvist",
            model.nameProperty(),
            model,
            "name",
            idPrefix + "name",
            true),
        0,
        0);
    add(
        field(
            "Professional title",
            "e.g. Registered Massage Therapist",
            model.titleProperty(),
            model,
            "title",
            idPrefix + "title",
            true),
        1,
        0);
    add(
        field(
            "Registration or licence number",
            "e.g. RMT-20417",
            model.registrationProperty(),
            model,
            "registration",
            idPrefix + "registration",
            false),
        0,
        1);
    add(
        field(
            "Issued by",
            "e.g. College of Massage Therapists",
            model.registeredWithProperty(),
            model,
            "registeredWith",
            idPrefix + "registered-with",
            false),
        1,
        1);
  }

  private static VBox field(
      String label,
      String prompt,
      javafx.beans.property.StringProperty value,
      TherapistFieldsModel model,
      String key,
      String id,
      boolean required) {
    TextField text = Forms.textField(prompt);
    text.textProperty().bindBidirectional(value);
    VBox field = Forms.field(label, text, id, required);
    Forms.showErrorsOnceTyped(field, text, model.problemWith(key));
    return field;
  }
}
