package org.knotwork.history.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.body.BackRegion;
import org.knotwork.history.EntryKind;
import org.knotwork.history.TimelineEntry;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The History tab: filters, the pain trend chart, and the timeline below it. */
public final class HistoryView extends BorderPane {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  public HistoryView(HistoryViewModel vm, Consumer<TimelineEntry> openEntry) {
    setId("history");
    ComboBox<BackRegion> region = new ComboBox<>();
    region.getItems().add(null);
    region.getItems().addAll(BackRegion.values());
    EnumCells.labelled(region, BackRegion::label, "All regions");
    region.valueProperty().bindBidirectional(vm.regionProperty());
    region.setId("history-region");
    region.setPrefWidth(170);
    ComboBox<EntryKind> kind = new ComboBox<>();
    kind.getItems().add(null);
    kind.getItems().addAll(EntryKind.values());
    EnumCells.labelled(kind, EntryKind::label, "All entries");
    kind.valueProperty().bindBidirectional(vm.kindProperty());
    kind.setId("history-kind");
    kind.setPrefWidth(170);
    DatePicker from = Forms.datePicker();
    from.valueProperty().bindBidirectional(vm.fromProperty());
    DatePicker to = Forms.datePicker();
    to.valueProperty().bindBidirectional(vm.toProperty());
    from.setPromptText("From");
    from.setPrefWidth(150);
    to.setPrefWidth(150);
    to.setPromptText("To");
    Button clear = new Button("Clear filters", new FontIcon(Material2AL.CLEAR_ALL));
    clear.setMinWidth(Button.USE_PREF_SIZE);
    clear.setOnAction(
        e -> {
          vm.regionProperty().set(null);
          vm.kindProperty().set(null);
          vm.fromProperty().set(null);
          vm.toProperty().set(null);
        });
    // What to show, then when: side by side where there is room, the dates under it where not.
    HBox what =
        new HBox(
            10,
            Forms.field("Region", region, "history-region", false),
            Forms.field("Show", kind, "history-kind", false));
    what.setAlignment(Pos.BOTTOM_LEFT);
    HBox when =
        new HBox(
            10,
            Forms.field("From", from, "history-from", false),
            Forms.field("To", to, "history-to", false),
            clear);
    when.setAlignment(Pos.BOTTOM_LEFT);
    for (javafx.scene.control.Control c : List.of(region, kind, from, to)) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(10, 10, what, when);
    filters.setRowValignment(javafx.geometry.VPos.BOTTOM);

    PainTrendChart chart = new PainTrendChart();
    Label chartTitle = new Label();
    chartTitle.getStyleClass().add("title-4");
    Runnable redraw =
        () -> {
          boolean overall = vm.regionProperty().get() == null;
          chartTitle.setText(
              overall
                  ? "Pain the client reported, per session"
                  : vm.regionProperty().get().label() + ": pain before and after treatment");
          chart.show(vm.trend(), overall);
        };
    vm.trend().addListener((javafx.collections.ListChangeListener<Object>) c -> redraw.run());
    redraw.run();
    Label noTrend = new Label("No pain scores recorded for this selection yet.");
    noTrend.getStyleClass().add("text-muted");
    noTrend.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.trend()));
    noTrend.managedProperty().bind(noTrend.visibleProperty());

    ListView<TimelineEntry> timeline = new ListView<>(vm.timeline());
    timeline.setId("timeline");
    timeline.setCellFactory(v -> new EntryCell());
    Label empty = new Label("Nothing matches these filters.");
    empty.getStyleClass().add("empty-state");
    timeline.setPlaceholder(empty);
    timeline.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            open(timeline, openEntry);
          }
        });
    timeline.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open(timeline, openEntry);
          }
        });
    timeline.setPrefHeight(320);
    VBox.setVgrow(timeline, Priority.ALWAYS);
    Label hint = new Label("Double-click an entry (or press Enter) to open its note.");
    hint.getStyleClass().addAll("text-muted", "text-small");
    hint.setWrapText(true);
    // The chart and the timeline side by side, each the full height below the filters: the
    // timeline shows a dozen entries at 1280×800, and the chart names every step of the scale.
    chartTitle.setWrapText(true);
    VBox.setVgrow(chart, Priority.ALWAYS);
    VBox trend = new VBox(8, chartTitle, chart, noTrend);
    VBox story = new VBox(8, Forms.sectionTitle("Timeline"), hint, timeline);
    HBox.setHgrow(trend, Priority.ALWAYS);
    HBox.setHgrow(story, Priority.ALWAYS);
    trend.setPrefWidth(420);
    story.setPrefWidth(380);
    story.setMinWidth(280);
    HBox columns = new HBox(20, trend, story);
    VBox.setVgrow(columns, Priority.ALWAYS);
    VBox content = new VBox(12, filters, columns);
    content.setPadding(new Insets(16, 24, 16, 24));
    setCenter(content);
  }

  private static void open(ListView<TimelineEntry> timeline, Consumer<TimelineEntry> openEntry) {
    TimelineEntry e = timeline.getSelectionModel().getSelectedItem();
    if (e != null) {
      openEntry.accept(e);
    }
  }

  /** Kind icon, date, title and detail; a cancelled appointment struck through. */
  private static final class EntryCell extends ListCell<TimelineEntry> {
    /** The style class that strikes a cancelled appointment's text through. */
    static final String STRUCK = "struck-through";

    private final Label date = new Label();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox text = new VBox(2, date, title, detail);

    EntryCell() {
      // As wide as the list and no wider: long titles and details wrap instead of scrolling.
      setPrefWidth(0);
      date.getStyleClass().addAll("text-muted", "text-small");
      title.getStyleClass().add("client-cell-name");
      title.setWrapText(true);
      detail.setWrapText(true);
      detail.getStyleClass().add("text-small");
      HBox.setHgrow(text, Priority.ALWAYS);
      text.setMinWidth(0);
    }

    @Override
    protected void updateItem(TimelineEntry e, boolean empty) {
      super.updateItem(e, empty);
      if (empty || e == null) {
        setGraphic(null);
        return;
      }
      date.setText(DAY.format(e.at()));
      title.setText(e.title());
      detail.setText(e.detail());
      FontIcon icon =
          new FontIcon(
              switch (e.kind()) {
                case SESSION -> Material2AL.EVENT_NOTE;
                case ADDENDUM -> Material2MZ.NOTE_ADD;
                case RED_FLAG -> e.urgent() ? Material2MZ.REPORT : Material2MZ.WARNING;
                case REFERRAL -> Material2MZ.SEND;
                case MEASURE -> Material2AL.INSERT_CHART_OUTLINED;
                case PLAN -> Material2AL.ASSIGNMENT;
                case APPOINTMENT ->
                    e.cancelled() || e.title().startsWith("No-show")
                        ? Material2AL.EVENT_BUSY
                        : Material2AL.EVENT_AVAILABLE;
              });
      icon.getStyleClass()
          .add(e.kind() == EntryKind.RED_FLAG && e.urgent() ? "icon-danger" : "icon-muted");
      HBox row = new HBox(12, icon, text);
      row.setAlignment(Pos.TOP_LEFT);
      setGraphic(row);
      getStyleClass().removeAll("timeline-urgent");
      if (e.urgent()) {
        getStyleClass().add("timeline-urgent");
      }
      // a cancelled appointment is kept and shown struck through, never left out
      for (Label l : List.of(title, detail)) {
        l.getStyleClass().remove(STRUCK);
        if (e.cancelled()) {
          l.getStyleClass().add(STRUCK);
        }
      }
      setAccessibleText(
          date.getText() + ", " + e.kind().label() + ", " + e.title() + ". " + e.detail());
    }
  }
}
