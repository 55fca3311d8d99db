package org.knotwork.outcome.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.knotwork.outcome.Instrument;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Settings section listing the outcome measures and defining the therapist's own. */
public final class InstrumentsView extends VBox {

  public InstrumentsView(InstrumentsViewModel vm) {
    setId("instruments");
    setSpacing(10);
    Label explain =
        new Label(
            "Questionnaires that need a licence are recorded as the total from the client's "
                + "paper form. Add any other measure you use the same way: its range, which way is better, and how "
                + "much change counts.");
    explain.setWrapText(true);
    ListView<Instrument> list = new ListView<>(vm.instruments());
    list.setId("instrument-list");
    list.setPrefHeight(200);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Instrument i, boolean empty) {
                super.updateItem(i, empty);
                setText(
                    empty || i == null
                        ? null
                        : i.name()
                            + "  ·  "
                            + i.rangeText()
                            + "  ·  "
                            + (i.higherIsBetter() ? "higher is better" : "lower is better")
                            + "  ·  meaningful change "
                            + i.changeText(i.meaningfulChange())
                            + (i.builtIn() ? "" : "  ·  your own"));
              }
            });
    GridPane form = Forms.grid();
    form.addRow(
        0,
        field("Name", vm.nameProperty(), "instrument-name", "e.g. Pain on sitting"),
        field("Short code", vm.codeProperty(), "instrument-code", "e.g. SIT"));
    form.addRow(
        1,
        field("Lowest score", vm.minProperty(), "instrument-min", "0"),
        field("Highest score", vm.maxProperty(), "instrument-max", "10"));
    form.addRow(
        2,
        field("Meaningful change", vm.thresholdProperty(), "instrument-threshold", "2"),
        field(
            "Reassess every (days)", vm.reassessDaysProperty(), "instrument-reassess", "optional"));
    CheckBox up = new CheckBox("A higher score is better");
    up.setId("instrument-higher-better");
    up.selectedProperty().bindBidirectional(vm.higherIsBetterProperty());
    form.addRow(
        3,
        field("Unit shown after the score", vm.unitProperty(), "instrument-unit", "e.g. /10"),
        up);
    Button add = new Button("Add measure", new FontIcon(Material2AL.ADD));
    add.setId("instrument-add");
    add.disableProperty().bind(vm.nameProperty().isEmpty().or(vm.codeProperty().isEmpty()));
    add.setOnAction(e -> vm.define());
    VBox addBox = new VBox(8, form, add);
    addBox.setAlignment(Pos.TOP_LEFT);
    getChildren().addAll(Forms.sectionTitle("Outcome measures"), explain, list, addBox);
    vm.refresh();
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static VBox field(
      String label, javafx.beans.property.StringProperty property, String id, String prompt) {
    TextField field = Forms.textField(prompt);
    field.textProperty().bindBidirectional(property);
    return Forms.field(label, field, id, false);
  }
}
