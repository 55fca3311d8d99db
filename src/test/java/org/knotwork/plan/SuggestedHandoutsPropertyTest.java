package org.knotwork.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.handout.BuiltInHandouts;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutRef;

/**
 * Over many random health histories, no suggested handout asks the client to do what their
 * conditions rule out. What a handout asks for is read from its printed words, not from the rules
 * that choose the suggestions, so a stretch rewritten to lie on the back is caught too.
 */
class SuggestedHandoutsPropertyTest {
  private static final List<String> SURGERY_DETAILS =
      Arrays.asList(
          null,
          "Left hip replacement",
          "Right total hip",
          "Lumbar discectomy L5",
          "Knee arthroscopy",
          "Neck fusion C5-C6",
          "Appendix");

  @Test
  void noSuggestedHandoutContradictsACondition() {
    Random random = new Random(20260302L);
    LocalDate today = LocalDate.of(2026, 3, 2);
    int suggested = 0;
    for (int run = 0; run < 5000; run++) {
      Client client = randomClient(random, today);
      LocalDate day = today.plusDays(random.nextInt(400));
      List<FocusArea> focus = randomFocus(random);

      List<String> refs = PlanService.suggestedHandouts(focus, client, day);

      for (String ref : refs) {
        suggested++;
        Handout h = BuiltInHandouts.byKey(HandoutRef.builtInKey(ref)).orElseThrow();
        assertThat(contradictions(h, client, day))
            .as("%s for %s on %s", ref, client, day)
            .isEmpty();
      }
    }
    assertThat(suggested).as("the loop exercised suggestions").isGreaterThan(1000);
  }

  /** What in the handout's words the client's conditions rule out. */
  private static List<String> contradictions(Handout h, Client client, LocalDate day) {
    String text = words(h);
    boolean onBack = text.contains("lie on your back");
    boolean figureFour = text.contains("shape of a 4");
    boolean thighToChest = text.contains("towards your chest");
    boolean rounding = text.contains("let your back round");
    boolean heat = text.contains("heat pad") || text.contains("hot-water bottle");
    List<String> found = new ArrayList<>();
    ConditionEntry surgery = client.condition(HealthCondition.RECENT_SURGERY).orElse(null);
    boolean hip =
        surgery != null
            && (surgery.details() == null
                || surgery.details().toLowerCase(Locale.ROOT).contains("hip"));
    if (hip && (figureFour || thighToChest)) {
      found.add("hip operation: figure-4 or thigh-to-chest");
    }
    if (client.condition(HealthCondition.OSTEOPOROSIS).isPresent() && (rounding || thighToChest)) {
      found.add("osteoporosis: rounded flexion");
    }
    if (client.condition(HealthCondition.SPINAL_INJURY).isPresent() && rounding) {
      found.add("spinal injury: rounded flexion");
    }
    boolean pregnantFrom16 =
        client
            .condition(HealthCondition.PREGNANCY)
            .map(p -> p.weeksOn(day).map(w -> w >= 16).orElse(true))
            .orElse(false);
    if (pregnantFrom16 && onBack) {
      found.add("pregnancy: lying on the back");
    }
    if ((client.condition(HealthCondition.NEUROPATHY).isPresent()
            || client.condition(HealthCondition.LYMPHOEDEMA).isPresent())
        && heat) {
      found.add("reduced feeling or lymphoedema: heat");
    }
    return found;
  }

  private static String words(Handout h) {
    return Stream.concat(
            Stream.of(h.intro(), h.safety()),
            h.sections().stream()
                .flatMap(s -> Stream.concat(Stream.of(s.text()), s.bullets().stream())))
        .collect(Collectors.joining("\n"))
        .toLowerCase(Locale.ROOT);
  }

  private static Client randomClient(Random random, LocalDate today) {
    List<ConditionEntry> conditions = new ArrayList<>();
    for (HealthCondition c : HealthCondition.values()) {
      if (random.nextInt(5) != 0) {
        continue;
      }
      if (c == HealthCondition.PREGNANCY) {
        conditions.add(
            ConditionEntry.pregnancy(
                random.nextInt(6) == 0 ? null : today.plusDays(random.nextInt(330) - 40)));
      } else if (c == HealthCondition.RECENT_SURGERY) {
        conditions.add(
            new ConditionEntry(
                c, SURGERY_DETAILS.get(random.nextInt(SURGERY_DETAILS.size())), null, null));
      } else {
        conditions.add(ConditionEntry.of(c));
      }
    }
    return Client.builder()
        .fullName("Client " + random.nextInt(1000))
        .conditions(conditions)
        .build();
  }

  private static List<FocusArea> randomFocus(Random random) {
    List<FocusArea> focus = new ArrayList<>();
    BackRegion[] regions = BackRegion.values();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      FocusArea area = new FocusArea(regions[random.nextInt(regions.length)], Side.BILATERAL);
      if (!focus.contains(area)) {
        focus.add(area);
      }
    }
    return focus;
  }
}
