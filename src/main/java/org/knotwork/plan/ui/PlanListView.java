package org.knotwork.plan.ui;

import static org.knotwork.plan.ui.PlanControls.statusChip;
import static org.knotwork.plan.ui.PlanControls.wrap;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.plan.TreatmentPlan;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The client's plans, newest first, with New plan above and what was just done below. */
final class PlanListView extends VBox {
  PlanListView(PlansViewModel vm) {
    super(10);
    Button add = new Button("New plan", new FontIcon(Material2AL.ADD));
    add.setId("plan-new");
    add.getStyleClass().add("accent");
    add.setTooltip(new Tooltip("Start a draft from the latest note and measures"));
    add.setOnAction(e -> vm.newPlan());
    add.disableProperty().bind(vm.editor().editingProperty().isNotNull());
    ListView<TreatmentPlan> list = new ListView<>(vm.plans());
    list.setId("plan-list");
    list.setPlaceholder(
        wrap(
            "No plan yet. Start one with New plan: it is filled in from the latest note and"
                + " measures."));
    list.setCellFactory(l -> new PlanCell());
    bindSelection(vm, list);
    VBox.setVgrow(list, Priority.ALWAYS);
    // what was just done ("Draft deleted", "Draft saved 14:02"), below the list: it pushes nothing
    Label status = new Label();
    status.setId("plans-status");
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status.setMinHeight(USE_PREF_SIZE);
    getChildren().addAll(add, list, status);
    setPadding(new Insets(16, 8, 16, 16));
    setPrefWidth(230);
    setMinWidth(200);
  }

  /**
   * A click on another plan while a draft is open asks about the draft's unsaved changes first;
   * "Keep editing" leaves the list as it was.
   */
  private static void bindSelection(PlansViewModel vm, ListView<TreatmentPlan> list) {
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, before, now) -> {
              if (now != null && !vm.choose(now)) {
                Platform.runLater(
                    () -> list.getSelectionModel().select(vm.selectedProperty().get()));
              }
            });
    vm.selectedProperty()
        .addListener(
            (o, before, now) -> {
              if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
              }
            });
  }

  private static final class PlanCell extends ListCell<TreatmentPlan> {
    @Override
    protected void updateItem(TreatmentPlan p, boolean empty) {
      super.updateItem(p, empty);
      setText(null);
      if (empty || p == null) {
        setGraphic(null);
        return;
      }
      Label when = new Label("From " + PlanFormat.day(p.startsOn()));
      when.getStyleClass().add("text-bold");
      Label schedule =
          new Label(
              p.frequency().label()
                  + " × "
                  + p.sessionCount()
                  + " · "
                  + p.sessionMinutes()
                  + " min");
      schedule.getStyleClass().add("text-muted");
      setGraphic(new VBox(2, when, schedule, new HBox(statusChip(p.status()))));
    }
  }
}
