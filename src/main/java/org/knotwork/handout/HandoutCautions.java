package org.knotwork.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.ConditionEntry.Site;
import org.knotwork.client.HealthCondition;

/**
 * Which handouts ask a client to do something their health history advises against, and why: a hip
 * operation rules out the figure-4 and thigh-to-chest stretches, osteoporosis or an injured spine
 * rules out rounding the back forward, pregnancy from 16 weeks rules out exercises lying on the
 * back, and reduced feeling or lymphoedema rules out heat at home. Plans and notes do not suggest
 * such a handout; the therapist may still choose it, after a warning that names the reason. Edited
 * copies of a built-in handout keep its movements; the therapist's own handouts are not judged.
 */
public final class HandoutCautions {
  /** From this week of pregnancy, exercises lying flat on the back are left out (NHS advice). */
  public static final int NOT_ON_BACK_FROM_WEEK = 16;

  /** What a handout asks the client to do that some conditions rule out. */
  public enum Movement {
    FIGURE_FOUR,
    THIGH_TO_CHEST,
    ROUNDED_FLEXION,
    LYING_ON_BACK,
    HEAT
  }

  private static final Map<String, Set<Movement>> BUILT_IN =
      Map.of(
          "hamstring-stretch", EnumSet.of(Movement.LYING_ON_BACK),
          "glute-piriformis-stretch",
              EnumSet.of(Movement.LYING_ON_BACK, Movement.FIGURE_FOUR, Movement.THIGH_TO_CHEST),
          "upper-back-neck-stretch", EnumSet.of(Movement.ROUNDED_FLEXION),
          "heat-cold", EnumSet.of(Movement.HEAT));

  private HandoutCautions() {}

  /** The movements a built-in handout (or an edited copy of it) asks for. */
  public static Set<Movement> movements(String builtInKey) {
    return builtInKey == null ? Set.of() : BUILT_IN.getOrDefault(builtInKey, Set.of());
  }

  /** Why this handout does not suit this client on this day; empty when it suits them. */
  public static List<String> reasons(Handout handout, Client client, LocalDate day) {
    return reasons(handout.builtInKey(), client, day);
  }

  /** Why the built-in handout with this key does not suit this client; empty when it suits. */
  public static List<String> reasons(String builtInKey, Client client, LocalDate day) {
    Set<Movement> moves = movements(builtInKey);
    List<String> why = new ArrayList<>();
    if (moves.isEmpty()) {
      return why;
    }
    ConditionEntry surgery = client.condition(HealthCondition.RECENT_SURGERY).orElse(null);
    Site site = surgery == null ? null : surgery.site();
    if ((moves.contains(Movement.FIGURE_FOUR) || moves.contains(Movement.THIGH_TO_CHEST))
        && (site == Site.HIP || site == Site.NOT_RECORDED)) {
      why.add(
          (site == Site.HIP ? "Hip operation" : "Operation, place not recorded")
              + ": no figure-4 or thigh-to-chest stretch");
    }
    boolean bendsForward =
        moves.contains(Movement.ROUNDED_FLEXION) || moves.contains(Movement.THIGH_TO_CHEST);
    if (bendsForward && client.condition(HealthCondition.OSTEOPOROSIS).isPresent()) {
      why.add("Osteoporosis: no rounding the back forward or pulling the knee to the chest");
    }
    if (bendsForward
        && (client.condition(HealthCondition.SPINAL_INJURY).isPresent()
            || site == Site.SPINE
            || site == Site.NOT_RECORDED)) {
      why.add("Spinal injury or operation: no rounding the back forward");
    }
    if (moves.contains(Movement.LYING_ON_BACK)) {
      client
          .condition(HealthCondition.PREGNANCY)
          .filter(p -> p.weeksOn(day).map(w -> w >= NOT_ON_BACK_FROM_WEEK).orElse(true))
          .ifPresent(p -> why.add("Pregnancy from 16 weeks: nothing lying flat on the back"));
    }
    if (moves.contains(Movement.HEAT)) {
      if (client.condition(HealthCondition.NEUROPATHY).isPresent()) {
        why.add("Peripheral neuropathy: heat on skin with less feeling can burn");
      }
      if (client.condition(HealthCondition.LYMPHOEDEMA).isPresent()) {
        why.add("Lymphoedema or lymph nodes removed: no heat on the affected area");
      }
    }
    return List.copyOf(why);
  }
}
