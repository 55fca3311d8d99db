package org.knotwork.practice.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Practice settings: its name, where the records are stored, and discarding a demo. */
public final class PracticeSettingsView extends VBox {

  public PracticeSettingsView(
      PracticeSettingsViewModel vm, String dataFolder, Runnable onDemoDiscarded) {
    setId("practice-settings");
    setSpacing(24);
    setPadding(new Insets(24, 0, 24, 0));
    setMaxWidth(720);
    Label title = new Label("Practice");
    title.getStyleClass().add("title-2");

    TextField name = new TextField();
    name.textProperty().bindBidirectional(vm.nameProperty());
    VBox nameField =
        Forms.field(
            "Practice name (shown in the window title and on documents)",
            name,
            "practice-name",
            true);
    Forms.showErrors(nameField, name, vm.nameErrorBinding());
    Button save = new Button("Save name", new FontIcon(Material2MZ.SAVE));
    save.setId("practice-save");
    save.disableProperty().bind(vm.canSaveBinding().not());
    save.setOnAction(e -> vm.saveName());
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("text-muted");
    HBox saveRow = new HBox(12, save, status);
    saveRow.setAlignment(Pos.CENTER_LEFT);

    Label whoHint =
        new Label(
            "Notes, addenda, agreed plans and printed plans are signed with these details. A"
                + " change applies to what you sign from now on; records signed before keep the"
                + " details they were signed with.");
    whoHint.setWrapText(true);
    whoHint.getStyleClass().add("text-muted");
    Button saveTherapist = new Button("Save my details", new FontIcon(Material2MZ.SAVE));
    saveTherapist.setId("practice-therapist-save");
    saveTherapist.disableProperty().bind(vm.canSaveTherapistBinding().not());
    saveTherapist.setOnAction(e -> vm.saveTherapist());
    Label therapistStatus = new Label();
    therapistStatus.setId("practice-therapist-status");
    therapistStatus.setWrapText(true);
    therapistStatus.textProperty().bind(vm.therapistStatusProperty());
    therapistStatus.getStyleClass().add("text-muted");
    HBox therapistSaveRow = new HBox(12, saveTherapist, therapistStatus);
    therapistSaveRow.setAlignment(Pos.CENTER_LEFT);
    VBox therapistBox =
        new VBox(
            10,
            Forms.sectionTitle("Who signs"),
            whoHint,
            new TherapistFieldsView(vm.therapist(), "practice-therapist-"),
            therapistSaveRow);
    therapistBox.setId("practice-therapist");

    Label storage = new Label("Your records are stored on this computer in\n" + dataFolder);
    storage.setId("practice-data-folder");
    storage.setWrapText(true);
    VBox storageBox = new VBox(6, Forms.sectionTitle("Where your records live"), storage);

    Label demoText =
        new Label(
            "This is a demo practice: every client in it is invented. When you are ready, "
                + "discard it and start your own practice with an empty client list.");
    demoText.setWrapText(true);
    Button discard = new Button("Discard demo practice", new FontIcon(Material2AL.DELETE_FOREVER));
    discard.setId("practice-discard-demo");
    discard.getStyleClass().add("danger");
    discard.setOnAction(e -> vm.discardDemo(onDemoDiscarded));
    VBox demoBox = new VBox(10, Forms.sectionTitle("Demo practice"), demoText, discard);
    demoBox
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.practiceProperty().get() != null && vm.practiceProperty().get().demo(),
                vm.practiceProperty()));
    demoBox.managedProperty().bind(demoBox.visibleProperty());

    getChildren()
        .addAll(title, new VBox(10, nameField, saveRow), therapistBox, storageBox, demoBox);
  }
}
