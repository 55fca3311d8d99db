package org.knotwork.plan.ui;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.plan.PlanStatus;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The small controls the plan screen's views share. */
final class PlanControls {
  private PlanControls() {}

  static Button button(String text, String id, Ikon icon, Runnable action) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  static Label wrap(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  static Label statusChip(PlanStatus status) {
    Label chip = new Label(status.label());
    chip.setMinWidth(Region.USE_PREF_SIZE);
    chip.getStyleClass().addAll("plan-status", "plan-status-" + status.name().toLowerCase());
    return chip;
  }

  static Node fact(String label, String value) {
    Label caption = Forms.sectionLabel(label);
    Label text = new Label(value);
    text.setWrapText(true);
    return new VBox(2, caption, text);
  }

  /** A field with the editor's problem for {@code key} below it, once problems are shown. */
  static VBox withError(VBox field, PlanEditorViewModel vm, String key) {
    field.getChildren().add(error(vm, key));
    return field;
  }

  static Label error(PlanEditorViewModel vm, String key) {
    Label label = new Label();
    label.getStyleClass().add("field-error");
    label.setId("plan-error-" + key);
    label.setWrapText(true);
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  Map<String, String> all = vm.problemsProperty().get();
                  return vm.showProblemsProperty().get() ? all.getOrDefault(key, "") : "";
                },
                vm.problemsProperty(),
                vm.showProblemsProperty()));
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
