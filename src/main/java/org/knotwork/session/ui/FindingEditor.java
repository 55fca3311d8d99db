package org.knotwork.session.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.knotwork.body.Side;
import org.knotwork.client.PressurePreference;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.TreatmentCautions;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.knotwork.ui.PainScale;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Everything recorded for one region and side: findings, techniques with their cautions, pain
 * after.
 */
final class FindingEditor extends VBox {
  private static final String[] TENDERNESS = {"0", "I", "II", "III", "IV"};

  FindingEditor(SessionNoteViewModel vm, FindingModel finding, NoteFields fields) {
    setSpacing(12);
    getStyleClass().add("finding-editor");
    setId("finding-editor");

    Label title = new Label();
    title.getStyleClass().add("title-4");
    title.textProperty().bind(Bindings.createStringBinding(finding::label, finding.sideProperty()));
    ComboBox<Side> side = new ComboBox<>();
    side.getItems().setAll(Side.values());
    EnumCells.labelled(
        side,
        s ->
            switch (s) {
              case LEFT -> "Left";
              case RIGHT -> "Right";
              case BILATERAL -> "Bilateral";
              case LEFT_GREATER -> "Both, left worse (L>R)";
              case RIGHT_GREATER -> "Both, right worse (R>L)";
            },
        "Side");
    side.setId("finding-side");
    side.setAccessibleText("Side");
    side.valueProperty().bindBidirectional(finding.sideProperty());
    Label carried = new Label("Carried over from last note — check and change");
    carried.getStyleClass().add("carried-over-tag");
    carried.visibleProperty().bind(finding.carriedOverProperty());
    carried.managedProperty().bind(carried.visibleProperty());
    Button stillTrue = new Button("Still true today");
    stillTrue.setId("finding-still-true");
    stillTrue.setTooltip(
        new javafx.scene.control.Tooltip(
            "Keep what was copied from the last note as today's finding, unchanged"));
    stillTrue.visibleProperty().bind(finding.carriedOverProperty());
    stillTrue.managedProperty().bind(stillTrue.visibleProperty());
    stillTrue.setOnAction(e -> finding.confirmCarriedOver());
    Button remove = new Button("Remove", new FontIcon(Material2AL.DELETE_OUTLINE));
    remove.setId("finding-remove");
    remove.setOnAction(e -> vm.removeFinding(finding));
    title.setMinWidth(USE_PREF_SIZE);
    side.setMinWidth(USE_PREF_SIZE);
    remove.setMinWidth(USE_PREF_SIZE);
    // Wraps in a narrow window rather than cutting the region's name or the Remove button.
    FlowPane header = new FlowPane(10, 8, title, side, remove, carried, stillTrue);
    header.setAlignment(Pos.CENTER_LEFT);

    PainScale before = new PainScale("finding-pain-before", "Pain before treatment");
    before.setId("finding-pain-before");
    before.valueProperty().bindBidirectional(finding.painBeforeProperty());
    PainScale after = new PainScale("finding-pain-after", "Pain after treatment");
    after.setId("finding-pain-after");
    after.valueProperty().bindBidirectional(finding.painAfterProperty());

    Label grades = new Label("0 none – IV withdraws from touch");
    grades.getStyleClass().addAll("text-muted", "text-small");
    grades.setWrapText(true);
    VBox tenderness = new VBox(4, tenderness(finding), grades);
    tenderness.setMaxWidth(320);
    // Side by side where there is room, one below the other where there is not.
    FlowPane toneAndTenderness =
        new FlowPane(
            24, 12, Forms.group("Tone", tone(finding)), Forms.group("Tenderness", tenderness));
    CheckBox active = check("Active trigger points", "finding-tp-active");
    active.selectedProperty().bindBidirectional(finding.triggerActiveProperty());
    CheckBox latent = check("Latent trigger points", "finding-tp-latent");
    latent.selectedProperty().bindBidirectional(finding.triggerLatentProperty());
    CheckBox adhesions = check("Adhesions", "finding-adhesions");
    adhesions.selectedProperty().bindBidirectional(finding.adhesionsProperty());
    FlowPane checks = new FlowPane(18, 8, active, latent, adhesions);
    VBox grid =
        new VBox(
            12,
            Forms.group("Pain before treatment", before),
            toneAndTenderness,
            checks,
            Forms.field(
                "Range of motion",
                fields.text(
                    finding.romNotesProperty(),
                    "finding-rom",
                    "Range of motion",
                    "e.g. rotation L limited"),
                "finding-rom",
                false),
            Forms.field(
                "Observations",
                fields.text(
                    finding.observationsProperty(),
                    "finding-observations",
                    "Observations",
                    "Posture, guarding, skin…"),
                "finding-observations",
                false));

    getChildren()
        .addAll(
            header,
            grid,
            new TreatmentList(vm, finding).build(),
            Forms.group("A — Pain after treatment", after));
  }

  private static SegmentedButton tone(FindingModel finding) {
    SegmentedButton buttons = new SegmentedButton();
    for (Tone t : Tone.values()) {
      ToggleButton b = new ToggleButton(t.label());
      b.setMinWidth(USE_PREF_SIZE);
      b.setId("finding-tone-" + t.name().toLowerCase(Locale.ROOT));
      b.setUserData(t);
      buttons.getButtons().add(b);
    }
    sync(buttons, finding.toneProperty());
    return buttons;
  }

  private static SegmentedButton tenderness(FindingModel finding) {
    SegmentedButton buttons = new SegmentedButton();
    for (int i = 0; i < TENDERNESS.length; i++) {
      ToggleButton b = new ToggleButton(TENDERNESS[i]);
      b.setId("finding-tenderness-" + i);
      b.setAccessibleText("Tenderness grade " + TENDERNESS[i]);
      b.setUserData(i);
      buttons.getButtons().add(b);
    }
    sync(buttons, finding.tendernessProperty());
    return buttons;
  }

  private static <T> void sync(
      SegmentedButton buttons, javafx.beans.property.ObjectProperty<T> value) {
    Runnable show =
        () ->
            buttons
                .getButtons()
                .forEach(
                    b -> b.setSelected(java.util.Objects.equals(b.getUserData(), value.get())));
    show.run();
    value.addListener((obs, old, now) -> show.run());
    buttons
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              @SuppressWarnings("unchecked")
              T picked = now == null ? null : (T) now.getUserData();
              if (!java.util.Objects.equals(picked, value.get())) {
                value.set(picked);
              }
            });
  }

  private static CheckBox check(String label, String id) {
    CheckBox box = new CheckBox(label);
    box.setId(id);
    return box;
  }

  /** The techniques given to this region, with their cautions beside them. */
  private static final class TreatmentList {
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    private record Line(TreatmentCautions.Caution caution, Label label) {}

    private final SessionNoteViewModel vm;
    private final FindingModel finding;
    private final VBox rows = new VBox(6);

    TreatmentList(SessionNoteViewModel vm, FindingModel finding) {
      this.vm = vm;
      this.finding = finding;
    }

    VBox build() {
      // One line per caution that can apply here, there from the start: a caution that starts to
      // apply (deep work chosen) changes colour and icon but takes no new room, so the technique
      // row below does not move under the pointer.
      VBox cautions = new VBox(4);
      cautions.setId("finding-cautions");
      List<Line> lines = new ArrayList<>();
      for (TreatmentCautions.Caution c : vm.possibleCautionsFor(finding)) {
        Label label = new Label(c.text());
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        label.getStyleClass().add("caution-text");
        label.setMaxWidth(Double.MAX_VALUE);
        cautions.getChildren().add(label);
        lines.add(new Line(c, label));
      }
      cautions.setVisible(!lines.isEmpty());
      cautions.setManaged(!lines.isEmpty());
      Runnable showCautions =
          () -> {
            List<String> active = vm.cautionsFor(finding);
            for (Line line : lines) {
              boolean on = active.contains(line.caution().text());
              line.label().pseudoClassStateChanged(INACTIVE, !on);
              line.label().setGraphic(new FontIcon(on ? Material2MZ.WARNING : Material2AL.INFO));
              line.label().setTooltip(on ? null : new Tooltip(line.caution().when()));
              line.label()
                  .setAccessibleText(
                      (on ? "Caution: " : line.caution().when() + ": ") + line.caution().text());
            }
          };
      Runnable rebuild =
          () -> {
            showCautions.run();
            rows.getChildren().setAll(finding.treatments().stream().map(this::row).toList());
          };
      rebuild.run();
      // Rows are rebuilt only when a technique is added or removed, never while one is changed.
      finding
          .treatments()
          .addListener((javafx.collections.ListChangeListener<TreatmentModel>) c -> rebuild.run());
      finding.treatments().forEach(t -> watch(t, showCautions));
      Button add = new Button("Add technique", new FontIcon(Material2AL.ADD));
      add.setId("finding-add-technique");
      add.setOnAction(
          e -> {
            TreatmentModel t = finding.addTreatment(vm.client().pressurePreference());
            watch(t, showCautions);
            showCautions.run();
          });
      // A red flag that means no massage today: no technique can be added or changed; one added
      // before can still be removed.
      add.disableProperty().bind(vm.noTreatmentBinding());
      Label stopped = new Label("No treatment today (red flag answered yes).");
      stopped.setId("finding-no-treatment");
      stopped.setGraphic(new FontIcon(Material2MZ.REPORT));
      stopped.getStyleClass().add("red-flag-alert");
      stopped.setWrapText(true);
      stopped.visibleProperty().bind(vm.noTreatmentBinding());
      stopped.managedProperty().bind(stopped.visibleProperty());
      return new VBox(8, Forms.sectionLabel("Treatment"), stopped, cautions, rows, add);
    }

    private static void watch(TreatmentModel t, Runnable showCautions) {
      t.techniqueProperty().addListener((o, a, b) -> showCautions.run());
      t.pressureProperty().addListener((o, a, b) -> showCautions.run());
    }

    private FlowPane row(TreatmentModel t) {
      int index = finding.treatments().indexOf(t);
      ComboBox<Technique> technique = new ComboBox<>();
      technique.getItems().setAll(Technique.values());
      EnumCells.labelled(technique, Technique::label, "Technique");
      technique.valueProperty().bindBidirectional(t.techniqueProperty());
      technique.setId("treatment-technique-" + index);
      technique.setAccessibleText("Technique");
      ComboBox<PressurePreference> pressure = new ComboBox<>();
      pressure.getItems().setAll(PressurePreference.values());
      EnumCells.labelled(pressure, PressurePreference::label, "Pressure");
      pressure.valueProperty().bindBidirectional(t.pressureProperty());
      pressure.setId("treatment-pressure-" + index);
      pressure.setAccessibleText("Pressure");
      Spinner<Integer> minutes =
          Forms.spinner(
              1, 240, t.minutesProperty().get() == null ? 10 : t.minutesProperty().get(), 5);
      minutes.setPrefWidth(90);
      minutes.setId("treatment-minutes-" + index);
      minutes.setAccessibleText("Minutes");
      minutes.valueProperty().addListener((o, a, b) -> t.minutesProperty().set(b));
      Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
      remove.setAccessibleText("Remove technique");
      remove.getStyleClass().add("flat");
      remove.setOnAction(e -> finding.removeTreatment(t));
      HBox time = new HBox(8, minutes, new Label("min"), remove);
      time.setAlignment(Pos.CENTER_LEFT);
      technique.disableProperty().bind(vm.noTreatmentBinding());
      pressure.disableProperty().bind(vm.noTreatmentBinding());
      minutes.disableProperty().bind(vm.noTreatmentBinding());
      FlowPane row = new FlowPane(8, 6, technique, pressure, time, techniqueCaution(t, index));
      row.setAlignment(Pos.CENTER_LEFT);
      return row;
    }

    /**
     * A caution mark beside the technique when this technique (hot stones, stretching, deep work)
     * raises one for this client; its room is kept when there is none, so nothing moves.
     */
    private Label techniqueCaution(TreatmentModel t, int index) {
      Label mark = new Label("Caution", new FontIcon(Material2MZ.WARNING));
      mark.setId("treatment-caution-" + index);
      mark.getStyleClass().add("caution-text");
      mark.setMinWidth(USE_PREF_SIZE);
      Runnable show =
          () -> {
            List<String> cautions = vm.cautionsFor(finding, t);
            mark.setVisible(!cautions.isEmpty());
            mark.setTooltip(cautions.isEmpty() ? null : new Tooltip(String.join("\n", cautions)));
            mark.setAccessibleText(
                cautions.isEmpty()
                    ? null
                    : "Caution for "
                        + t.toTreatment().technique().label()
                        + ": "
                        + String.join(" ", cautions));
          };
      show.run();
      t.techniqueProperty().addListener((o, a, b) -> show.run());
      t.pressureProperty().addListener((o, a, b) -> show.run());
      return mark;
    }
  }
}
