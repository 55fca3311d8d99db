package org.knotwork.session.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.PressurePreference;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.Treatment;

/**
 * One editable region × side of the note: what was found (O), what was done, and pain after (A). A
 * finding copied forward stays marked "carried over" until any of its fields is touched.
 */
public final class FindingModel {
  private final BackRegion region;
  private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side");
  private final ObjectProperty<Integer> painBefore = new SimpleObjectProperty<>(this, "painBefore");
  private final ObjectProperty<Integer> painAfter = new SimpleObjectProperty<>(this, "painAfter");
  private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone");
  private final BooleanProperty triggerActive = new SimpleBooleanProperty(this, "triggerActive");
  private final BooleanProperty triggerLatent = new SimpleBooleanProperty(this, "triggerLatent");
  private final ObjectProperty<Integer> tenderness = new SimpleObjectProperty<>(this, "tenderness");
  private final BooleanProperty adhesions = new SimpleBooleanProperty(this, "adhesions");
  private final StringProperty romNotes = new SimpleStringProperty(this, "romNotes", "");
  private final StringProperty observations = new SimpleStringProperty(this, "observations", "");
  private final ObservableList<TreatmentModel> treatments = FXCollections.observableArrayList();
  private final BooleanProperty carriedOver = new SimpleBooleanProperty(this, "carriedOver");
  private final List<InvalidationListener> changeListeners = new ArrayList<>();

  FindingModel(RegionFinding f) {
    region = f.region();
    side.set(f.side());
    painBefore.set(f.painBefore());
    painAfter.set(f.painAfter());
    tone.set(f.tone());
    triggerActive.set(f.triggerActive());
    triggerLatent.set(f.triggerLatent());
    tenderness.set(f.tenderness());
    adhesions.set(f.adhesions());
    romNotes.set(f.romNotes() == null ? "" : f.romNotes());
    observations.set(f.observations() == null ? "" : f.observations());
    f.treatments().forEach(t -> treatments.add(watch(new TreatmentModel(t))));
    carriedOver.set(f.carriedOver());
    InvalidationListener touched =
        o -> {
          carriedOver.set(false);
          changeListeners.forEach(l -> l.invalidated(o));
        };
    // Change listeners fire on every edit; an invalidation listener would miss edits made while
    // nobody had read the value since the previous one.
    Arrays.stream(ownObservables())
        .forEach(o -> o.addListener((v, was, now) -> touched.invalidated(v)));
    treatments.addListener(touched);
    this.touchedListener = touched;
  }

  private final InvalidationListener touchedListener;

  /**
   * The therapist checked what was copied from the last note and it is still true today: it stays
   * as it is and is no longer marked carried over (and the draft saves that).
   */
  public void confirmCarriedOver() {
    if (carriedOver.get()) {
      touchedListener.invalidated(carriedOver);
    }
  }

  private TreatmentModel watch(TreatmentModel model) {
    for (ObservableValue<?> o : model.observables()) {
      o.addListener(
          (obs, was, now) -> {
            if (touchedListener != null) {
              touchedListener.invalidated(obs);
            }
          });
    }
    return model;
  }

  private ObservableValue<?>[] ownObservables() {
    return new ObservableValue<?>[] {
      side,
      painBefore,
      painAfter,
      tone,
      triggerActive,
      triggerLatent,
      tenderness,
      adhesions,
      romNotes,
      observations
    };
  }

  /** Called whenever anything in this finding changes (for autosave). */
  void onChange(InvalidationListener listener) {
    changeListeners.add(listener);
  }

  /** Adds a technique line, defaulting to Swedish at the client's usual pressure. */
  public TreatmentModel addTreatment(PressurePreference usualPressure) {
    TreatmentModel model =
        watch(new TreatmentModel(new Treatment(Technique.SWEDISH, usualPressure, 10)));
    treatments.add(model);
    return model;
  }

  public void removeTreatment(TreatmentModel model) {
    treatments.remove(model);
  }

  public BackRegion region() {
    return region;
  }

  public ObjectProperty<Side> sideProperty() {
    return side;
  }

  public ObjectProperty<Integer> painBeforeProperty() {
    return painBefore;
  }

  public ObjectProperty<Integer> painAfterProperty() {
    return painAfter;
  }

  public ObjectProperty<Tone> toneProperty() {
    return tone;
  }

  public BooleanProperty triggerActiveProperty() {
    return triggerActive;
  }

  public BooleanProperty triggerLatentProperty() {
    return triggerLatent;
  }

  public ObjectProperty<Integer> tendernessProperty() {
    return tenderness;
  }

  public BooleanProperty adhesionsProperty() {
    return adhesions;
  }

  public StringProperty romNotesProperty() {
    return romNotes;
  }

  public StringProperty observationsProperty() {
    return observations;
  }

  public ObservableList<TreatmentModel> treatments() {
    return treatments;
  }

  public BooleanProperty carriedOverProperty() {
    return carriedOver;
  }

  /** "Lower back R" and so on. */
  public String label() {
    return toFinding().label();
  }

  RegionFinding toFinding() {
    return new RegionFinding(
        region,
        side.get(),
        painBefore.get(),
        painAfter.get(),
        tone.get(),
        triggerActive.get(),
        triggerLatent.get(),
        tenderness.get(),
        adhesions.get(),
        romNotes.get(),
        observations.get(),
        treatments.stream().map(TreatmentModel::toTreatment).toList(),
        carriedOver.get());
  }
}
