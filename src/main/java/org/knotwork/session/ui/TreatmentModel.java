package org.knotwork.session.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.knotwork.client.PressurePreference;
import org.knotwork.session.Technique;
import org.knotwork.session.Treatment;

/** One editable technique line of a finding. */
public final class TreatmentModel {
  private final ObjectProperty<Technique> technique = new SimpleObjectProperty<>(this, "technique");
  private final ObjectProperty<PressurePreference> pressure =
      new SimpleObjectProperty<>(this, "pressure");
  private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>(this, "minutes");

  TreatmentModel(Treatment t) {
    technique.set(t.technique());
    pressure.set(t.pressure());
    minutes.set(t.minutes());
  }

  public ObjectProperty<Technique> techniqueProperty() {
    return technique;
  }

  public ObjectProperty<PressurePreference> pressureProperty() {
    return pressure;
  }

  public ObjectProperty<Integer> minutesProperty() {
    return minutes;
  }

  ObservableValue<?>[] observables() {
    return new ObservableValue<?>[] {technique, pressure, minutes};
  }

  Treatment toTreatment() {
    return new Treatment(
        technique.get() == null ? Technique.OTHER : technique.get(), pressure.get(), minutes.get());
  }
}
