package org.knotwork.practice.ui;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.practice.PaperSize;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: the letterhead printed on plans and handouts, and the paper size. */
public final class LetterheadView extends VBox {
  public LetterheadView(LetterheadViewModel vm) {
    super(12);
    setId("letterhead-settings");
    Label hint =
        new Label(
            "Printed at the top of every treatment plan and handout, under the practice's name.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");

    TextArea address = Forms.textArea(3, "Street, town, postcode");
    address.textProperty().bindBidirectional(vm.addressProperty());
    TextField phone = Forms.textField("e.g. 01632 960 123");
    phone.textProperty().bindBidirectional(vm.phoneProperty());
    TextField email = Forms.textField("e.g. hello@harbourmassage.example");
    email.textProperty().bindBidirectional(vm.emailProperty());
    ComboBox<PaperSize> paper = new ComboBox<>();
    paper.getItems().setAll(PaperSize.values());
    EnumCells.labelled(paper, PaperSize::label, "");
    paper.valueProperty().bindBidirectional(vm.paperProperty());

    GridPane grid = Forms.grid();
    grid.add(Forms.field("Address", address, "letterhead-address", false), 0, 0, 1, 2);
    grid.add(Forms.field("Phone", phone, "letterhead-phone", false), 1, 0);
    VBox emailField = Forms.field("Email", email, "letterhead-email", false);
    Forms.showErrors(
        emailField,
        email,
        Bindings.createStringBinding(
            () -> vm.problemsProperty().get().get("email"), vm.problemsProperty()));
    grid.add(emailField, 1, 1);
    grid.add(Forms.field("Paper size", paper, "letterhead-paper", false), 0, 2);

    ImageView preview = new ImageView();
    preview.setFitHeight(56);
    preview.setFitWidth(160);
    preview.setPreserveRatio(true);
    Label noLogo = new Label("No logo");
    noLogo.getStyleClass().add("text-muted");
    vm.logoProperty()
        .addListener(
            (o, a, bytes) -> {
              preview.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes)));
              noLogo.setVisible(bytes == null);
            });
    noLogo.managedProperty().bind(noLogo.visibleProperty());
    Button choose = new Button("Choose logo…", new FontIcon(Material2AL.IMAGE));
    choose.setId("letterhead-logo");
    choose.setOnAction(e -> vm.chooseLogoFile());
    Button remove = new Button("Remove", new FontIcon(Material2AL.DELETE_OUTLINE));
    remove.disableProperty().bind(vm.logoProperty().isNull());
    remove.setOnAction(e -> vm.removeLogo());
    HBox logoRow = new HBox(10, noLogo, preview, choose, remove);
    logoRow.setAlignment(Pos.CENTER_LEFT);

    Button save = new Button("Save letterhead", new FontIcon(Material2MZ.SAVE));
    save.setId("letterhead-save");
    save.setOnAction(e -> vm.save());
    Label status = new Label();
    status.setId("letterhead-status");
    status.textProperty().bind(vm.statusProperty());
    HBox saveRow = new HBox(10, save, status);
    saveRow.setAlignment(Pos.CENTER_LEFT);

    getChildren()
        .addAll(
            Forms.sectionTitle("Letterhead and printing"),
            hint,
            grid,
            Forms.group("Logo (PNG or JPEG, up to 1 MB)", logoRow),
            saveRow);
  }
}
