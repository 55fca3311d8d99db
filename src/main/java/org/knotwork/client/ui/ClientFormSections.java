package org.knotwork.client.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.WorkPosture;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;

/** The sections of the intake form, each bound to the editor's ViewModel. */
final class ClientFormSections {
  private final ClientEditorViewModel vm;
  private final List<BooleanProperty> touchedFlags = new ArrayList<>();
  private TextField fullName;

  ClientFormSections(ClientEditorViewModel vm) {
    this.vm = vm;
  }

  /** Marks every field as visited so all errors show, e.g. after a save attempt. */
  void revealErrors() {
    touchedFlags.forEach(t -> t.set(true));
  }

  /** Forgets which fields were visited, for a freshly opened record. */
  void resetErrors() {
    touchedFlags.forEach(t -> t.set(false));
  }

  TextField fullNameField() {
    return fullName;
  }

  List<Node> all() {
    return List.of(
        personal(),
        contact(),
        work(),
        new HealthHistorySection(vm).build(),
        preferences(),
        notes());
  }

  private VBox personal() {
    fullName = Forms.textField("First and last name");
    fullName.textProperty().bindBidirectional(vm.fullNameProperty());
    TextField preferred = Forms.textField("What they like to be called");
    preferred.textProperty().bindBidirectional(vm.preferredNameProperty());
    DatePicker dob = Forms.birthDatePicker();
    dob.valueProperty().bindBidirectional(vm.dateOfBirthProperty());
    Label age = new Label();
    age.setId("client-age");
    age.textProperty().bind(vm.ageBinding());
    age.getStyleClass().add("text-muted");
    age.setMinWidth(Region.USE_PREF_SIZE);
    TextField pronouns = Forms.textField("e.g. she/her, he/him, they/them");
    pronouns.textProperty().bindBidirectional(vm.pronounsProperty());

    GridPane grid = Forms.grid();
    VBox nameField = Forms.field("Full name", fullName, "client-full-name", true);
    touchedFlags.add(Forms.showErrors(nameField, fullName, vm.nameErrorBinding()));
    HBox dobRow = new HBox(12, dob, age);
    dobRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(dob, Priority.ALWAYS);
    VBox dobField = Forms.field("Date of birth", dob, dobRow, "client-date-of-birth", false);
    touchedFlags.add(Forms.showErrors(dobField, dob, vm.dateOfBirthErrorBinding()));
    grid.addRow(
        0, nameField, Forms.field("Preferred name", preferred, "client-preferred-name", false));
    grid.addRow(1, dobField, Forms.field("Pronouns", pronouns, "client-pronouns", false));
    return section("Personal details", grid);
  }

  private VBox contact() {
    TextField phone = Forms.textField("e.g. 07700 900123");
    phone.textProperty().bindBidirectional(vm.phoneProperty());
    TextField email = Forms.textField("name@example.org");
    email.textProperty().bindBidirectional(vm.emailProperty());
    TextArea address = Forms.textArea(2, "Street, town, postcode");
    address.textProperty().bindBidirectional(vm.addressProperty());
    TextField eName = Forms.textField("Name");
    eName.textProperty().bindBidirectional(vm.emergencyNameProperty());
    TextField eRelation = Forms.textField("e.g. partner, daughter");
    eRelation.textProperty().bindBidirectional(vm.emergencyRelationProperty());
    TextField ePhone = Forms.textField("Phone");
    ePhone.textProperty().bindBidirectional(vm.emergencyPhoneProperty());

    GridPane grid = Forms.grid();
    VBox phoneField = Forms.field("Phone", phone, "client-phone", false);
    touchedFlags.add(Forms.showErrors(phoneField, phone, vm.phoneErrorBinding()));
    VBox emailField = Forms.field("E-mail", email, "client-email", false);
    touchedFlags.add(Forms.showErrors(emailField, email, vm.emailErrorBinding()));
    grid.addRow(0, phoneField, emailField);
    grid.add(Forms.field("Address", address, "client-address", false), 0, 1, 2, 1);
    grid.addRow(
        2,
        Forms.field("Emergency contact", eName, "client-emergency-name", false),
        Forms.field("Relation to client", eRelation, "client-emergency-relation", false));
    VBox ePhoneField =
        Forms.field("Emergency contact's phone", ePhone, "client-emergency-phone", false);
    touchedFlags.add(Forms.showErrors(ePhoneField, ePhone, vm.emergencyPhoneErrorBinding()));
    grid.add(ePhoneField, 0, 3);
    return section("Contact", grid);
  }

  private VBox work() {
    TextField occupation = Forms.textField("e.g. accountant, nurse, electrician");
    occupation.textProperty().bindBidirectional(vm.occupationProperty());
    ComboBox<WorkPosture> posture = new ComboBox<>();
    posture.getItems().setAll(WorkPosture.values());
    EnumCells.labelled(posture, WorkPosture::label, "Not recorded");
    posture.valueProperty().bindBidirectional(vm.workPostureProperty());
    TextField activities = Forms.textField("e.g. running, golf, gardening");
    activities.textProperty().bindBidirectional(vm.activitiesProperty());
    TextField physician = Forms.textField("Name and practice");
    physician.textProperty().bindBidirectional(vm.physicianProperty());

    GridPane grid = Forms.grid();
    grid.addRow(
        0,
        Forms.field("Occupation", occupation, "client-occupation", false),
        Forms.field("Work posture", posture, "client-work-posture", false));
    grid.addRow(
        1,
        Forms.field("Sports and activities", activities, "client-activities", false),
        Forms.field("Physician", physician, "client-physician", false));
    return section("Work, activity and physician", grid);
  }

  private VBox preferences() {
    ComboBox<PressurePreference> pressure = new ComboBox<>();
    pressure.getItems().setAll(PressurePreference.values());
    EnumCells.labelled(pressure, PressurePreference::label, "Not recorded");
    pressure.valueProperty().bindBidirectional(vm.pressureProperty());
    DatePicker consent = Forms.datePicker();
    consent.valueProperty().bindBidirectional(vm.generalConsentOnProperty());

    GridPane grid = Forms.grid();
    grid.addRow(
        0,
        Forms.field("Pressure preference", pressure, "client-pressure", false),
        Forms.field("General consent signed on", consent, "client-general-consent", false));
    int column = 0;
    int row = 1;
    for (var entry : vm.regionConsents().entrySet()) {
      if (!entry.getKey().writtenConsentByDefault()) {
        continue;
      }
      DatePicker regionConsent = Forms.datePicker();
      regionConsent.valueProperty().bindBidirectional(entry.getValue());
      String id =
          "client-consent-"
              + entry.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      grid.add(
          Forms.field(
              "Written consent for " + entry.getKey().label().toLowerCase(java.util.Locale.ROOT),
              regionConsent,
              id,
              false),
          column,
          row);
      column = 1 - column;
      row += column == 0 ? 1 : 0;
    }
    return section("Preferences and consent", grid);
  }

  private VBox notes() {
    TextArea notes = Forms.textArea(4, "Anything else worth knowing before a session");
    notes.textProperty().bindBidirectional(vm.notesProperty());
    return section("Notes", Forms.field("Free notes", notes, "client-notes", false));
  }

  static VBox section(String title, Node content) {
    VBox box = new VBox(10, Forms.sectionTitle(title), content);
    box.getStyleClass().add("form-section");
    return box;
  }
}
