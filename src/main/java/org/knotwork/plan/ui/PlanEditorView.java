package org.knotwork.plan.ui;

import static org.knotwork.plan.ui.PlanControls.button;
import static org.knotwork.plan.ui.PlanControls.withError;

import java.util.Locale;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.plan.Frequency;
import org.knotwork.session.Technique;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The draft plan's editor: dates, impression, regions, techniques, schedule, goals, agreement. */
final class PlanEditorView extends VBox {
  private final PlanEditorViewModel vm;

  PlanEditorView(PlansViewModel plans, DocumentCommands<Long> documents) {
    super(16);
    this.vm = plans.editor();
    Label title = new Label("Draft plan");
    title.getStyleClass().add("title-3");
    Button save = button("Save draft", "plan-save-draft", Material2MZ.SAVE, vm::saveDraft);
    save.disableProperty().bind(vm.canSaveProperty().not());
    save.setTooltip(new Tooltip("Save the draft (Ctrl+S)"));
    Button close = button("Save and close", "plan-close", Material2AL.CLOSE, vm::saveAndClose);
    close.setTooltip(new Tooltip("Save the draft and close the editor"));
    Button discard =
        button("Delete draft", "plan-discard", Material2AL.DELETE_OUTLINE, vm::discardDraft);
    discard.getStyleClass().add("danger");
    discard.setTooltip(new Tooltip("Delete this draft (asks first)"));
    FlowPane head = new FlowPane(8, 8, save, close, discard);
    head.setAlignment(Pos.CENTER_LEFT);

    DatePicker starts = Forms.datePicker();
    starts.valueProperty().bindBidirectional(vm.startsOnProperty());
    DatePicker reassess = Forms.datePicker();
    reassess.valueProperty().bindBidirectional(vm.reassessOnProperty());
    GridPane dates = Forms.grid();
    dates.add(
        withError(Forms.field("Starts on", starts, "plan-starts", true), vm, "startsOn"), 0, 0);
    dates.add(
        withError(Forms.field("Reassess on", reassess, "plan-reassess", false), vm, "reassessOn"),
        1,
        0);
    TextArea impression =
        Forms.textArea(3, "In your own words: what you find and what you think is going on");
    impression.textProperty().bindBidirectional(vm.impressionProperty());
    TextArea referrals =
        Forms.textArea(2, "e.g. Suggested the client sees their GP about night pain");
    referrals.textProperty().bindBidirectional(vm.referralsProperty());
    getChildren()
        .addAll(
            title,
            head,
            dates,
            withError(
                Forms.field("Clinical impression", impression, "plan-impression", false),
                vm,
                "impression"),
            Forms.group("Regions to work on", focusGrid()),
            Forms.group("Techniques", modalityChecks()),
            Forms.group("Schedule", schedule()),
            new PlanGoalsEditor(vm, plans),
            new PlanHomeCareSection(vm, plans),
            withError(
                Forms.field("Referrals", referrals, "plan-referrals", false), vm, "referrals"),
            new PlanAgreementSection(vm, documents));
  }

  private Node focusGrid() {
    FlowPane grid = new FlowPane(16, 6);
    for (BackRegion r : BackRegion.values()) {
      ComboBox<Side> side = new ComboBox<>();
      side.getItems().add(null);
      side.getItems().addAll(Side.values());
      EnumCells.labelled(side, PlanEditorView::sideLabel, "Not included");
      side.setId("plan-focus-" + r.name().toLowerCase(Locale.ROOT));
      side.setMinWidth(USE_PREF_SIZE);
      side.setValue(vm.focus().get(r));
      vm.focus()
          .addListener((MapChangeListener<BackRegion, Side>) c -> side.setValue(vm.focus().get(r)));
      side.valueProperty().addListener((o, a, b) -> vm.setFocus(r, b));
      Label label = new Label(r.label());
      label.setLabelFor(side);
      label.setMinWidth(90);
      HBox pair = new HBox(8, label, side);
      pair.setAlignment(Pos.CENTER_LEFT);
      grid.getChildren().add(pair);
    }
    return grid;
  }

  private static String sideLabel(Side s) {
    return switch (s) {
      case LEFT -> "Left";
      case RIGHT -> "Right";
      case BILATERAL -> "Both sides";
      case LEFT_GREATER -> "Both, left worse (L>R)";
      case RIGHT_GREATER -> "Both, right worse (R>L)";
    };
  }

  private Node modalityChecks() {
    FlowPane pane = new FlowPane(14, 6);
    for (Technique t : Technique.values()) {
      CheckBox box = new CheckBox(t.label());
      box.setId("plan-technique-" + t.name().toLowerCase(Locale.ROOT));
      box.setSelected(vm.modalities().contains(t));
      vm.modalities()
          .addListener(
              (SetChangeListener<Technique>) c -> box.setSelected(vm.modalities().contains(t)));
      box.selectedProperty()
          .addListener(
              (o, a, b) -> {
                if (b) {
                  vm.modalities().add(t);
                } else {
                  vm.modalities().remove(t);
                }
              });
      pane.getChildren().add(box);
    }
    return pane;
  }

  private Node schedule() {
    Spinner<Integer> minutes = Forms.spinner(15, 180, 60, 5);
    minutes.setId("plan-minutes");
    minutes.setPrefWidth(100);
    minutes.getValueFactory().valueProperty().addListener((o, a, b) -> vm.minutesProperty().set(b));
    vm.minutesProperty().addListener((o, a, b) -> minutes.getValueFactory().setValue(b.intValue()));
    ComboBox<Frequency> frequency = new ComboBox<>();
    frequency.getItems().setAll(Frequency.values());
    EnumCells.labelled(frequency, Frequency::label, "");
    frequency.valueProperty().bindBidirectional(vm.frequencyProperty());
    frequency.setId("plan-frequency");
    Spinner<Integer> count = Forms.spinner(1, 52, 6, 1);
    count.setId("plan-count");
    count.setPrefWidth(90);
    count.getValueFactory().valueProperty().addListener((o, a, b) -> vm.countProperty().set(b));
    vm.countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
    FlowPane row =
        new FlowPane(
            8,
            6,
            frequency,
            new Label("×"),
            count,
            new Label("sessions of"),
            minutes,
            new Label("minutes"));
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
