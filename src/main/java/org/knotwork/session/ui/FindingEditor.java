package org.knotwork.session.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.knotwork.body.Side;
import org.knotwork.client.PressurePreference;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
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
    Button remove = new Button("Remove", new FontIcon(Material2AL.DELETE_OUTLINE));
    remove.setId("finding-remove");
    remove.setOnAction(e -> vm.removeFinding(finding));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(10, title, side, carried, spacer, remove);
    header.setAlignment(Pos.CENTER_LEFT);

    PainScale before = new PainScale("finding-pain-before", "Pain before treatment");
    before.setId("finding-pain-before");
    before.valueProperty().bindBidirectional(finding.painBeforeProperty());
    PainScale after = new PainScale("finding-pain-after", "Pain after treatment");
    after.setId("finding-pain-after");
    after.valueProperty().bindBidirectional(finding.painAfterProperty());

    GridPane grid = Forms.grid();
    grid.add(Forms.group("Pain before treatment", before), 0, 0, 2, 1);
    grid.addRow(
        1,
        Forms.group("Tone", tone(finding)),
        Forms.group("Tenderness (0 none – IV withdraws from touch)", tenderness(finding)));
    CheckBox active = check("Active trigger points", "finding-tp-active");
    active.selectedProperty().bindBidirectional(finding.triggerActiveProperty());
    CheckBox latent = check("Latent trigger points", "finding-tp-latent");
    latent.selectedProperty().bindBidirectional(finding.triggerLatentProperty());
    CheckBox adhesions = check("Adhesions", "finding-adhesions");
    adhesions.selectedProperty().bindBidirectional(finding.adhesionsProperty());
    grid.add(new HBox(18, active, latent, adhesions), 0, 2, 2, 1);
    grid.addRow(
        3,
        Forms.field(
            "Range of motion",
            fields.text(
                finding.romNotesProperty(),
                "finding-rom",
                "Range of motion",
                "e.g. rotation L limited, end-range pain"),
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
    private final SessionNoteViewModel vm;
    private final FindingModel finding;
    private final VBox rows = new VBox(6);

    TreatmentList(SessionNoteViewModel vm, FindingModel finding) {
      this.vm = vm;
      this.finding = finding;
    }

    VBox build() {
      Label cautions = new Label();
      cautions.setId("finding-cautions");
      cautions.setWrapText(true);
      cautions.setGraphic(new FontIcon(Material2MZ.WARNING));
      cautions.getStyleClass().add("caution-text");
      Runnable refresh =
          () -> {
            var list = vm.cautionsFor(finding);
            cautions.setText(String.join("\n", list));
            cautions.setVisible(!list.isEmpty());
            cautions.setManaged(!list.isEmpty());
            rows.getChildren().setAll(finding.treatments().stream().map(this::row).toList());
          };
      refresh.run();
      finding
          .treatments()
          .addListener((javafx.collections.ListChangeListener<TreatmentModel>) c -> refresh.run());
      finding
          .treatments()
          .forEach(t -> t.techniqueProperty().addListener((o, a, b) -> refresh.run()));
      finding
          .treatments()
          .forEach(t -> t.pressureProperty().addListener((o, a, b) -> refresh.run()));
      Button add = new Button("Add technique", new FontIcon(Material2AL.ADD));
      add.setId("finding-add-technique");
      add.setOnAction(
          e -> {
            TreatmentModel t = finding.addTreatment(vm.client().pressurePreference());
            t.techniqueProperty().addListener((o, a, b) -> refresh.run());
            t.pressureProperty().addListener((o, a, b) -> refresh.run());
          });
      return new VBox(8, Forms.sectionLabel("Treatment"), cautions, rows, add);
    }

    private HBox row(TreatmentModel t) {
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
      HBox row = new HBox(8, technique, pressure, minutes, new Label("min"), remove);
      row.setAlignment(Pos.CENTER_LEFT);
      return row;
    }
  }
}
