package org.knotwork.plan.ui;

import static org.knotwork.plan.ui.PlanControls.button;
import static org.knotwork.plan.ui.PlanControls.wrap;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.knotwork.ui.DocumentButtons;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Print and agree: the draft's documents (each saves the draft first) and the day the client
 * agreed.
 */
final class PlanAgreementSection extends VBox {
  PlanAgreementSection(PlanEditorViewModel vm, DocumentCommands<Long> documents) {
    super(8);
    DatePicker consent = Forms.datePicker();
    consent.valueProperty().bindBidirectional(vm.consentOnProperty());
    consent.setId("plan-consent");
    consent.setPrefWidth(170);
    Button agree = button("Agree plan", "plan-agree", Material2AL.CHECK_CIRCLE, vm::agree);
    agree.getStyleClass().add("accent");
    agree.setTooltip(new Tooltip("Record the client's agreement and make this the active plan"));
    agree.setMinWidth(USE_PREF_SIZE);
    Label hint =
        wrap(
            "Print the plan for the client to read and sign. When they agree, record the day"
                + " here; the plan becomes the active one and is not changed afterwards.");
    hint.getStyleClass().add("text-muted");
    FlowPane row = new FlowPane(8, 6, new Label("Client agreed on"), consent, agree);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox print =
        DocumentButtons.of(
            "draft",
            vm.savingFirst(documents),
            () -> vm.editingProperty().get() == null ? null : 0L);
    getChildren()
        .addAll(
            Forms.sectionTitle("Print and agree"),
            print,
            hint,
            row,
            PlanControls.error(vm, "consentOn"));
    getStyleClass().add("plan-agreement");
  }
}
