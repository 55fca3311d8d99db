package org.knotwork.calendar.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.knotwork.calendar.CalendarFileSettings;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Settings: the calendar file for the therapist's phone (decision 0034). */
public final class CalendarFileView extends VBox {
  public CalendarFileView(CalendarFileViewModel vm) {
    super(10);
    setId("calendar-file-settings");
    Label hint =
        new Label(
            "Knotwork can keep your appointments in a calendar file ("
                + CalendarFileSettings.FILE_NAME
                + ") in a folder you choose — a folder your sync program also keeps on your phone —"
                + " and write it again after every change. Subscribe to it in your phone's"
                + " calendar. It shows each client's initials and the service only, never notes;"
                + " cancelled appointments are left out.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");

    Label folder = new Label();
    folder.setId("calendar-file-folder");
    folder.setWrapText(true);
    folder
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.folderProperty().get() == null
                        ? "Folder: none chosen"
                        : "Folder: " + vm.folderProperty().get(),
                vm.folderProperty()));

    Button choose = new Button("Choose folder…", new FontIcon(Material2AL.FOLDER_OPEN));
    choose.setId("calendar-file-choose");
    choose.setOnAction(e -> vm.chooseFolder());
    Button write = new Button("Write now", new FontIcon(Material2MZ.REFRESH));
    write.setId("calendar-file-write");
    write.setTooltip(new Tooltip("Write the calendar file again now"));
    write.setOnAction(e -> vm.writeNow());
    Button stop = new Button("Stop keeping the file", new FontIcon(Material2AL.CLOSE));
    stop.setId("calendar-file-stop");
    stop.setTooltip(new Tooltip("Keep no calendar file; the one already written stays"));
    stop.setOnAction(e -> vm.stopKeeping());
    var noFolder = vm.folderProperty().isNull();
    write.disableProperty().bind(noFolder.or(vm.busyProperty()));
    stop.disableProperty().bind(noFolder.or(vm.busyProperty()));
    choose.disableProperty().bind(vm.busyProperty());
    FlowPane buttons = new FlowPane(8, 8, choose, write, stop);
    buttons.setAlignment(Pos.CENTER_LEFT);

    CheckBox fullNames = new CheckBox("Show full names (and the addresses of home visits)");
    fullNames.setId("calendar-file-full-names");
    fullNames.setAccessibleText("Show clients' full names in the calendar file");
    fullNames.selectedProperty().bindBidirectional(vm.fullNamesProperty());
    fullNames.disableProperty().bind(noFolder.or(vm.busyProperty()));
    Label fullNamesHint =
        new Label(
            "Only if you are sure who can see the folder and your phone: the file then names your"
                + " clients.");
    fullNamesHint.setWrapText(true);
    fullNamesHint.getStyleClass().add("text-muted");

    Label status = new Label();
    status.setId("calendar-file-status");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status
        .styleProperty()
        .bind(Bindings.when(vm.problemProperty()).then("-fx-font-weight: bold;").otherwise(""));
    vm.problemProperty()
        .addListener(
            (o, was, now) -> {
              status.getStyleClass().removeAll("caution-text", "text-muted");
              status.getStyleClass().add(now ? "caution-text" : "text-muted");
            });
    status.getStyleClass().add("text-muted");

    getChildren()
        .addAll(
            Forms.sectionTitle("Calendar file"),
            hint,
            folder,
            buttons,
            fullNames,
            fullNamesHint,
            status);
  }
}
