package org.knotwork.practice.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.safety.Country;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: the practice's country, for the emergency number named in advice and handouts. */
public final class EmergencyNumbersView extends VBox {
  public EmergencyNumbersView(EmergencyNumbersViewModel vm) {
    super(10);
    setId("emergency-numbers-settings");
    Label hint =
        new Label(
            "Red-flag advice in notes and the “When to see a doctor” handout name the emergency"
                + " number and where to be seen the same day for this country.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");

    ComboBox<Country> country = new ComboBox<>();
    country.getItems().setAll(Country.values());
    EnumCells.labelled(country, Country::label, "Choose a country");
    country.valueProperty().bindBidirectional(vm.countryProperty());
    VBox countryField = Forms.field("Country", country, "practice-country", true);

    TextField emergency = Forms.textField("e.g. 112");
    emergency.textProperty().bindBidirectional(vm.emergencyProperty());
    VBox emergencyField =
        Forms.field("Emergency number", emergency, "practice-emergency-number", true);
    TextField sameDay = Forms.textField("e.g. a doctor or an urgent care clinic");
    sameDay.textProperty().bindBidirectional(vm.sameDayProperty());
    VBox sameDayField =
        Forms.field("Where to be seen the same day", sameDay, "practice-same-day-help", true);
    VBox typed = new VBox(10, emergencyField, sameDayField);
    typed.visibleProperty().bind(vm.otherBinding());
    typed.managedProperty().bind(typed.visibleProperty());

    Label problem = new Label();
    problem.setId("practice-numbers-problem");
    problem.textProperty().bind(vm.problemBinding());
    problem.getStyleClass().add("caution-text");
    problem.setWrapText(true);
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    Label preview = new Label();
    preview.setId("practice-numbers-preview");
    preview.textProperty().bind(vm.previewBinding());
    preview.setWrapText(true);

    Button save = new Button("Save country", new FontIcon(Material2MZ.SAVE));
    save.setId("practice-numbers-save");
    save.disableProperty().bind(vm.countryProperty().isNull().or(vm.problemBinding().isNotNull()));
    save.setOnAction(e -> vm.save());
    Label status = new Label();
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("text-muted");
    HBox saveRow = new HBox(12, save, status);
    saveRow.setAlignment(Pos.CENTER_LEFT);

    getChildren()
        .addAll(
            Forms.sectionTitle("Emergency numbers"),
            hint,
            countryField,
            typed,
            problem,
            preview,
            saveRow);
  }
}
