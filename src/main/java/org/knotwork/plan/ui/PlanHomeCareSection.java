package org.knotwork.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Home care: the library's handouts to tick (those that do not suit the client say why) and further
 * instructions in the client's words.
 */
final class PlanHomeCareSection extends VBox {
  private final PlanEditorViewModel vm;
  private final PlansViewModel plans;
  private final VBox checks = new VBox(4);
  private final Map<String, CheckBox> boxes = new HashMap<>();

  PlanHomeCareSection(PlanEditorViewModel vm, PlansViewModel plans) {
    super(8);
    this.vm = vm;
    this.plans = plans;
    plans.handoutChoices().addListener((ListChangeListener<LibraryItem>) c -> rebuild());
    vm.handouts()
        .addListener(
            (ListChangeListener<String>)
                c -> boxes.forEach((ref, box) -> box.setSelected(vm.handouts().contains(ref))));
    rebuild();
    TextArea more = Forms.textArea(2, "Anything else to do at home, in the client's words");
    more.textProperty().bindBidirectional(vm.homeCareProperty());
    getChildren()
        .addAll(
            Forms.sectionLabel("Home care: handouts to give (printed after the plan)"),
            checks,
            Forms.field("Further instructions", more, "plan-home-care", false));
  }

  private void rebuild() {
    checks.getChildren().clear();
    boxes.clear();
    for (LibraryItem item : plans.handoutChoices()) {
      CheckBox box = new CheckBox(item.title());
      box.setUserData(item.ref());
      box.setId("plan-handout-" + item.ref().replace(':', '-'));
      box.setSelected(vm.handouts().contains(item.ref()));
      box.selectedProperty()
          .addListener(
              (o, a, b) -> {
                if (b && !vm.handouts().contains(item.ref())) {
                  vm.handouts().add(item.ref());
                } else if (!b) {
                  vm.handouts().remove(item.ref());
                }
              });
      boxes.put(item.ref(), box);
      List<String> warning = plans.handoutWarning(item.ref());
      if (warning.isEmpty()) {
        checks.getChildren().add(box);
      } else {
        // Not suggested for this client; the reason stays in view whether it is ticked or not.
        Label why =
            new Label(
                "Not advised for this client. " + String.join(". ", warning) + ".",
                new FontIcon(Material2MZ.WARNING));
        why.setId("plan-handout-warning-" + item.ref().replace(':', '-'));
        why.getStyleClass().add("caution-text");
        why.setWrapText(true);
        why.setMinHeight(USE_PREF_SIZE);
        box.setAccessibleText(item.title() + ". " + why.getText());
        checks.getChildren().add(new VBox(2, box, why));
      }
    }
  }
}
