package org.knotwork.plan.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.ui.DocumentCommands;

/**
 * The Plans section of a client: the plans on the left ({@link PlanListView}), beside them the plan
 * in front ({@link PlanDetailView}) or, while a draft is open, its editor ({@link PlanEditorView}).
 */
public final class PlansView extends BorderPane {
  public PlansView(PlansViewModel vm, DocumentCommands<Long> documents) {
    this(vm, documents, null);
  }

  /**
   * @param booking books an agreed plan's sessions in the appointment book; null where there is no
   *     book
   */
  public PlansView(PlansViewModel vm, DocumentCommands<Long> documents, PlanBookingDialog booking) {
    setId("plans-view");
    setLeft(new PlanListView(vm));
    ScrollPane detail = scroll(new PlanDetailView(vm, documents, booking), "plan-detail");
    ScrollPane editor = scroll(new PlanEditorView(vm, documents), "plan-editor");
    editor.visibleProperty().bind(vm.editor().editingProperty().isNotNull());
    detail.visibleProperty().bind(vm.editor().editingProperty().isNull());
    setCenter(new StackPane(detail, editor));
  }

  private static ScrollPane scroll(VBox content, String id) {
    content.setPadding(new Insets(16, 24, 24, 16));
    content.setMaxWidth(900);
    ScrollPane pane = new ScrollPane(content);
    pane.setFitToWidth(true);
    pane.setId(id);
    return pane;
  }
}
