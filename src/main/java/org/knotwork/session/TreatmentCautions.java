package org.knotwork.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;

/**
 * The precautions (tier 3) and missing consent that apply to one region's treatment, shown next to
 * the techniques they affect. They warn; they do not forbid.
 */
public final class TreatmentCautions {
  private TreatmentCautions() {}

  /** One caution, and whether it applies only once the work is deep or the pressure firm. */
  public record Caution(String text, boolean deepWorkOnly) {}

  public static List<String> of(Client client, RegionFinding finding) {
    boolean deep = finding.treatments().stream().anyMatch(TreatmentCautions::isDeep);
    return possible(client, finding.region()).stream()
        .filter(c -> deep || !c.deepWorkOnly())
        .map(Caution::text)
        .toList();
  }

  /**
   * Every caution that can apply to this client's treatment of a region, whatever the technique:
   * the screen keeps room for all of them, so one that starts to apply moves nothing.
   */
  public static List<Caution> possible(Client client, BackRegion region) {
    List<Caution> cautions = new ArrayList<>();
    if (client.condition(HealthCondition.ANTICOAGULANTS).isPresent()) {
      cautions.add(
          new Caution("Anticoagulants or bleeding disorder: avoid deep or vigorous work.", true));
    }
    if (client.condition(HealthCondition.OSTEOPOROSIS).isPresent()) {
      cautions.add(
          new Caution("Osteoporosis: gentle pressure only, no work over weakened bone.", true));
    }
    if (client.condition(HealthCondition.CANCER_HISTORY).isPresent()) {
      cautions.add(
          new Caution(
              "Cancer history: deep work only once their oncologist has been consulted.", true));
    }
    client
        .condition(HealthCondition.RECENT_SURGERY)
        .ifPresent(
            s ->
                cautions.add(
                    new Caution(
                        "Recent surgery"
                            + (s.details() == null ? "" : " (" + s.details() + ")")
                            + ": keep away from the surgical site.",
                        false)));
    if (region.writtenConsentByDefault() && !client.regionConsents().containsKey(region)) {
      cautions.add(
          new Caution(
              "No written consent on file for work on the "
                  + region.label().toLowerCase(Locale.ROOT)
                  + ". Get it signed before treating here.",
              false));
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
