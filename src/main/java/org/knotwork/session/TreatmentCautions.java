package org.knotwork.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;

/**
 * The precautions (tier 3) and missing consent that apply to one region's treatment, shown next to
 * the techniques they affect. They warn; they do not forbid. Each caution says when it applies: the
 * moment the region is worked, with certain techniques (hot stones, assisted stretching), or once
 * the work is deep or the pressure firm. docs/clinical-safety.md lists them with their sources.
 */
public final class TreatmentCautions {
  /** From about this week the client lies on their side rather than on their back. */
  public static final int SIDE_LYING_FROM_WEEK = 13;

  /** From this week (the last third of pregnancy) assisted stretching and deep work need care. */
  public static final int LATE_PREGNANCY_FROM_WEEK = 28;

  private static final Set<BackRegion> LEGS =
      EnumSet.of(BackRegion.HAMSTRINGS, BackRegion.HIP_FLEXORS);
  private static final Set<BackRegion> HIP =
      EnumSet.of(
          BackRegion.GLUTES, BackRegion.HIP_FLEXORS, BackRegion.HAMSTRINGS, BackRegion.LOWER_BACK);
  private static final Set<BackRegion> SPINE =
      EnumSet.of(
          BackRegion.NECK, BackRegion.UPPER_BACK, BackRegion.MID_BACK, BackRegion.LOWER_BACK);
  private static final Set<Technique> HOT_STONES = EnumSet.of(Technique.HOT_STONES);
  private static final Set<Technique> STRETCHING = EnumSet.of(Technique.STRETCHING);
  private static final Set<Technique> NONE = EnumSet.noneOf(Technique.class);

  private TreatmentCautions() {}

  /**
   * One caution and when it applies.
   *
   * @param always applies as soon as the region is worked
   * @param deepWork applies once a technique works deep or the pressure is firm or deep
   * @param techniques applies when one of these techniques is chosen
   */
  public record Caution(String text, boolean always, boolean deepWork, Set<Technique> techniques) {
    public Caution {
      techniques = techniques.isEmpty() ? Set.of() : Set.copyOf(techniques);
    }

    static Caution always(String text) {
      return new Caution(text, true, false, NONE);
    }

    static Caution deep(String text) {
      return new Caution(text, false, true, NONE);
    }

    static Caution with(String text, Set<Technique> techniques) {
      return new Caution(text, false, false, techniques);
    }

    static Caution deepOrWith(String text, Set<Technique> techniques) {
      return new Caution(text, false, true, techniques);
    }

    /** Whether it applies to this technique given at this pressure. */
    public boolean appliesTo(Treatment t) {
      return always || (deepWork && isDeep(t)) || techniques.contains(t.technique());
    }

    /** Whether it applies to a region treated with these techniques. */
    public boolean appliesTo(List<Treatment> treatments) {
      return always || treatments.stream().anyMatch(this::appliesTo);
    }

    /** When it applies, in words, for a caution that does not apply yet. */
    public String when() {
      List<String> parts = new ArrayList<>();
      techniques.stream().sorted().map(t -> t.label().toLowerCase(Locale.ROOT)).forEach(parts::add);
      if (deepWork) {
        parts.add("deep work or firm pressure");
      }
      return always ? "Applies to any work here" : "Applies to " + String.join(" or ", parts);
    }
  }

  /** The cautions that apply to a region as treated, on the day of the visit. */
  public static List<String> of(Client client, RegionFinding finding, LocalDate day) {
    return possible(client, finding.region(), day).stream()
        .filter(c -> c.appliesTo(finding.treatments()))
        .map(Caution::text)
        .toList();
  }

  /** As {@link #of(Client, RegionFinding, LocalDate)} with weeks of pregnancy unknown (late). */
  public static List<String> of(Client client, RegionFinding finding) {
    return of(client, finding, null);
  }

  /** The cautions that apply to one technique line of a region. */
  public static List<String> forTreatment(
      Client client, BackRegion region, Treatment treatment, LocalDate day) {
    return possible(client, region, day).stream()
        .filter(c -> !c.always() && c.appliesTo(treatment))
        .map(Caution::text)
        .toList();
  }

  /** As {@link #possible(Client, BackRegion, LocalDate)} with weeks of pregnancy unknown. */
  public static List<Caution> possible(Client client, BackRegion region) {
    return possible(client, region, null);
  }

  /**
   * Every caution that can apply to this client's treatment of a region, whatever the technique:
   * the screen keeps room for all of them, so one that starts to apply moves nothing.
   *
   * @param day the day of the visit, for the weeks of a pregnancy; null if unknown (then a
   *     pregnancy is treated as late)
   */
  public static List<Caution> possible(Client client, BackRegion region, LocalDate day) {
    List<Caution> c = new ArrayList<>();
    if (has(client, HealthCondition.ACUTE_INJURY)) {
      c.add(
          Caution.always(
              "Injury in the last 48 hours"
                  + details(client, HealthCondition.ACUTE_INJURY)
                  + ": leave the injured area alone; light work elsewhere only."));
    }
    if (has(client, HealthCondition.SPINAL_INJURY) && SPINE.contains(region)) {
      c.add(
          Caution.always(
              "Spinal injury or fracture"
                  + details(client, HealthCondition.SPINAL_INJURY)
                  + ": no pressure or stretching over the injured part of the spine."));
    }
    client.condition(HealthCondition.RECENT_SURGERY).ifPresent(s -> surgery(s, region, c));
    if (has(client, HealthCondition.LYMPHOEDEMA)) {
      c.add(
          Caution.always(
              "Lymphoedema or lymph nodes removed"
                  + details(client, HealthCondition.LYMPHOEDEMA)
                  + ": light, slow strokes only on that side and area; no deep work or heat"
                  + " there."));
    }
    if (has(client, HealthCondition.ANTICOAGULANTS)) {
      c.add(
          Caution.deep(
              "Anticoagulants, antiplatelets or bleeding disorder: avoid deep or vigorous work;"
                  + " they bruise easily."));
    }
    if (has(client, HealthCondition.OSTEOPOROSIS)) {
      c.add(Caution.deep("Osteoporosis: gentle pressure only, no work over weakened bone."));
      c.add(
          Caution.with(
              "Osteoporosis: assisted stretching only gently, well within easy range; no"
                  + " forced bending or twisting.",
              STRETCHING));
    }
    if (has(client, HealthCondition.CORTICOSTEROIDS)) {
      c.add(
          Caution.deepOrWith(
              "Long-term corticosteroids: thin skin and weaker bones; no deep work or forceful"
                  + " stretching.",
              STRETCHING));
    }
    if (has(client, HealthCondition.HYPERMOBILITY)) {
      c.add(
          Caution.deepOrWith(
              "Hypermobility: stop assisted stretching at the first feeling of stretch, never at"
                  + " end of range; support joints during deep work.",
              STRETCHING));
    }
    if (has(client, HealthCondition.INFLAMMATORY_ARTHRITIS)) {
      c.add(
          Caution.deepOrWith(
              "Inflammatory arthritis in a flare: leave hot, swollen joints alone; no heat, deep"
                  + " work or stretching there.",
              EnumSet.of(Technique.HOT_STONES, Technique.STRETCHING)));
    }
    if (has(client, HealthCondition.CANCER_HISTORY)) {
      c.add(
          Caution.deep("Cancer history: deep work only once their oncologist has been consulted."));
    }
    if (has(client, HealthCondition.CLOTTING_HISTORY) && LEGS.contains(region)) {
      c.add(
          Caution.deep(
              "Past DVT or clotting disorder: no deep work on the legs; it could loosen a clot."));
    }
    client.condition(HealthCondition.PREGNANCY).ifPresent(p -> pregnancy(p, region, day, c));
    hotStones(client, c);
    if (region.writtenConsentByDefault() && !client.regionConsents().containsKey(region)) {
      c.add(
          Caution.always(
              "No written consent on file for work on the "
                  + region.label().toLowerCase(Locale.ROOT)
                  + ". Get it signed before treating here."));
    }
    return List.copyOf(c);
  }

  private static void surgery(ConditionEntry s, BackRegion region, List<Caution> c) {
    String what = s.details() == null ? "" : " (" + s.details() + ")";
    ConditionEntry.Site site = s.site();
    boolean near =
        switch (site) {
          case HIP -> HIP.contains(region);
          case SPINE -> SPINE.contains(region);
          case ELSEWHERE, NOT_RECORDED -> true;
        };
    if (near) {
      c.add(Caution.always("Recent surgery" + what + ": keep away from the surgical site."));
    }
    if (site == ConditionEntry.Site.HIP && near) {
      c.add(
          Caution.deepOrWith(
              "Recent hip operation: no assisted stretching that bends the hip far or turns it,"
                  + " no deep work near it, until their surgeon agrees.",
              STRETCHING));
    } else if (site == ConditionEntry.Site.SPINE && near) {
      c.add(
          Caution.deepOrWith(
              "Recent spine operation: no deep work or assisted stretching of the back until"
                  + " their surgeon agrees.",
              STRETCHING));
    } else if (site == ConditionEntry.Site.NOT_RECORDED) {
      c.add(
          Caution.deepOrWith(
              "Recent surgery, site not recorded: ask where; if the hip or back, no deep work or"
                  + " assisted stretching near it.",
              STRETCHING));
    }
  }

  private static void pregnancy(
      ConditionEntry p, BackRegion region, LocalDate day, List<Caution> c) {
    boolean late = weeks(p, day).map(w -> w >= LATE_PREGNANCY_FROM_WEEK).orElse(true);
    if (LEGS.contains(region)) {
      c.add(
          Caution.deep(
              "Pregnancy: no deep work on the legs or inner thighs; clots form more easily."));
    }
    if (late) {
      c.add(
          Caution.deepOrWith(
              "Late pregnancy: gentle assisted stretching only, never to end of range (joints"
                  + " are looser); no deep work.",
              STRETCHING));
    }
  }

  private static void hotStones(Client client, List<Caution> c) {
    if (has(client, HealthCondition.NEUROPATHY)) {
      c.add(
          Caution.with(
              "Peripheral neuropathy: no hot stones; reduced feeling can hide a burn.",
              HOT_STONES));
    }
    if (has(client, HealthCondition.DIABETES)) {
      c.add(
          Caution.with(
              "Diabetes: hot stones only if feeling is normal there; reduced feeling can hide a"
                  + " burn.",
              HOT_STONES));
    }
    if (has(client, HealthCondition.PREGNANCY)) {
      c.add(Caution.with("Pregnancy: no hot stones; they raise body temperature.", HOT_STONES));
    }
    if (has(client, HealthCondition.SKIN_CONDITION)) {
      c.add(
          Caution.with(
              "Skin condition"
                  + details(client, HealthCondition.SKIN_CONDITION)
                  + ": no hot stones on or near the affected skin.",
              HOT_STONES));
    }
    if (has(client, HealthCondition.VARICOSE_VEINS)) {
      c.add(
          Caution.with(
              "Varicose veins"
                  + details(client, HealthCondition.VARICOSE_VEINS)
                  + ": no hot stones on or near them.",
              HOT_STONES));
    }
    if (has(client, HealthCondition.HEART_CONDITION)) {
      c.add(
          Caution.with(
              "Heart disease or pacemaker: no hot stones over the chest or a device.", HOT_STONES));
    }
  }

  /** Cautions for the whole session that depend on positioning, on the day of the visit. */
  public static List<String> forPositions(Client client, Set<Position> positions, LocalDate day) {
    List<String> cautions = new ArrayList<>();
    client
        .condition(HealthCondition.PREGNANCY)
        .ifPresent(
            p -> {
              String review =
                  day != null && p.pastDueOn(day)
                      ? " (The due date has passed: ask whether the baby has arrived.)"
                      : "";
              Optional<Integer> weeks = weeks(p, day);
              if (positions.contains(Position.SUPINE)
                  && weeks.map(w -> w >= SIDE_LYING_FROM_WEEK).orElse(true)) {
                cautions.add(
                    "Pregnancy"
                        + weeks.map(w -> ", " + w + " weeks").orElse("")
                        + ": prefer side-lying (left side); avoid lying on the back for long."
                        + review);
              }
              if (positions.contains(Position.PRONE)) {
                cautions.add(
                    "Pregnancy: lying face down needs a pregnancy cushion or side-lying instead."
                        + review);
              }
            });
    return List.copyOf(cautions);
  }

  /** As {@link #forPositions(Client, Set, LocalDate)} with weeks of pregnancy unknown. */
  public static List<String> forPositions(Client client, Set<Position> positions) {
    return forPositions(client, positions, null);
  }

  /** Weeks of pregnancy on the day; empty when the due date or the day is unknown. */
  private static Optional<Integer> weeks(ConditionEntry p, LocalDate day) {
    return day == null ? Optional.empty() : p.weeksOn(day);
  }

  private static boolean has(Client client, HealthCondition condition) {
    return client.condition(condition).isPresent();
  }

  private static String details(Client client, HealthCondition condition) {
    return client
        .condition(condition)
        .map(ConditionEntry::details)
        .map(d -> " (" + d + ")")
        .orElse("");
  }

  static boolean isDeep(Treatment t) {
    return t.technique().deepWork()
        || t.pressure() == PressurePreference.FIRM
        || t.pressure() == PressurePreference.DEEP;
  }
}
