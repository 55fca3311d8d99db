package org.knotwork.appointment.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The appointment book's rules on the Practice page: working hours a weekday, the gap kept between
 * appointments, the notice for a late cancellation and the practice's time zone.
 */
final class BookSettingsView extends VBox {
  private static final javafx.css.PseudoClass DANGER =
      javafx.css.PseudoClass.getPseudoClass("danger");
  private final List<BooleanProperty> touched = new ArrayList<>();

  BookSettingsView(BookSettingsViewModel vm) {
    super(12);
    setId("book-settings");
    Label hint =
        new Label(
            "Appointments are booked within these hours. Two spans on one day make a break, like"
                + " 09:00–12:30, 13:30–17:00. Leave a day empty when you do not work.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");

    GridPane days = new GridPane();
    days.setHgap(16);
    days.setVgap(6);
    ColumnConstraints name = new ColumnConstraints(110);
    ColumnConstraints field = new ColumnConstraints();
    field.setHgrow(Priority.ALWAYS);
    days.getColumnConstraints().addAll(name, field);
    // one line kept below the days for what is wrong with them: a message never moves a field
    Label hoursError = new Label(" ");
    hoursError.setId("book-hours-error");
    hoursError.getStyleClass().add("field-error");
    hoursError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    List<javafx.beans.binding.StringBinding> shown = new ArrayList<>();
    int row = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      String dayName = d.getDisplayName(TextStyle.FULL, Locale.UK);
      TextField hours = Forms.textField("Not a working day");
      hours.textProperty().bindBidirectional(vm.hoursProperty(d));
      hours.setId("book-hours-" + d.name().toLowerCase(Locale.ROOT));
      hours.setAccessibleText(dayName + " working hours");
      Label caption = new Label(dayName);
      caption.setLabelFor(hours);
      BooleanProperty left = new javafx.beans.property.SimpleBooleanProperty(false);
      hours.focusedProperty().addListener((o, was, is) -> left.set(left.get() || !is));
      touched.add(left);
      var problem = vm.hoursProblem(d);
      var visible =
          javafx.beans.binding.Bindings.createStringBinding(
              () -> left.get() ? problem.get() : null, left, problem);
      visible.addListener((o, was, now) -> hours.pseudoClassStateChanged(DANGER, now != null));
      shown.add(visible);
      days.add(caption, 0, row);
      days.add(hours, 1, row++);
    }
    hoursError
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    shown.stream()
                        .map(javafx.beans.binding.StringBinding::get)
                        .filter(t -> t != null)
                        .findFirst()
                        .orElse(" "),
                shown.toArray(javafx.beans.Observable[]::new)));
    days.add(hoursError, 1, row);

    TextField gap = Forms.textField("e.g. 15");
    gap.textProperty().bindBidirectional(vm.gapProperty());
    VBox gapField = Forms.field("Minutes kept between appointments", gap, "book-gap", true);
    touched.add(Forms.showErrorsInPlace(gapField, gap, vm.gapProblem()));
    TextField notice = Forms.textField("e.g. 24");
    notice.textProperty().bindBidirectional(vm.noticeProperty());
    VBox noticeField =
        Forms.field("Hours' notice before a cancellation is late", notice, "book-notice", true);
    touched.add(Forms.showErrorsInPlace(noticeField, notice, vm.noticeProblem()));
    GridPane numbers = Forms.grid();
    numbers.add(gapField, 0, 0);
    numbers.add(noticeField, 1, 0);

    List<String> zones = vm.zoneChoices().subList(1, vm.zoneChoices().size());
    ZoneField zone = new ZoneField(zones, vm::zonesMatching, vm.zoneLabel(""));
    zone.textProperty().bindBidirectional(vm.zoneProperty());
    VBox zoneField = Forms.field("The practice's time zone", zone, "book-zone", false);
    Label zoneHint =
        new Label(
            "Appointments keep their clock time in this zone, across the clock changes too. Type"
                + " a city to search, like “London” or “Toronto”; leave it empty for this"
                + " computer's zone.");
    zoneHint.setWrapText(true);
    zoneHint.getStyleClass().add("text-muted");
    touched.add(Forms.showErrorsInPlace(zoneField, zone, vm.zoneProblem()));
    zoneField.getChildren().add(zoneHint);

    Button save = new Button("Save the book's rules", new FontIcon(Material2MZ.SAVE));
    save.setId("book-settings-save");
    save.disableProperty().bind(vm.dirtyBinding().not());
    save.setOnAction(
        e -> {
          touched.forEach(t -> t.set(true));
          vm.save();
        });
    Label status = new Label();
    status.setId("book-settings-status");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    HBox saveRow = new HBox(12, save, status);
    saveRow.setAlignment(Pos.CENTER_LEFT);
    save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

    getChildren()
        .addAll(Forms.sectionLabel("Working hours"), hint, days, numbers, zoneField, saveRow);
  }
}
