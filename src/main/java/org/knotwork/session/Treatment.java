package org.knotwork.session;

import java.util.Objects;
import org.knotwork.client.PressurePreference;

/** One technique given to a region: which, how firmly, for how many minutes. */
public record Treatment(Technique technique, PressurePreference pressure, Integer minutes) {
  public Treatment {
    Objects.requireNonNull(technique, "technique");
  }
}
