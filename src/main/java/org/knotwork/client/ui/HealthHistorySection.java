package org.knotwork.client.ui;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.client.HealthCondition;
import org.knotwork.ui.Forms;

/** The health-history checklist with details and dates, then medications and allergies. */
final class HealthHistorySection {
  private final ClientEditorViewModel vm;

  HealthHistorySection(ClientEditorViewModel vm) {
    this.vm = vm;
  }

  VBox build() {
    GridPane checklist = new GridPane();
    checklist.setHgap(12);
    checklist.setVgap(8);
    ColumnConstraints name = new ColumnConstraints(270);
    ColumnConstraints details = new ColumnConstraints();
    details.setHgrow(Priority.ALWAYS);
    ColumnConstraints date = new ColumnConstraints(150);
    ColumnConstraints weeks = new ColumnConstraints(90);
    checklist.getColumnConstraints().addAll(name, details, date, weeks);
    checklist.addRow(
        0, muted("Condition"), muted("Details"), muted("Since / date"), muted("Weeks today"));
    int row = 1;
    for (ConditionFields fields : vm.conditions().values()) {
      addRow(checklist, row++, fields);
    }

    TextArea medications = Forms.textArea(2, "Name and dose, one per line");
    medications.textProperty().bindBidirectional(vm.medicationsProperty());

    CheckBox oils = checkBox("Massage oils", "client-allergy-oils");
    oils.selectedProperty().bindBidirectional(vm.allergyOilsProperty());
    CheckBox lotions = checkBox("Lotions", "client-allergy-lotions");
    lotions.selectedProperty().bindBidirectional(vm.allergyLotionsProperty());
    CheckBox latex = checkBox("Latex", "client-allergy-latex");
    latex.selectedProperty().bindBidirectional(vm.allergyLatexProperty());
    TextField other = Forms.textField("Other allergies, e.g. nut oils, lavender");
    other.textProperty().bindBidirectional(vm.allergyOtherProperty());
    HBox allergyBoxes = new HBox(16, oils, lotions, latex);
    allergyBoxes.setAlignment(Pos.CENTER_LEFT);

    GridPane grid = Forms.grid();
    grid.add(Forms.field("Medications", medications, "client-medications", false), 0, 0, 2, 1);
    VBox allergies =
        Forms.field(
            "Allergies", other, new VBox(8, allergyBoxes, other), "client-allergy-other", false);
    grid.add(allergies, 0, 1, 2, 1);

    return ClientFormSections.section("Health history", new VBox(16, checklist, grid));
  }

  private void addRow(GridPane grid, int row, ConditionFields fields) {
    HealthCondition condition = fields.condition();
    String key = condition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    CheckBox present = checkBox(condition.label(), "condition-" + key);
    present.setWrapText(true); // long names take two lines rather than an ellipsis
    present.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    present.selectedProperty().bindBidirectional(fields.presentProperty());

    TextField details = Forms.textField(condition.detailsPrompt());
    details.setId("condition-" + key + "-details");
    details.setAccessibleText(condition.label() + ": " + condition.detailsPrompt());
    details.textProperty().bindBidirectional(fields.detailsProperty());
    details.disableProperty().bind(fields.presentProperty().not());

    DatePicker since = Forms.datePicker();
    if (condition.hasWeeks()) {
      // A pregnancy's date is its due date: the weeks are counted from it on every visit.
      since.setId("condition-" + key + "-due-date");
      since.setAccessibleText(condition.label() + ": due date");
      since.setPromptText("Due date");
      since.valueProperty().bindBidirectional(fields.dueDateProperty());
    } else {
      since.setId("condition-" + key + "-since");
      since.setAccessibleText(condition.label() + ": since or date");
      since.setPromptText("");
      since.valueProperty().bindBidirectional(fields.sinceProperty());
    }
    since.disableProperty().bind(fields.presentProperty().not());
    VBox detailsCell = new VBox(4, details);
    grid.addRow(row, present, detailsCell, since);

    if (condition.hasWeeks()) {
      TextField weeks = Forms.textField("1–42");
      weeks.setId("condition-" + key + "-weeks");
      weeks.setAccessibleText("Weeks of pregnancy today (sets the due date)");
      weeks.textProperty().bindBidirectional(fields.weeksProperty());
      weeks.disableProperty().bind(fields.presentProperty().not());
      grid.add(weeks, 3, row);
      Label error = new Label();
      error.getStyleClass().add("field-error");
      error.setId("condition-" + key + "-weeks-error");
      error.textProperty().bind(fields.weeksErrorBinding());
      error.visibleProperty().bind(fields.weeksErrorBinding().isNotNull());
      error.managedProperty().bind(error.visibleProperty());
      // Always there (a hint until a due date is known), so nothing below it moves.
      Label note = new Label();
      note.setId("condition-" + key + "-due-note");
      note.setWrapText(true);
      note.getStyleClass().addAll("text-muted", "text-small");
      note.textProperty()
          .bind(
              javafx.beans.binding.Bindings.createStringBinding(
                  () ->
                      fields.dueDateNoteBinding().get() == null
                          ? "Pick the due date, or type the weeks today."
                          : fields.dueDateNoteBinding().get(),
                  fields.dueDateNoteBinding()));
      detailsCell.getChildren().addAll(error, note);
    }
  }

  private static CheckBox checkBox(String label, String id) {
    CheckBox box = new CheckBox(label);
    box.setId(id);
    box.setAccessibleText(label);
    return box;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().addAll("text-muted", "text-small");
    return label;
  }
}
