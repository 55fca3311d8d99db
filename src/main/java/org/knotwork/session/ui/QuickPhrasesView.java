package org.knotwork.session.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.session.QuickPhrase;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Settings section for quick phrases: type ";abbreviation" in any note field to insert the phrase.
 */
public final class QuickPhrasesView extends VBox {

  public QuickPhrasesView(QuickPhrasesViewModel vm) {
    setId("quick-phrases");
    setSpacing(10);
    Label explain =
        new Label(
            "In any note field, type a semicolon and the abbreviation, then a space: "
                + "“;ht ” becomes “hypertonic ”.");
    explain.setWrapText(true);
    ListView<QuickPhrase> list = new ListView<>(vm.phrases());
    list.setId("quick-phrase-list");
    list.setPrefHeight(220);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(QuickPhrase p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                  setGraphic(null);
                  return;
                }
                Label abbr = new Label(";" + p.abbreviation());
                abbr.setMinWidth(90);
                abbr.getStyleClass().add("client-cell-name");
                Label text = new Label(p.text());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
                remove.getStyleClass().add("flat");
                remove.setAccessibleText("Remove ;" + p.abbreviation());
                remove.setOnAction(e -> vm.remove(p));
                HBox row = new HBox(10, abbr, text, spacer, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
              }
            });
    TextField abbr = Forms.textField("e.g. qlr");
    abbr.textProperty().bindBidirectional(vm.abbreviationProperty());
    abbr.setPrefColumnCount(8);
    TextField text = Forms.textField("e.g. right quadratus lumborum");
    text.textProperty().bindBidirectional(vm.textProperty());
    Button add = new Button("Add phrase", new FontIcon(Material2AL.ADD));
    add.setId("quick-phrase-add");
    add.disableProperty().bind(abbr.textProperty().isEmpty().or(text.textProperty().isEmpty()));
    add.setOnAction(e -> vm.add());
    VBox abbrField = Forms.field("Abbreviation", abbr, "quick-phrase-abbreviation", true);
    VBox textField = Forms.field("Phrase", text, "quick-phrase-text", true);
    HBox.setHgrow(textField, Priority.ALWAYS);
    HBox addRow = new HBox(10, abbrField, textField, add);
    addRow.setAlignment(Pos.BOTTOM_LEFT);
    getChildren().addAll(Forms.sectionTitle("Quick phrases"), explain, list, addRow);
    vm.refresh();
  }
}
