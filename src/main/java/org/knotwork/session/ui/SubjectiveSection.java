package org.knotwork.session.ui;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.session.Position;
import org.knotwork.ui.Forms;
import org.knotwork.ui.PainScale;

/** The session's date, length and positions, then S: what the client reports. */
final class SubjectiveSection {
  private final SessionNoteViewModel vm;
  private final NoteFields fields;

  SubjectiveSection(SessionNoteViewModel vm, NoteFields fields) {
    this.vm = vm;
    this.fields = fields;
  }

  VBox session() {
    DatePicker date = Forms.datePicker();
    date.valueProperty().bindBidirectional(vm.serviceDateProperty());
    TextField time = Forms.textField("14:30");
    time.textProperty().bindBidirectional(vm.serviceTimeProperty());
    Spinner<Integer> minutes = Forms.spinner(5, 240, 60, 5);
    minutes.getValueFactory().valueProperty().bindBidirectional(vm.durationProperty());
    HBox positions = new HBox(16);
    positions.setAlignment(Pos.CENTER_LEFT);
    for (Position p : Position.values()) {
      CheckBox box = new CheckBox(p.label());
      box.setId("note-position-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      box.selectedProperty().bindBidirectional(vm.positions().get(p));
      positions.getChildren().add(box);
    }
    Label positionCautions = new Label();
    positionCautions.getStyleClass().add("caution-text");
    positionCautions.setWrapText(true);
    positionCautions
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", vm.positionCautionsBinding().get()),
                vm.positionCautionsBinding()));
    positionCautions.visibleProperty().bind(positionCautions.textProperty().isNotEmpty());
    positionCautions.managedProperty().bind(positionCautions.visibleProperty());

    GridPane grid = Forms.grid();
    // Date, time and length side by side, or wrapped where the note is narrow.
    grid.add(
        new javafx.scene.layout.FlowPane(
            16,
            8,
            Forms.field("Date of session", date, "note-date", true),
            Forms.field("Start time", time, "note-time", true),
            Forms.field("Length (minutes)", minutes, "note-minutes", true)),
        0,
        0,
        2,
        1);
    VBox positionField =
        new VBox(6, Forms.sectionLabel("Position on the table"), positions, positionCautions);
    grid.add(positionField, 0, 1, 2, 1);
    return NoteSections.section("Session", late(), grid);
  }

  private Label late() {
    if (!vm.original().lateEntry()) {
      return null;
    }
    Label late =
        new Label(
            "Late entry: written "
                + NoteSections.DAY_TIME.format(vm.original().writtenAt())
                + " for a session on "
                + NoteSections.DAY_TIME.format(vm.original().serviceStart()));
    late.getStyleClass().add("caution-text");
    return late;
  }

  VBox subjective() {
    PainScale now = pain("note-pain-now", "Pain now");
    now.valueProperty().bindBidirectional(vm.painNowProperty());
    PainScale worst = pain("note-pain-worst", "Worst pain since last visit");
    worst.valueProperty().bindBidirectional(vm.painWorstProperty());
    PainScale best = pain("note-pain-best", "Best");
    best.valueProperty().bindBidirectional(vm.painBestProperty());
    CheckBox reviewed = new CheckBox("Health history reviewed with the client today");
    reviewed.setId("note-history-reviewed");
    reviewed.selectedProperty().bindBidirectional(vm.historyReviewedProperty());

    GridPane grid = Forms.grid();
    grid.add(
        Forms.field(
            "Chief complaint, in the client's words",
            fields.area(
                vm.chiefComplaintProperty(),
                "note-complaint",
                "Chief complaint",
                "“My lower back…”",
                2),
            "note-complaint",
            false),
        0,
        0,
        2,
        1);
    grid.add(Forms.group("Pain now (0 = none, 10 = worst imaginable)", now), 0, 1, 2, 1);
    grid.add(Forms.group("Worst since last visit", worst), 0, 2, 2, 1);
    grid.add(Forms.group("Best since last visit", best), 0, 3, 2, 1);
    grid.addRow(
        4,
        labelled(
            "Onset",
            fields.text(vm.onsetProperty(), "note-onset", "Onset", "When and how it began")),
        labelled(
            "Character",
            fields.text(
                vm.characterProperty(),
                "note-character",
                "Character",
                "Sharp, dull, burning, aching…")));
    grid.addRow(
        5,
        labelled(
            "Worse with",
            fields.text(
                vm.aggravatingProperty(), "note-aggravating", "Worse with", "Sitting, lifting…")),
        labelled(
            "Better with",
            fields.text(
                vm.relievingProperty(), "note-relieving", "Better with", "Heat, walking…")));
    grid.addRow(
        6,
        labelled(
            "Radiation",
            fields.text(
                vm.radiationProperty(), "note-radiation", "Radiation", "Does it spread? Where?")),
        labelled(
            "Changes since last session",
            fields.text(
                vm.changesSinceLastProperty(),
                "note-changes",
                "Changes since last session",
                "Better, worse, new symptoms")));
    grid.add(
        new VBox(
            6,
            reviewed,
            fields.text(
                vm.historyChangesProperty(),
                "note-history-changes",
                "What changed in the health history",
                "What changed (new medicines, diagnoses, surgery)…")),
        0,
        7,
        2,
        1);
    grid.addRow(
        8,
        labelled(
            "Stress, sleep, work",
            fields.text(vm.stressSleepWorkProperty(), "note-stress", "Stress, sleep, work", "")),
        labelled(
            "Client's goal",
            fields.text(
                vm.clientGoalProperty(),
                "note-goal",
                "Client's goal",
                "e.g. sit through a work day")));
    return NoteSections.section("S — Subjective", null, grid);
  }

  private static VBox labelled(String label, TextField field) {
    return Forms.field(label, field, field.getId(), false);
  }

  private static PainScale pain(String id, String name) {
    PainScale scale = new PainScale(id, name);
    scale.setId(id);
    return scale;
  }
}
