package org.knotwork.appointment.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.knotwork.appointment.BookableService;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The services the book offers: the list, and the form for a new one or the one chosen. */
final class BookServicesView extends VBox {
  BookServicesView(BookServicesViewModel vm) {
    super(10);
    setId("book-services");
    ListView<BookableService> list = new ListView<>(vm.services());
    list.setId("book-services-list");
    list.setAccessibleText("Services");
    list.setPrefHeight(150);
    list.setPlaceholder(new Label("No services yet. Add the ones you offer, like “Massage 60”."));
    list.setCellFactory(l -> new ServiceCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                list.getSelectionModel().clearSelection();
              } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
              }
            });

    TextField name = Forms.textField("e.g. Massage 60");
    name.textProperty().bindBidirectional(vm.nameProperty());
    VBox nameField = Forms.field("Name", name, "book-service-name", true);
    Forms.showErrorsOnceTyped(nameField, name, vm.nameProblem());
    TextField minutes = Forms.textField("e.g. 60");
    minutes.textProperty().bindBidirectional(vm.minutesProperty());
    VBox minutesField =
        Forms.field("Usual length (minutes)", minutes, "book-service-minutes", true);
    Forms.showErrors(minutesField, minutes, vm.minutesProblem());
    ColorPicker colour = new ColorPicker(Color.web(vm.colourProperty().get()));
    colour.valueProperty().addListener((o, was, now) -> vm.colourProperty().set(hex(now)));
    vm.colourProperty()
        .addListener(
            (o, was, now) -> {
              if (!hex(colour.getValue()).equalsIgnoreCase(now)) {
                colour.setValue(Color.web(now));
              }
            });
    VBox colourField = Forms.field("Colour in the book", colour, "book-service-colour", false);
    GridPane form = Forms.grid();
    form.add(nameField, 0, 0, 2, 1);
    form.add(minutesField, 0, 1);
    form.add(colourField, 1, 1);

    Button add = new Button("New service", new FontIcon(Material2AL.ADD));
    add.setId("book-service-new");
    add.setOnAction(e -> vm.startNew());
    Button save = new Button("Save service", new FontIcon(Material2MZ.SAVE));
    save.setId("book-service-save");
    save.disableProperty().bind(vm.dirtyBinding().not());
    save.setOnAction(e -> vm.save());
    Button retire = new Button();
    retire.setId("book-service-retire");
    retire
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.selectedProperty().get() != null && !vm.selectedProperty().get().active()
                        ? "Offer again"
                        : "Retire",
                vm.selectedProperty()));
    retire.setGraphic(new FontIcon(Material2AL.ARCHIVE));
    retire.disableProperty().bind(vm.selectedProperty().isNull());
    retire.setOnAction(e -> vm.toggleRetired());
    Label status = new Label();
    status.setId("book-services-status");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("text-muted");
    FlowPane buttons = new FlowPane(8, 8, add, save, retire);
    HBox actions = new HBox(12, buttons, status);
    actions.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(Forms.sectionLabel("Services"), list, form, actions);
  }

  private static String hex(Color c) {
    return String.format(
        "#%02X%02X%02X",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }

  /** A service as a colour swatch, its name and length; a retired one says so. */
  private static final class ServiceCell extends ListCell<BookableService> {
    @Override
    protected void updateItem(BookableService s, boolean empty) {
      super.updateItem(s, empty);
      if (empty || s == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Rectangle swatch = new Rectangle(14, 14, Color.web(s.colour()));
      swatch.setArcWidth(4);
      swatch.setArcHeight(4);
      setGraphic(swatch);
      setText(s.name() + " · " + s.usualMinutes() + " minutes" + (s.active() ? "" : " · retired"));
    }
  }
}
