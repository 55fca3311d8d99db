package org.knotwork.session.ui;

import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;

/** A (response, adverse reactions) and P (next focus, frequency, home care, referral). */
final class AssessmentPlanSection {
  private final SessionNoteViewModel vm;
  private final NoteFields fields;

  AssessmentPlanSection(SessionNoteViewModel vm, NoteFields fields) {
    this.vm = vm;
    this.fields = fields;
  }

  VBox assessment() {
    GridPane grid = Forms.grid();
    grid.addRow(
        0,
        Forms.field(
            "Response to treatment",
            fields.area(
                vm.responseProperty(),
                "note-response",
                "Response to treatment",
                "Tissue change, range of motion, how the client felt",
                2),
            "note-response",
            false),
        Forms.field(
            "Adverse reactions",
            fields.area(
                vm.adverseReactionsProperty(),
                "note-adverse",
                "Adverse reactions",
                "None, or what happened",
                2),
            "note-adverse",
            false));
    return NoteSections.section("A — Assessment / clinical impression", null, grid);
  }

  VBox plan() {
    GridPane grid = Forms.grid();
    grid.addRow(
        0,
        Forms.field(
            "Focus for next visit",
            fields.text(vm.nextFocusProperty(), "note-next-focus", "Focus for next visit", ""),
            "note-next-focus",
            false),
        Forms.field(
            "Suggested frequency",
            fields.text(
                vm.frequencyProperty(),
                "note-frequency",
                "Suggested frequency",
                "e.g. weekly for 4 weeks"),
            "note-frequency",
            false));
    grid.addRow(
        1,
        Forms.field(
            "Home care given",
            fields.area(
                vm.homeCareProperty(),
                "note-home-care",
                "Home care given",
                "Stretches, heat, posture tips",
                2),
            "note-home-care",
            false),
        Forms.field(
            "Referral",
            fields.area(
                vm.referralProperty(), "note-referral", "Referral", "To whom and why, if any", 2),
            "note-referral",
            false));
    return NoteSections.section("P — Plan", null, grid);
  }
}
