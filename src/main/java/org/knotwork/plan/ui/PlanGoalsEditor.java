package org.knotwork.plan.ui;

import static org.knotwork.plan.ui.PlanControls.button;
import static org.knotwork.plan.ui.PlanControls.wrap;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.outcome.Instrument;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The draft's goals, one row each: what, measured how, from where to where, by when. */
final class PlanGoalsEditor extends VBox {
  private final PlanEditorViewModel vm;
  private final PlansViewModel plans;
  private final VBox rows = new VBox(10);

  PlanGoalsEditor(PlanEditorViewModel vm, PlansViewModel plans) {
    super(8);
    this.vm = vm;
    this.plans = plans;
    Button add = button("Add goal", "plan-add-goal", Material2AL.ADD, vm::addGoal);
    // Rows are rebuilt when goals come or go, never while one is typed in (an edit is an update).
    vm.goals()
        .addListener(
            (ListChangeListener<GoalRow>)
                c -> {
                  boolean structural = false;
                  while (c.next()) {
                    structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
                  }
                  if (structural) {
                    rebuild();
                  }
                });
    rebuild();
    Label hint =
        wrap(
            "Make each goal measurable: something the client wants to do again, the measure that"
                + " shows it, where they are now and where they aim to be by when.");
    hint.getStyleClass().add("text-muted");
    getChildren()
        .addAll(Forms.sectionLabel("Goals"), hint, rows, add, PlanControls.error(vm, "goals"));
  }

  private void rebuild() {
    rows.getChildren().clear();
    for (int i = 0; i < vm.goals().size(); i++) {
      rows.getChildren().add(goalRow(vm.goals().get(i), i));
    }
  }

  private Node goalRow(GoalRow row, int index) {
    TextField text = Forms.textField("e.g. Sit at my desk for 2 hours");
    text.textProperty().bindBidirectional(row.textProperty());
    text.setId("plan-goal-text-" + index);
    HBox.setHgrow(text, Priority.ALWAYS);
    ComboBox<Instrument> measure = new ComboBox<>();
    measure.getItems().add(null);
    measure.getItems().addAll(plans.instruments());
    measure.setCellFactory(l -> instrumentCell(true));
    measure.setButtonCell(instrumentCell(false));
    measure.setPrefWidth(190); // the list shows the full names
    measure.valueProperty().bindBidirectional(row.measureProperty());
    measure.setId("plan-goal-measure-" + index);
    measure.setAccessibleText("Measure");
    TextField baseline = score("now", row.baselineProperty(), "plan-goal-baseline-" + index, row);
    TextField target = score("aim", row.targetProperty(), "plan-goal-target-" + index, row);
    DatePicker by = Forms.datePicker();
    by.setPrefWidth(150);
    by.valueProperty().bindBidirectional(row.byDateProperty());
    by.setId("plan-goal-by-" + index);
    Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
    remove.setTooltip(new Tooltip("Remove this goal"));
    remove.getStyleClass().addAll("flat", "button-icon");
    remove.setOnAction(e -> vm.removeGoal(row));
    for (Control c : new Control[] {measure, baseline, target, by, remove}) {
      c.setMinWidth(USE_PREF_SIZE);
    }
    HBox first = new HBox(8, text, remove);
    first.setAlignment(Pos.CENTER_LEFT);
    // The scores are in the measure's stored unit: say which, so an NDI is not typed as a
    // percentage.
    Label unit = new Label();
    unit.setId("plan-goal-unit-" + index);
    unit.getStyleClass().add("text-muted");
    unit.setMinWidth(USE_PREF_SIZE);
    unit.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    row.measureProperty().get() == null
                        ? ""
                        : row.measureProperty().get().unitWords(),
                row.measureProperty()));
    HBox scores = new HBox(8, baseline, new Label("→"), target, unit);
    scores.setAlignment(Pos.CENTER_LEFT);
    HBox when = new HBox(8, new Label("by"), by);
    when.setAlignment(Pos.CENTER_LEFT);
    FlowPane second = new FlowPane(8, 6, measure, scores, when);
    second.setAlignment(Pos.CENTER_LEFT);
    // a field left shows this goal's problems from then on
    for (Control c : new Control[] {text, baseline, target}) {
      c.focusedProperty()
          .addListener(
              (o, was, is) -> {
                if (!is) {
                  row.problemsShownProperty().set(true);
                }
              });
    }
    return new VBox(4, new VBox(6, first, second), problems(row, index));
  }

  private static TextField score(
      String prompt, javafx.beans.property.StringProperty value, String id, GoalRow row) {
    TextField field = Forms.textField(prompt);
    field.setPrefColumnCount(4);
    field.textProperty().bindBidirectional(value);
    field.setId(id);
    field.disableProperty().bind(row.measureProperty().isNull());
    return field;
  }

  private Label problems(GoalRow row, int index) {
    Label problems = new Label();
    problems.getStyleClass().add("field-error");
    problems.setId("plan-goal-error-" + index);
    problems.setWrapText(true);
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  if (!row.problemsShownProperty().get()) {
                    return "";
                  }
                  Map<String, String> all = vm.problemsProperty().get();
                  return String.join(
                      " ",
                      all.entrySet().stream()
                          .filter(e -> e.getKey().startsWith("goal." + index + "."))
                          .map(Map.Entry::getValue)
                          .toList());
                },
                vm.problemsProperty(),
                row.problemsShownProperty()));
    problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());
    return problems;
  }

  private static ListCell<Instrument> instrumentCell(boolean fullName) {
    return new ListCell<>() {
      @Override
      protected void updateItem(Instrument i, boolean empty) {
        super.updateItem(i, empty);
        setText(
            empty
                ? null
                : i == null ? "In words only" : fullName ? i.code() + " — " + i.name() : i.code());
      }
    };
  }
}
