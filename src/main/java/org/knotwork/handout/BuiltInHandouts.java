package org.knotwork.handout;

import java.util.List;
import java.util.Optional;
import org.knotwork.safety.EmergencyNumbers;

/**
 * The home-care handouts that ship with Knotwork, written for clients in plain words. Each has a
 * short intro, one section of numbered steps, usually a section of tips, how often to do it and one
 * safety line. The therapist can print them as they are or start their own from one.
 */
public final class BuiltInHandouts {
  private static final String STEPS = "How to do it";
  private static final String TIPS = "Tips";
  private static final String STRETCH_HOLD =
      "Hold for 20 to 30 seconds and keep breathing slowly. Do not bounce.";

  /** On every stretch: who should check with the therapist before trying it. */
  public static final String ASK_FIRST =
      "If you are pregnant, have osteoporosis, or have had an operation on your hip or back, ask"
          + " your therapist before you try this.";

  private static final String STRETCH_SAFETY =
      "A stretch should feel like a mild pull, never pain. Stop and tell your therapist if pain"
          + " spreads down your leg or you feel tingling or numbness. "
          + ASK_FIRST;

  /** How long to use warmth at a time, on the heat handout. */
  public static final String WARMTH_TIME =
      "Use warmth for 15 to 20 minutes at a time, and only while it feels pleasantly warm, not"
          + " hot.";

  private static final List<Handout> ALL =
      List.of(
          hamstringStretch(),
          hipFlexorStretch(),
          glutePiriformisStretch(),
          upperBackNeckStretch(),
          deskPosture(),
          liftingCarrying(),
          heatCold(),
          afterMassage(),
          stayingActive(),
          breathingStress(),
          seeADoctorNow());

  private BuiltInHandouts() {}

  /** All built-in handouts: the stretches first, then daily habits, then when to get help. */
  public static List<Handout> all() {
    return ALL;
  }

  /** The built-in handout with this key, for example {@code "heat-cold"}. */
  public static Optional<Handout> byKey(String key) {
    return ALL.stream().filter(h -> h.builtInKey().equals(key)).findFirst();
  }

  private static Handout hamstringStretch() {
    return builtIn(
        "hamstring-stretch",
        "Hamstring stretch",
        "This stretches the muscles at the back of your thighs. When they are less tight, your"
            + " lower back has less to pull against.",
        HandoutFigure.HAMSTRING_STRETCH,
        steps(
            "Lie on your back on the floor or a firm bed, with both knees bent and feet flat.",
            "Loop a towel or strap around the ball of one foot. Hold one end in each hand.",
            "Slowly straighten that leg up towards the ceiling until you feel a mild pull behind"
                + " your thigh.",
            STRETCH_HOLD,
            "Lower the leg gently, then do the same with the other leg."),
        tips(
            "Keep your head and shoulders resting on the floor.",
            "A small bend in the knee is fine.",
            "Let the towel take the weight of your leg, so your arms and neck stay relaxed."),
        "2 or 3 times with each leg, once or twice a day.",
        STRETCH_SAFETY);
  }

  private static Handout hipFlexorStretch() {
    return builtIn(
        "hip-flexor-stretch",
        "Hip-flexor stretch",
        "This stretches the front of your hip, which tightens when you sit a lot. Easing it can"
            + " take strain off your lower back.",
        HandoutFigure.HIP_FLEXOR_STRETCH,
        steps(
            "Kneel on one knee on a cushion, with your other foot flat on the floor in front of"
                + " you.",
            "Kneel up tall and rest your hands on your hips.",
            "Gently tighten your tummy and tuck your bottom under.",
            "Ease your weight slowly forward until you feel a mild pull at the front of the hip"
                + " on the kneeling side.",
            STRETCH_HOLD,
            "Come back slowly, then swap sides."),
        tips(
            "Keep your back upright. Don't lean backwards or arch your back.",
            "Hold on to a chair or a wall if you feel wobbly.",
            "If kneeling hurts your knee, use a thicker cushion, or ask your therapist for a"
                + " standing version."),
        "2 or 3 times on each side, once or twice a day.",
        STRETCH_SAFETY);
  }

  private static Handout glutePiriformisStretch() {
    return builtIn(
        "glute-piriformis-stretch",
        "Buttock and deep hip stretch",
        "This stretches the muscles of your buttock and deep in your hip. When they are tight,"
            + " they can add to aching in your lower back and hip.",
        HandoutFigure.GLUTE_PIRIFORMIS_STRETCH,
        steps(
            "Lie on your back with both knees bent and your feet flat on the floor.",
            "Rest your right ankle on your left knee, so your legs make the shape of a 4.",
            "Let your right knee drop gently outwards.",
            "For more stretch, hold behind your left thigh and draw it slowly towards your"
                + " chest.",
            STRETCH_HOLD + " You should feel it in your right buttock.",
            "Lower your legs slowly, then swap sides."),
        tips(
            "Keep your head down and your shoulders soft.",
            "Only go as far as feels comfortable.",
            "You can also do this sitting on a chair: rest one ankle on the other knee and lean"
                + " forward a little, keeping your back straight."),
        "2 or 3 times on each side, once or twice a day.",
        STRETCH_SAFETY);
  }

  private static Handout upperBackNeckStretch() {
    return builtIn(
        "upper-back-neck-stretch",
        "Upper-back and neck stretches",
        "Two gentle stretches: one for the area between your shoulder blades, one for the tops of"
            + " your shoulders and the sides of your neck. Good for a break from the desk.",
        HandoutFigure.UPPER_BACK_STRETCH,
        steps(
            "Sit tall near the front of a chair, with your feet flat on the floor.",
            "Upper back: link your hands and reach them forward at shoulder height. Let your back"
                + " round and your head drop gently forward. Hold for 20 to 30 seconds.",
            "Lower your arms and sit tall again.",
            "Neck: keep your shoulders down and slowly tip your right ear towards your right"
                + " shoulder. You can rest your right hand lightly on your head, but don't pull.",
            "Hold for 20 to 30 seconds, feeling a mild pull down the left side of your neck. Then"
                + " do the other side."),
        tips(
            "Move slowly into each stretch and slowly out of it. Never bounce.",
            "Keep breathing; don't hold your breath.",
            "Let your shoulders sink away from your ears."),
        "2 or 3 times each, a few times a day.",
        "A stretch should feel like a mild pull, never pain. Stop and tell your therapist if you"
            + " feel dizzy, or if pain, tingling or numbness spreads into your arm. "
            + ASK_FIRST);
  }

  private static Handout deskPosture() {
    return builtIn(
        "desk-posture",
        "Desk posture and set-up",
        "A few small changes to how you sit, and to how your desk is set up, can take a lot of"
            + " strain off your back and neck.",
        HandoutFigure.DESK_POSTURE,
        new HandoutSection(
            "Set up your desk",
            "",
            List.of(
                "Set your chair height so your feet rest flat on the floor, or on a footrest, with"
                    + " your knees about level with your hips.",
                "Sit right back in the chair so it supports your lower back. A small cushion or a"
                    + " rolled towel behind your lower back can help.",
                "Bring the keyboard close, so your elbows rest by your sides, bent at about a right"
                    + " angle.",
                "Place the screen about an arm's length away, with the top of it at about eye"
                    + " level.",
                "Sit tall with your shoulders relaxed and gently back, and your weight even on both"
                    + " hips."),
            true),
        tips(
            "Get up and move about often, at least once an hour, even if only for a minute.",
            "Working on a laptop for long? A separate keyboard and a stand for the screen help.",
            "Keep the things you use most within easy reach.",
            "When you stand, keep your weight even on both feet."),
        "Set up your desk once, then check how you are sitting each time you take a break.",
        "If sitting brings on pain that spreads down your leg, tell your therapist.");
  }

  private static Handout liftingCarrying() {
    return builtIn(
        "lifting-carrying",
        "Lifting and carrying",
        "Lifting the right way protects your back at home and at work. Let your legs do the"
            + " work, not your back.",
        HandoutFigure.LIFTING,
        steps(
            "Stand close to the load, with your feet hip-width apart.",
            "Bend your knees and hips to squat down, keeping your back straight.",
            "Get a good grip and hold the load close to your body.",
            "Tighten your tummy and stand up slowly, pushing through your legs.",
            "To turn, move your feet. Don't twist your back.",
            "To put it down, bend your knees again and lower it carefully."),
        tips(
            "Take extra care on stairs: carry less, and never twist.",
            "Split a heavy load into smaller ones, or ask someone to help.",
            "Carry shopping in both hands, not all on one side."),
        "Every time you lift something, however light.",
        "If a lift brings on sharp pain, stop and rest, and tell your therapist before your next"
            + " session.");
  }

  private static Handout heatCold() {
    return builtIn(
        "heat-cold",
        "Heat and cold",
        "Warmth and cold are simple ways to ease your back at home. Which one to use depends on"
            + " what your back needs.",
        HandoutFigure.HEAT_COLD,
        new HandoutSection(
            "How to use them",
            "",
            List.of(
                "For stiff, tight muscles, and after a massage, use warmth: a hot-water bottle, a"
                    + " heat pad or a warm bath.",
                "For a fresh strain, in the first 48 hours, use cold: an ice pack or a bag of"
                    + " frozen peas.",
                "Always wrap it in a cloth or towel first.",
                "Use cold for 10 to 15 minutes at a time.",
                WARMTH_TIME,
                "Check your skin every few minutes. Stop if it turns very red or pale, or starts"
                    + " to sting or go numb."),
            true),
        tips(
            "Don't use heat or cold on skin that feels numb or has less feeling than usual.",
            "Don't fall asleep with a heat pad or hot-water bottle on.",
            "Not sure which one to use? Ask your therapist."),
        "A few times a day, as needed.",
        "Never put heat or ice straight on your skin, and never on skin that feels numb.");
  }

  private static Handout afterMassage() {
    return builtIn(
        "after-massage",
        "After your massage",
        "What you do for the rest of the day helps your body make the most of your massage.",
        HandoutFigure.AFTER_MASSAGE,
        new HandoutSection(
            "For the rest of the day",
            "",
            List.of(
                "Drink plenty of water through the day.",
                "Take it easy. Rest if you can, and leave heavy exercise or lifting until"
                    + " tomorrow.",
                "Keep warm. A warm bath, or a hot-water bottle wrapped in a cloth, can feel good.",
                "Go to bed in good time and get a good night's sleep."),
            true),
        new HandoutSection(
            "What is normal",
            "",
            List.of(
                "Feeling a little sore or tired for a day or two is normal, a bit like after"
                    + " exercise.",
                "The soreness should ease a little each day.",
                "A gentle walk and your stretches can help.",
                "Next time, tell your therapist how you felt. And during a session, always say if"
                    + " the pressure is too much."),
            false),
        "On the day of your massage and the day after.",
        "If soreness gets worse instead of better after two days, or you feel unwell, contact"
            + " your therapist or your GP.");
  }

  private static Handout stayingActive() {
    return builtIn(
        "staying-active",
        "Staying active",
        "Moving is one of the best things you can do for your back. Gentle, regular activity"
            + " keeps your muscles strong and your back supple.",
        HandoutFigure.STAYING_ACTIVE,
        new HandoutSection(
            "Getting started",
            "",
            List.of(
                "Choose something you enjoy. Walking, swimming, yoga and Pilates are all kind to"
                    + " backs.",
                "Start small, for example a 10-minute walk, and add a little more each week.",
                "Aim to be active on most days of the week.",
                "Start gently to warm up, and slow down towards the end."),
            true),
        tips(
            "Some stiffness when you start is normal. It usually eases as your body gets used to"
                + " it.",
            "For yoga or Pilates, choose a beginners' class and tell the teacher about your back.",
            "Swimming and walking in water are gentle on your joints.",
            "Try not to sit still for long. Get up and move every so often."),
        "Most days. Little and often is better than a lot once a week.",
        "If an activity makes your pain much worse, or the pain spreads down your leg, stop and"
            + " talk to your therapist.");
  }

  private static Handout breathingStress() {
    return builtIn(
        "breathing-stress",
        "Breathing and stress",
        "Stress can make your muscles tense and pain feel worse. Slow breathing is a simple way"
            + " to calm your body and your mind.",
        HandoutFigure.BREATHING,
        new HandoutSection(
            "Slow breathing",
            "",
            List.of(
                "Sit or lie comfortably. Rest one hand on your chest and one on your tummy.",
                "Breathe in slowly through your nose for a count of four. Feel your tummy rise"
                    + " under your hand.",
                "Breathe out gently through your mouth for a count of six.",
                "Keep your shoulders and jaw soft.",
                "Carry on for 3 to 5 minutes."),
            true),
        new HandoutSection(
            "Other ways to unwind",
            "",
            List.of(
                "Breathe slowly during your massage, and afterwards.",
                "Get outside for a walk, in daylight if you can.",
                "Try a few minutes of mindfulness or quiet relaxation each day.",
                "Keep moving. Gentle activity eases both tension and stress."),
            false),
        "Once or twice a day, and whenever you feel tense.",
        "If you feel dizzy or light-headed, stop and breathe normally.");
  }

  private static Handout seeADoctorNow() {
    return builtIn(
        "see-a-doctor-now",
        "When to see a doctor",
        "Most back pain settles by itself. A few signs mean you need help straight away.",
        HandoutFigure.SEE_A_DOCTOR,
        List.of(
            new HandoutSection(
                "Call " + EmergencyNumbers.EMERGENCY + " now if you have any of these",
                "",
                List.of(
                    "numbness between your legs, around your bottom or on your inner thighs",
                    "new trouble peeing, leaking, loss of bowel control, or new problems with sex",
                    "pain, weakness or numbness in both legs, or you are unsteady on your feet",
                    "shortness of breath, chest pain or coughing up blood",
                    "dizziness, double vision, trouble speaking or swallowing, or sudden falls",
                    "a sudden, very bad headache, clumsy hands, or numbness in both arms"),
                false),
            new HandoutSection(
                "What to do",
                "",
                List.of(
                    "Call " + EmergencyNumbers.EMERGENCY + ", or go to the emergency department.",
                    "Say which of these signs you have.",
                    "Tell your therapist afterwards."),
                true),
            new HandoutSection(
                "Get seen today (" + EmergencyNumbers.SAME_DAY + ") if",
                "",
                List.of(
                    "one calf is hot, swollen and painful",
                    "you have a fever or feel very unwell, or you have had a bad fall",
                    "you are over 20 weeks pregnant with a bad headache, blurred sight or a"
                        + " swollen face or hands: call your midwife too"),
                false),
            new HandoutSection(
                "See your doctor in the next few days if",
                "",
                List.of(
                    "you have had cancer, or are losing weight without trying",
                    "the pain is worse at night, or severe, constant or getting worse"),
                false)),
        "",
        "Not sure? Ask " + EmergencyNumbers.SAME_DAY + ": it is better to be checked.");
  }

  private static Handout builtIn(
      String key,
      String title,
      String intro,
      HandoutFigure figure,
      HandoutSection first,
      HandoutSection second,
      String howOften,
      String safety) {
    return builtIn(key, title, intro, figure, List.of(first, second), howOften, safety);
  }

  private static Handout builtIn(
      String key,
      String title,
      String intro,
      HandoutFigure figure,
      HandoutSection first,
      HandoutSection second,
      HandoutSection third,
      String howOften,
      String safety) {
    return builtIn(key, title, intro, figure, List.of(first, second, third), howOften, safety);
  }

  private static Handout builtIn(
      String key,
      String title,
      String intro,
      HandoutFigure figure,
      List<HandoutSection> sections,
      String howOften,
      String safety) {
    return new Handout(null, key, title, intro, sections, howOften, safety, figure, null);
  }

  private static HandoutSection steps(String... steps) {
    return new HandoutSection(STEPS, "", List.of(steps), true);
  }

  private static HandoutSection tips(String... tips) {
    return new HandoutSection(TIPS, "", List.of(tips), false);
  }
}
