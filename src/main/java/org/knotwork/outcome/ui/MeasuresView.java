package org.knotwork.outcome.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Measures tab: the chosen instrument's chart, the entries, and a form to record a new one. */
public final class MeasuresView extends ScrollPane {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public MeasuresView(MeasuresViewModel vm) {
    setId("measures");
    setFitToWidth(true);
    ComboBox<Instrument> instrument = new ComboBox<>(vm.instruments());
    EnumCells.labelled(instrument, Instrument::name, "Choose a measure");
    instrument.valueProperty().bindBidirectional(vm.instrumentProperty());
    Label about = new Label();
    about.setWrapText(true);
    about.getStyleClass().addAll("text-muted", "text-small");
    about
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.instrumentProperty().get() == null
                        ? ""
                        : vm.instrumentProperty().get().sourceNote(),
                vm.instrumentProperty()));

    MeasureChart chart = new MeasureChart();
    Label noData = new Label();
    noData.getStyleClass().add("text-muted");
    Label direction = new Label();
    direction.getStyleClass().addAll("text-muted", "text-small");
    Runnable redraw =
        () -> {
          var chosen = vm.instrumentProperty().get();
          var points = vm.chartEntries();
          chart.show(chosen, points);
          chart.setVisible(!points.isEmpty());
          chart.setManaged(!points.isEmpty());
          noData.setText(
              chosen == null ? "" : "No " + chosen.name() + " recorded for this client yet.");
          noData.setVisible(points.isEmpty());
          noData.setManaged(points.isEmpty());
          direction.setText(
              chosen == null
                  ? ""
                  : chosen.higherIsBetter()
                      ? "Higher is better."
                      : "Lower is better; the chart is drawn so that an improvement goes up.");
        };
    vm.entries()
        .addListener((javafx.collections.ListChangeListener<OutcomeEntry>) c -> redraw.run());
    vm.instrumentProperty().addListener((obs, old, now) -> redraw.run());

    VBox page =
        new VBox(
            16,
            Forms.field("Measure", instrument, "measure-instrument", false),
            about,
            direction,
            chart,
            noData,
            form(vm),
            Forms.sectionTitle("Recorded"),
            entries(vm));
    page.setPadding(new Insets(16, 24, 24, 24));
    setContent(page);
  }

  private static VBox form(MeasuresViewModel vm) {
    DatePicker date = Forms.datePicker();
    date.valueProperty().bindBidirectional(vm.takenOnProperty());
    TextField score = Forms.textField("Form total");
    score.textProperty().bindBidirectional(vm.scoreProperty());
    VBox scoreField = Forms.field("Score", score, "measure-score", true);
    scoreField.visibleProperty().bind(vm.psfsBinding().not());
    scoreField.managedProperty().bind(scoreField.visibleProperty());

    GridPane items = new GridPane();
    items.setHgap(10);
    items.setVgap(6);
    items.add(Forms.sectionLabel("Activity the client finds hard"), 0, 0);
    items.add(Forms.sectionLabel("0 = unable … 10 = as before"), 1, 0);
    for (int i = 0; i < MeasuresViewModel.PSFS_ROWS; i++) {
      TextField activity = Forms.textField(i == 0 ? "e.g. Sitting through a work day" : "");
      activity.setId("psfs-activity-" + i);
      activity.setAccessibleText("Activity " + (i + 1));
      activity.textProperty().bindBidirectional(vm.activities().get(i));
      GridPane.setHgrow(activity, Priority.ALWAYS);
      Spinner<Integer> rating = Forms.spinner(0, 10, 5, 1);
      rating.setPrefWidth(90);
      rating.setId("psfs-rating-" + i);
      rating.setAccessibleText("Rating of activity " + (i + 1));
      var ratingValue = vm.ratings().get(i);
      rating.valueProperty().addListener((o, a, b) -> ratingValue.set(b));
      ratingValue.addListener(
          (o, a, b) -> {
            if (b == null) {
              rating.getValueFactory().setValue(5);
            }
          });
      activity
          .textProperty()
          .addListener(
              (o, a, b) -> {
                if (!b.isBlank() && ratingValue.get() == null) {
                  ratingValue.set(rating.getValue());
                }
              });
      items.addRow(i + 1, activity, rating);
    }
    VBox psfs = new VBox(6, items);
    psfs.visibleProperty().bind(vm.psfsBinding());
    psfs.managedProperty().bind(psfs.visibleProperty());

    TextField note = Forms.textField("Optional");
    note.textProperty().bindBidirectional(vm.noteProperty());
    Button record = new Button("Record measure", new FontIcon(Material2AL.ADD));
    record.setId("measure-record");
    record.getStyleClass().add("accent");
    record.setOnAction(e -> vm.record());
    HBox row =
        new HBox(
            12,
            Forms.field("Date filled in", date, "measure-date", true),
            scoreField,
            Forms.field("Note", note, "measure-note", false));
    row.setAlignment(Pos.BOTTOM_LEFT);
    VBox box = new VBox(10, Forms.sectionTitle("Record a measure"), row, psfs, record);
    box.getStyleClass().add("finding-editor");
    return box;
  }

  private static ListView<OutcomeEntry> entries(MeasuresViewModel vm) {
    ListView<OutcomeEntry> list = new ListView<>(vm.entries());
    list.setId("measure-entries");
    list.setPrefHeight(240);
    Label empty = new Label("No measures recorded yet.");
    empty.getStyleClass().add("empty-state");
    list.setPlaceholder(empty);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(OutcomeEntry e, boolean isEmpty) {
                super.updateItem(e, isEmpty);
                if (isEmpty || e == null) {
                  setGraphic(null);
                  return;
                }
                Label date = new Label(DAY.format(e.takenOn()));
                date.setMinWidth(100);
                date.getStyleClass().add("text-muted");
                Label name = new Label(e.instrument().name());
                name.getStyleClass().add("client-cell-name");
                Label value = new Label(e.instrument().format(e.score()));
                Label detail =
                    new Label(
                        e.items().isEmpty()
                            ? (e.note() == null ? "" : e.note())
                            : String.join(
                                "; ",
                                e.items().stream()
                                    .map(i -> i.activity() + " " + i.score())
                                    .toList()));
                detail.getStyleClass().addAll("text-muted", "text-small");
                detail.setWrapText(true);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                remove.getStyleClass().add("flat");
                remove.setAccessibleText("Remove this measure");
                remove.setOnAction(a -> vm.delete(e));
                HBox row =
                    new HBox(
                        12, date, new VBox(2, new HBox(10, name, value), detail), spacer, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
              }
            });
    return list;
  }
}
