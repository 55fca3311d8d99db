package org.knotwork.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutFigure;
import org.knotwork.handout.HandoutSection;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.Technique;

/** A realistic plan, letterhead and handouts for the print tests, benchmark and sample. */
final class PlanFixtures {
  static final LocalDate PRINTED = LocalDate.of(2026, 3, 12);

  private PlanFixtures() {}

  static Letterhead letterhead(byte[] logo) {
    return new Letterhead(
        "Harbour Massage Therapy",
        "14 Quay Street\nPortside PT4 2QA",
        "01632 960 418",
        "hello@harbourmassage.example",
        logo);
  }

  static List<PlanGoal> goals() {
    return List.of(
        new PlanGoal(
            "Sit at my desk for 2 hours",
            1L,
            "PSFS",
            true,
            new BigDecimal("4"),
            new BigDecimal("8"),
            LocalDate.of(2026, 4, 23)),
        new PlanGoal(
            "Lower-back pain at the end of the working day",
            2L,
            "Pain 0–10",
            false,
            new BigDecimal("6"),
            new BigDecimal("2"),
            LocalDate.of(2026, 4, 23)),
        new PlanGoal(
            "Walk the dog for 45 minutes without stopping to stretch",
            null,
            "",
            true,
            null,
            null,
            LocalDate.of(2026, 5, 7)));
  }

  static TreatmentPlan plan(PlanStatus status, List<PlanGoal> goals, LocalDate consentOn) {
    return new TreatmentPlan(
        7L,
        3L,
        status,
        LocalDate.of(2026, 3, 16),
        "Recurring aching across the lower back, worse after long days at the desk, with"
            + " tightness in the right glute and both hamstrings. Symptoms fit muscular tension"
            + " and reduced hip mobility; no red flags on screening today. Sleep is affected on"
            + " bad days.",
        goals,
        List.of(
            new FocusArea(BackRegion.LOWER_BACK, Side.BILATERAL),
            new FocusArea(BackRegion.GLUTES, Side.RIGHT),
            new FocusArea(BackRegion.HAMSTRINGS, Side.BILATERAL)),
        Set.of(Technique.SWEDISH, Technique.MYOFASCIAL_RELEASE, Technique.TRIGGER_POINT),
        60,
        Frequency.WEEKLY,
        6,
        List.of("builtin:hamstring-stretch", "builtin:desk-posture", "builtin:heat-cold"),
        "Walk for 20 minutes on most days. Use a warm compress on the lower back for 15 minutes"
            + " in the evening after long desk days.",
        LocalDate.of(2026, 4, 13),
        "Suggested a GP review if the morning stiffness has not eased by the reassessment.",
        consentOn,
        null,
        null);
  }

  static TreatmentPlan samplePlan() {
    return plan(PlanStatus.ACTIVE, goals(), LocalDate.of(2026, 3, 12));
  }

  static List<Handout> handouts() {
    return List.of(
        new Handout(
            null,
            "builtin:hamstring-stretch",
            "Hamstring stretch",
            "A gentle stretch for the back of your thighs. Tight hamstrings pull on the pelvis"
                + " and can add to lower-back aching.",
            List.of(
                new HandoutSection(
                    "How to do it",
                    "",
                    List.of(
                        "Sit on the edge of a firm chair with one leg straight out in front,"
                            + " heel on the floor.",
                        "Keep your back long and lean forward from the hips until you feel a"
                            + " stretch behind the thigh.",
                        "Hold for 30 seconds while breathing slowly.",
                        "Repeat on the other side."),
                    true),
                new HandoutSection(
                    "Good to know",
                    "A stretch should feel like a pull, never a sharp pain.",
                    List.of("Do not bounce.", "Stop if you feel tingling down the leg."),
                    false)),
            "Twice a day, most days",
            "Stop and tell me if the stretch causes pain, numbness or tingling.",
            HandoutFigure.HAMSTRING_STRETCH,
            null),
        new Handout(
            null,
            "builtin:desk-posture",
            "Desk set-up",
            "Small changes to how you sit can ease the load on your back through a long day.",
            List.of(
                new HandoutSection(
                    "Set up your chair and screen",
                    "",
                    List.of(
                        "Feet flat on the floor, knees about level with your hips.",
                        "Sit back in the chair so your lower back is supported.",
                        "Top of the screen at eye level, an arm's length away."),
                    false),
                new HandoutSection(
                    "Move often",
                    "Stand up, walk a few steps or stretch every 30 to 45 minutes.",
                    List.of(),
                    false)),
            "Every working day",
            "",
            HandoutFigure.DESK_POSTURE,
            null),
        new Handout(
            null,
            "builtin:heat-cold",
            "Heat and cold",
            "Warmth relaxes tight muscles; cold calms a fresh injury.",
            List.of(
                new HandoutSection(
                    "Heat",
                    "Use a warm (not hot) compress or heat pad for 15 to 20 minutes.",
                    List.of("Wrap it in a towel.", "Never fall asleep on a heat pad."),
                    false),
                new HandoutSection(
                    "Cold",
                    "For a new strain, use a cold pack wrapped in a cloth for 10 minutes in the"
                        + " first 48 hours.",
                    List.of(),
                    false)),
            "As needed, up to three times a day",
            "Do not use heat or cold on numb skin or if you have poor circulation.",
            HandoutFigure.HEAT_COLD,
            null));
  }

  static List<PlanGoal> manyGoals(int n) {
    List<PlanGoal> goals = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      goals.add(
          new PlanGoal(
              "Goal number " + i + ": carry the shopping up two flights of stairs without a rest",
              (long) i,
              "PSFS",
              true,
              new BigDecimal(i % 10),
              new BigDecimal(10),
              LocalDate.of(2026, 5, 1)));
    }
    return goals;
  }
}
