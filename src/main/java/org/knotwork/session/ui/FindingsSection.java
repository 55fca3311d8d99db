package org.knotwork.session.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.body.Side;
import org.knotwork.session.ui.BodyChart.RegionHalf;

/**
 * O: the body chart beside the findings. Clicking (or pressing Enter on) a region adds or selects
 * its finding; regions with findings are shaded by pain before treatment.
 */
final class FindingsSection {
  private final SessionNoteViewModel vm;
  private final NoteFields fields;
  private final BodyChart chart = new BodyChart();
  private final FlowPane chips = new FlowPane(6, 6);
  private final StackPane editorHolder = new StackPane();
  private final ToggleGroup chipGroup = new ToggleGroup();

  FindingsSection(SessionNoteViewModel vm, NoteFields fields) {
    this.vm = vm;
    this.fields = fields;
  }

  VBox build() {
    chart.setId("body-chart");
    chart.setOnRegionChosen(vm::chooseRegion);
    chart.setMinWidth(280);
    chart.setPrefSize(300, 420);
    chart.setMaxSize(340, 440);
    vm.findings().addListener((javafx.collections.ListChangeListener<FindingModel>) c -> refresh());
    vm.selectedProperty().addListener((obs, old, now) -> refresh());
    vm.findings().forEach(this::watchPain);
    vm.findings()
        .addListener(
            (javafx.collections.ListChangeListener<FindingModel>)
                c -> {
                  while (c.next()) {
                    c.getAddedSubList().forEach(this::watchPain);
                  }
                });
    chips.setId("finding-chips");
    Label hint =
        new Label(
            "Click a region on the chart to record a finding for it (or Tab to it and press Enter).");
    hint.getStyleClass().addAll("text-muted", "text-small");
    hint.setWrapText(true);
    // Chart and findings side by side when there is room, one above the other when not.
    VBox right = new VBox(10, chips, hint, editorHolder);
    HBox.setHgrow(right, Priority.ALWAYS);
    VBox layout = new VBox(16);
    HBox wide = new HBox(20);
    wide.setAlignment(Pos.TOP_LEFT);
    layout
        .widthProperty()
        .addListener((obs, old, width) -> arrange(layout, wide, right, width.doubleValue()));
    arrange(layout, wide, right, 0);
    refresh();
    return NoteSections.section("O — Findings and treatment", null, layout);
  }

  private void arrange(VBox layout, HBox wide, VBox right, double width) {
    boolean sideBySide = width > 860;
    if (sideBySide && layout.getChildren().contains(wide)
        || !sideBySide && layout.getChildren().contains(chart)) {
      return;
    }
    wide.getChildren().clear();
    layout.getChildren().clear();
    if (sideBySide) {
      wide.getChildren().addAll(chart, right);
      layout.getChildren().add(wide);
    } else {
      layout.getChildren().addAll(chart, right);
    }
  }

  private void watchPain(FindingModel f) {
    f.painBeforeProperty().addListener((obs, old, now) -> shadeChart());
    f.sideProperty().addListener((obs, old, now) -> refresh());
  }

  private void refresh() {
    chips.getChildren().clear();
    for (FindingModel f : vm.findings()) {
      ToggleButton chip = new ToggleButton(f.label());
      chip.setId(
          "finding-chip-" + f.region().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      chip.setToggleGroup(chipGroup);
      chip.setSelected(f == vm.selectedProperty().get());
      chip.setOnAction(e -> vm.selectedProperty().set(f));
      chip.getStyleClass().add("finding-chip");
      chips.getChildren().add(chip);
    }
    FindingModel selected = vm.selectedProperty().get();
    editorHolder
        .getChildren()
        .setAll(selected == null ? new Label() : new FindingEditor(vm, selected, fields));
    chart.setSelected(selected == null ? null : halfOf(selected));
    shadeChart();
  }

  private void shadeChart() {
    Map<RegionHalf, Integer> pain = new HashMap<>();
    for (FindingModel f : vm.findings()) {
      Integer value = f.painBeforeProperty().get();
      if (value == null) {
        continue; // pain not recorded: no number, no shade (not "0")
      }
      Side side = f.sideProperty().get();
      if (side != Side.RIGHT) {
        pain.merge(new RegionHalf(f.region(), Side.LEFT), value, Math::max);
      }
      if (side != Side.LEFT) {
        pain.merge(new RegionHalf(f.region(), Side.RIGHT), value, Math::max);
      }
    }
    chart.setPain(pain);
  }

  private static RegionHalf halfOf(FindingModel f) {
    return new RegionHalf(f.region(), f.sideProperty().get() == Side.LEFT ? Side.LEFT : Side.RIGHT);
  }
}
