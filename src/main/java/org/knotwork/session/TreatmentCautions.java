package org.knotwork.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.client.Client;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;

/**
 * The precautions (tier 3) and missing consent that apply to one region's treatment, shown next to
 * the techniques they affect. They warn; they do not forbid.
 */
public final class TreatmentCautions {
  private TreatmentCautions() {}

  public static List<String> of(Client client, RegionFinding finding) {
    List<String> cautions = new ArrayList<>();
    boolean deep = finding.treatments().stream().anyMatch(TreatmentCautions::isDeep);
    if (deep && client.condition(HealthCondition.ANTICOAGULANTS).isPresent()) {
      cautions.add("Anticoagulants or bleeding disorder: avoid deep or vigorous work.");
    }
    if (deep && client.condition(HealthCondition.OSTEOPOROSIS).isPresent()) {
      cautions.add("Osteoporosis: gentle pressure only, no work over weakened bone.");
    }
    if (deep && client.condition(HealthCondition.CANCER_HISTORY).isPresent()) {
      cautions.add("Cancer history: deep work only once their oncologist has been consulted.");
    }
    client
        .condition(HealthCondition.RECENT_SURGERY)
        .ifPresent(
            s ->
                cautions.add(
                    "Recent surgery"
                        + (s.details() == null ? "" : " (" + s.details() + ")")
                        + ": keep away from the surgical site."));
    if (finding.region().writtenConsentByDefault()
        && !client.regionConsents().containsKey(finding.region())) {
      cautions.add(
          "No written consent on file for work on the "
              + finding.region().label().toLowerCase(Locale.ROOT)
              + ". Get it signed before treating here.");
    }
    return List.copyOf(cautions);
  }

  /** Cautions for the whole session that depend on positioning. */
  public static List<String> forPositions(Client client, java.util.Set<Position> positions) {
    List<String> cautions = new ArrayList<>();
    client
        .condition(HealthCondition.PREGNANCY)
        .ifPresent(
            p -> {
              if (positions.contains(Position.SUPINE) && (p.weeks() == null || p.weeks() >= 13)) {
                cautions.add(
                    "Pregnancy: prefer side-lying (left side); avoid lying on the back for long.");
              }
              if (positions.contains(Position.PRONE)) {
                cautions.add(
                    "Pregnancy: lying face down needs a pregnancy cushion or side-lying instead.");
              }
            });
    return List.copyOf(cautions);
  }

  private static boolean isDeep(Treatment t) {
    return t.technique().deepWork()
        || t.pressure() == PressurePreference.FIRM
        || t.pressure() == PressurePreference.DEEP;
  }
}
