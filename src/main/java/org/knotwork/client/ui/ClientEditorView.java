package org.knotwork.client.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The intake form in a scrolling page, with Save, Cancel and Archive always in reach below it. */
final class ClientEditorView extends BorderPane {
  private final ClientWorkspaceViewModel workspace;
  private final ClientFormSections sections;
  private final ScrollPane scroll;
  private final VBox form;
  private Button saveButton;

  /** The field of the form the therapist last had the focus in. */
  private Node lastField;

  private final ChangeListener<Node> focusWatcher =
      (obs, old, now) -> {
        if (now != null && isInForm(now)) {
          lastField = now;
        }
      };

  ClientEditorView(ClientWorkspaceViewModel workspace) {
    this.workspace = workspace;
    this.sections = new ClientFormSections(workspace.editor());
    form = new VBox(28);
    form.getChildren().addAll(sections.all());
    form.setPadding(new Insets(16, 24, 24, 24));
    form.getStyleClass().add("client-form");
    scroll = new ScrollPane(form);
    scroll.setFitToWidth(true);
    scroll.setId("client-form-scroll");
    setCenter(scroll);
    setBottom(actionBar());
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                old.focusOwnerProperty().removeListener(focusWatcher);
              }
              if (now != null) {
                now.focusOwnerProperty().addListener(focusWatcher);
              }
            });
  }

  private boolean isInForm(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == form) {
        return true;
      }
    }
    return false;
  }

  private HBox actionBar() {
    ClientEditorViewModel vm = workspace.editor();
    Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
    save.setId("client-save");
    save.getStyleClass().add("accent");
    save.setTooltip(new Tooltip("Save the record (Ctrl+S)"));
    save.disableProperty().bind(vm.canSaveBinding().not());
    save.setOnAction(e -> save());
    saveButton = save;

    Button cancel = new Button("Cancel changes", new FontIcon(Material2MZ.UNDO));
    cancel.setId("client-cancel");
    cancel.setTooltip(new Tooltip("Put back what is stored (Esc)"));
    cancel.disableProperty().bind(vm.dirtyBinding().not());
    cancel.setOnAction(e -> cancel());

    Button archive = new Button();
    archive.setId("client-archive");
    archive
        .textProperty()
        .bind(Bindings.when(workspace.archivedBinding()).then("Unarchive").otherwise("Archive"));
    archive
        .graphicProperty()
        .bind(
            Bindings.when(workspace.archivedBinding())
                .then(new FontIcon(Material2MZ.UNARCHIVE))
                .otherwise(new FontIcon(Material2AL.ARCHIVE)));
    archive.setTooltip(new Tooltip("Archived clients leave the list but keep every record"));
    archive
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.storedProperty().get().id() == null || vm.dirtyBinding().get(),
                vm.storedProperty(),
                vm.dirtyBinding()));
    archive.setOnAction(e -> workspace.toggleArchived(c -> {}));
    archive
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.storedProperty().get().id() != null, vm.storedProperty()));

    Label status = new Label();
    status.setId("client-save-status");
    status.getStyleClass().add("text-muted");
    status
        .textProperty()
        .bind(
            Bindings.when(vm.dirtyBinding())
                .then("Unsaved changes")
                .otherwise(vm.statusProperty()));

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(10, save, cancel, status, spacer, archive);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 24, 10, 24));
    bar.getStyleClass().add("action-bar");
    return bar;
  }

  void save() {
    sections.revealErrors();
    giveFocusBackToTheForm();
    workspace.save(saved -> {});
  }

  /**
   * A click on Save takes the focus, and Save turns off once the record is saved: left there, the
   * focus would wander off to the next control (and the form would scroll to it). It goes back to
   * the field the therapist was using instead, which is still where they left it on the page.
   */
  private void giveFocusBackToTheForm() {
    if (getScene() != null && getScene().getFocusOwner() == saveButton) {
      returnFocus();
    }
  }

  void cancel() {
    workspace.cancel();
    sections.resetErrors();
  }

  /** Called when another record has been loaded: back to the top, errors hidden until touched. */
  void recordChanged() {
    lastField = null;
    sections.resetErrors();
    scroll.setVvalue(0);
  }

  /** Puts the focus back in the field the therapist last used, without scrolling the form. */
  void returnFocus() {
    if (lastField != null
        && lastField.getScene() == getScene()
        && isInForm(lastField)
        && !lastField.isDisabled()) {
      lastField.requestFocus();
    }
  }

  void focusName() {
    sections.fullNameField().requestFocus();
  }
}
