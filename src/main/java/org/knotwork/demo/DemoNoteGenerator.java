package org.knotwork.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.WorkPosture;
import org.knotwork.demo.DemoPractice.DemoClient.DemoVisit;
import org.knotwork.session.Addendum;
import org.knotwork.session.CarePlan;
import org.knotwork.session.NoteHash;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagPrompts;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Signer;
import org.knotwork.session.SigningRules;
import org.knotwork.session.Subjective;
import org.knotwork.session.Technique;
import org.knotwork.session.Tone;
import org.knotwork.session.Treatment;

/**
 * Writes believable SOAP notes for a demo client's past visits. Each client gets one story (the
 * regions that trouble them, how their pain changes over a course of care) and every visit a note
 * that follows it. Everything comes from a {@link Random} seeded with the generator's seed and who
 * the client is (not their database id), so the same input always gives equal notes, whatever order
 * clients are asked in and whatever ids the database hands out.
 */
final class DemoNoteGenerator {
  /** Who signs the demo notes and addenda: the demo practice's invented therapist. */
  static final Signer SIGNER = DemoPractice.THERAPIST.asSigner();

  /** Who the demo practice's audit log names. */
  static final String AUTHOR = DemoPractice.THERAPIST.name();

  /**
   * Share of notes with a same-day or soon "yes", and with an emergency "yes": emergencies are rare
   * in a massage practice, about one note in twenty thousand.
   */
  static final double REFER_RATE = 1.0 / 150;

  static final double URGENT_RATE = 1.0 / 20_000;

  /**
   * Share of eligible clients (active, last visit within {@link #DRAFT_WITHIN_DAYS} days) whose
   * latest note is still a draft. Few clients were seen in the last week, so most of them have a
   * draft; that makes a few percent of all clients.
   */
  static final double DRAFT_RATE = 0.75;

  static final int DRAFT_WITHIN_DAYS = 7;

  private static final double LATE_RATE = 0.02;
  private static final double ADDENDUM_RATE = 0.03;
  private static final int LONG_BREAK_DAYS = 90;

  private static final List<Side> TRUNK_SIDES =
      List.of(
          Side.BILATERAL,
          Side.BILATERAL,
          Side.BILATERAL,
          Side.BILATERAL,
          Side.LEFT_GREATER,
          Side.LEFT_GREATER,
          Side.RIGHT_GREATER,
          Side.RIGHT_GREATER,
          Side.LEFT,
          Side.LEFT,
          Side.RIGHT,
          Side.RIGHT);
  private static final List<Side> LIMB_SIDES =
      List.of(
          Side.LEFT,
          Side.LEFT,
          Side.LEFT,
          Side.RIGHT,
          Side.RIGHT,
          Side.RIGHT,
          Side.BILATERAL,
          Side.BILATERAL,
          Side.LEFT_GREATER,
          Side.RIGHT_GREATER);

  /** The client's own words for the main problem, by region; "{side}" is "left" or "right". */
  private static final Map<BackRegion, List<String>> COMPLAINTS = new EnumMap<>(BackRegion.class);

  static {
    COMPLAINTS.put(
        BackRegion.NECK,
        List.of(
            "My neck gets stiff and sore by the end of the working day",
            "I can't turn my head properly to check my blind spot",
            "My neck aches and I keep getting headaches behind my eyes",
            "Looking down at my phone makes my neck pull and ache",
            "I wake up with a crick in my neck most mornings"));
    COMPLAINTS.put(
        BackRegion.SHOULDERS,
        List.of(
            "My shoulders are up round my ears by Friday",
            "There's a knot on top of my {side} shoulder that never goes away",
            "My shoulders feel heavy and tight, like I'm carrying a rucksack",
            "Reaching up to the top shelf hurts across my shoulders"));
    COMPLAINTS.put(
        BackRegion.UPPER_BACK,
        List.of(
            "I get an ache between my shoulder blades after long days at the laptop",
            "It burns between my shoulder blades if I sit for too long",
            "My upper back feels like a tight band is pulled across it",
            "There's a sore spot next to my {side} shoulder blade that I can't reach"));
    COMPLAINTS.put(
        BackRegion.MID_BACK,
        List.of(
            "The middle of my back goes stiff and I can't twist properly",
            "It's sore around the bottom of my ribs at the back after lifting",
            "My mid back aches when I stand at the counter for a while"));
    COMPLAINTS.put(
        BackRegion.LOWER_BACK,
        List.of(
            "My lower back locks up after a long drive",
            "My lower back aches all day and it's worse when I stand still",
            "Bending to put my socks on hurts my lower back",
            "I get a dull ache across my lower back every morning",
            "My back went when I lifted a box at work and it hasn't been right since",
            "My lower back is sore on the {side} side when I get out of the car"));
    COMPLAINTS.put(
        BackRegion.GLUTES,
        List.of(
            "I get a deep ache in my {side} buttock when I sit",
            "Pain in my bum that sometimes goes down the back of my leg",
            "My {side} hip and buttock ache after walking the dog"));
    COMPLAINTS.put(
        BackRegion.HIP_FLEXORS,
        List.of(
            "The front of my {side} hip feels tight and I can't stand up straight after sitting",
            "The fronts of my hips pull when I walk fast"));
    COMPLAINTS.put(
        BackRegion.HAMSTRINGS,
        List.of(
            "The backs of my legs are so tight I can't touch my knees, never mind my toes",
            "My {side} hamstring feels tight and pulls into my lower back"));
  }

  private static final List<String> PREGNANCY_COMPLAINTS =
      List.of(
          "My lower back and hips ache more every week with the bump",
          "I get pain at the back of my pelvis when I turn over in bed",
          "My lower back is sore by the evening now I'm further along");

  private static final List<String> FLARE_CAUSES =
      List.of(
          "a weekend of gardening",
          "moving house",
          "a long flight",
          "decorating the spare room",
          "a heavy week at work",
          "lifting the grandchildren",
          "a bad night's sleep on a sofa bed",
          "a long car journey");

  /** Range-of-motion notes by region; "{s}" is the side (L, R, bilat), "{o}" the other side. */
  private static final Map<BackRegion, List<String>> ROM = new EnumMap<>(BackRegion.class);

  static {
    ROM.put(
        BackRegion.NECK,
        List.of(
            "Cervical rotation {s} limited, end-range pain",
            "Cervical lateral flexion {s} reduced, pulling on the {o} side",
            "Cervical flexion full; extension stiff at end of range",
            "Rotation {s} about 60° with tightness, {o} full"));
    ROM.put(
        BackRegion.SHOULDERS,
        List.of(
            "Shoulder abduction {s} painful above 120°",
            "Shoulder flexion full, mild pinch at end range {s}",
            "Scapular retraction weak {s}, shoulder hitches on elevation"));
    ROM.put(
        BackRegion.UPPER_BACK,
        List.of(
            "Thoracic extension stiff, restricted mid-range",
            "Thoracic rotation {s} reduced by about a third",
            "Upper thoracic segments stiff on springing, no sharp pain"));
    ROM.put(
        BackRegion.MID_BACK,
        List.of(
            "Thoracic rotation {s} limited, pain at end range",
            "Side bending {s} tight through the lats",
            "Deep breath in catches slightly {s}, settles on exhale"));
    ROM.put(
        BackRegion.LOWER_BACK,
        List.of(
            "Lumbar flexion to mid-shin, tight at end range",
            "Lumbar extension painful at end range",
            "Lateral flexion {s} reduced, pulling on the {o} side",
            "Flexion fingertips to knees, slow return to standing",
            "Lumbar rotation {s} stiff, no leg symptoms"));
    ROM.put(
        BackRegion.GLUTES,
        List.of(
            "Hip internal rotation {s} reduced",
            "Figure-4 position {s} tight, buttock pain at end range"));
    ROM.put(
        BackRegion.HIP_FLEXORS,
        List.of(
            "Thomas test {s}: thigh does not lie flat",
            "Hip extension {s} limited, pulls at groin"));
    ROM.put(
        BackRegion.HAMSTRINGS,
        List.of(
            "Straight-leg raise {s} about 60°, hamstring pull, no leg symptoms",
            "Straight-leg raise 70°, tight at end range, no tingling"));
  }

  private static final List<String> ROM_GOOD =
      List.of(
          "Range full, slight end-range tightness only",
          "Movement full and pain-free",
          "Range near full, comfortable",
          "Moves freely; no pain at end range");

  private static final Map<BackRegion, List<String>> OBSERVATIONS = new EnumMap<>(BackRegion.class);

  static {
    List<String> upper =
        List.of(
            "Forward head posture",
            "Rounded shoulders, shoulder blades drawn forward",
            "{S} shoulder sits higher",
            "Shallow upper-chest breathing",
            "Chin pokes forward when seated");
    List<String> lower =
        List.of(
            "Increased lumbar curve, pelvis tipped forward",
            "Flattened lumbar curve",
            "Leans away from the {S} side when standing",
            "Guarding when getting onto the table",
            "Slow, careful walk into the room",
            "Weight shifted onto the {O} leg in standing");
    OBSERVATIONS.put(BackRegion.NECK, upper);
    OBSERVATIONS.put(BackRegion.SHOULDERS, upper);
    OBSERVATIONS.put(BackRegion.UPPER_BACK, upper);
    OBSERVATIONS.put(
        BackRegion.MID_BACK,
        List.of(
            "Rounded upper back",
            "Breathing mostly into the upper chest",
            "Ribs held stiffly on the {S} side"));
    OBSERVATIONS.put(BackRegion.LOWER_BACK, lower);
    OBSERVATIONS.put(BackRegion.GLUTES, lower);
    OBSERVATIONS.put(
        BackRegion.HIP_FLEXORS,
        List.of("Stands with hips slightly bent after sitting", "Pelvis tipped forward"));
    OBSERVATIONS.put(
        BackRegion.HAMSTRINGS,
        List.of("Knees slightly bent when standing", "Flattened lumbar curve"));
  }

  private static final List<String> ONSETS =
      List.of(
          "Gradual over the last few months",
          "Started after a new job with long hours at a desk",
          "Came on suddenly while lifting, about three weeks ago",
          "On and off for years, worse since the winter",
          "Woke up with it about a fortnight ago",
          "After a fall on the stairs last year (checked at the time, nothing broken)");
  private static final List<String> CHARACTERS =
      List.of(
          "Dull ache",
          "Aching, sometimes sharp on movement",
          "Tight and pulling",
          "Burning patch",
          "Stiff, like it needs a good stretch",
          "Nagging, gets sharp if I twist");
  private static final Map<WorkPosture, List<String>> AGGRAVATING =
      new EnumMap<>(WorkPosture.class);

  static {
    AGGRAVATING.put(
        WorkPosture.DESK,
        List.of(
            "Long spells at the computer",
            "Video calls without a break",
            "Sitting on the sofa with the laptop"));
    AGGRAVATING.put(
        WorkPosture.DRIVING,
        List.of("Driving more than an hour", "Getting in and out of the cab", "Loading the van"));
    AGGRAVATING.put(
        WorkPosture.STANDING,
        List.of("Standing still for long", "End of a long shift", "Bending over the work surface"));
    AGGRAVATING.put(
        WorkPosture.MANUAL,
        List.of("Lifting and carrying at work", "Kneeling, then getting up", "Working overhead"));
  }

  private static final List<String> AGGRAVATING_OTHER =
      List.of("Bending and twisting", "Sitting in soft chairs", "Cold weather", "Housework");
  private static final List<String> RELIEVING =
      List.of(
          "Hot shower",
          "Walking it off",
          "Heat pack in the evening",
          "Lying down with knees up",
          "Ibuprofen takes the edge off",
          "Moving about and stretching",
          "Nothing much helps");
  private static final List<String> RADIATION_LEG =
      List.of(
          "Into the {side} buttock, sometimes the back of the thigh, not past the knee",
          "Down the back of the {side} thigh now and then",
          "Occasional tingling down the outside of the {side} thigh");
  private static final List<String> RADIATION_NECK =
      List.of(
          "Up into the back of the head",
          "Towards the {side} shoulder blade",
          "Across the top of the {side} shoulder");

  private static final List<String> BETTER =
      List.of(
          "Better for about four days after last session, then crept back a bit",
          "Much easier; only stiff first thing",
          "Good week, hardly needed painkillers",
          "Sleeping better since last time",
          "Moving more freely, less stiffness in the mornings",
          "Noticeably better; managed a full day without thinking about it");
  private static final List<String> SAME =
      List.of(
          "About the same as last time",
          "Eased for a day or two, then back to usual",
          "No real change; busy week",
          "Steady, neither better nor worse",
          "Up and down depending on the day");
  private static final List<String> WORSE =
      List.of(
          "Worse since the weekend after carrying heavy shopping",
          "Flared up after a long drive on Tuesday",
          "Sore after trying a new exercise class",
          "Stiffer with the cold weather",
          "Bad few days after a stressful week");

  private static final List<String> HISTORY_CHANGES =
      List.of(
          "Saw GP last month; told to keep active, nothing new",
          "Had a flu jab on Monday",
          "Started an exercise class once a week",
          "Blood test at GP, results normal",
          "New mattress since last visit",
          "Had a cold last week, fully recovered");

  private static final Map<WorkPosture, List<String>> WORK_NOTES = new EnumMap<>(WorkPosture.class);

  static {
    WORK_NOTES.put(
        WorkPosture.DESK,
        List.of(
            "Deadline week, long hours at the laptop",
            "Working from home at the kitchen table",
            "New standing desk at work, using it a bit"));
    WORK_NOTES.put(
        WorkPosture.DRIVING,
        List.of(
            "Long runs up north this week, two nights away",
            "Extra shifts covering for a colleague",
            "Swapped to a newer vehicle with a better seat"));
    WORK_NOTES.put(
        WorkPosture.STANDING,
        List.of(
            "Three long shifts in a row",
            "Short-staffed, on feet most of the day",
            "Moved to a quieter rota this month"));
    WORK_NOTES.put(
        WorkPosture.MANUAL,
        List.of(
            "Big job on, lots of lifting this week",
            "Working in the cold most days",
            "Lighter duties for a fortnight"));
  }

  private static final List<String> LIFE_NOTES =
      List.of(
          "Sleeping badly, around five hours a night",
          "Stress high at home, looking after a parent",
          "Less stressed since a week away",
          "Sleeping well, walking daily",
          "Baby not sleeping through yet",
          "Worried about exams in the family, tense");

  private static final List<String> GOALS =
      List.of(
          "Sit through a full working day without pain",
          "Sleep through the night without the back waking me",
          "Pick up the grandchildren without worrying",
          "Drive to see family (three hours) in comfort",
          "Get through the garden season",
          "Turn my head fully when reversing");

  private static final Map<BackRegion, List<String>> TISSUE = new EnumMap<>(BackRegion.class);

  private static final List<String> TISSUE_GENERAL =
      List.of(
          "Tissue softened",
          "Tone reduced",
          "Taut bands released well",
          "Less guarding by the end of the session",
          "Muscles warmed and relaxed well",
          "Tissue still dense but less reactive");

  static {
    TISSUE.put(
        BackRegion.NECK,
        List.of("rotation improved", "head turns further both ways", "headache eased"));
    TISSUE.put(
        BackRegion.SHOULDERS,
        List.of("shoulders dropped and sat more level", "reaching overhead easier"));
    TISSUE.put(
        BackRegion.UPPER_BACK,
        List.of("sits taller without effort", "ache between shoulder blades eased"));
    TISSUE.put(
        BackRegion.MID_BACK, List.of("twisting easier", "breathing deeper and easier at the end"));
    TISSUE.put(
        BackRegion.LOWER_BACK,
        List.of(
            "bending comfortable further down",
            "standing straight more easily",
            "got off the table without the usual catch"));
    TISSUE.put(
        BackRegion.GLUTES,
        List.of("sitting more comfortable", "buttock ache eased to a dull spot"));
    TISSUE.put(
        BackRegion.HIP_FLEXORS, List.of("stands up straighter after lying", "stride longer"));
    TISSUE.put(
        BackRegion.HAMSTRINGS,
        List.of("straight-leg raise improved by about 10°", "legs feel looser walking"));
  }

  private static final List<String> NO_CHANGE =
      List.of(
          "Little change today; tissue stayed guarded",
          "Eased slightly; still tight at the end",
          "Tolerated treatment well, small change only");

  private static final List<String> ADVERSE =
      List.of(
          "Mild soreness expected 24–48 h; advised to call if it lasts longer",
          "Slightly light-headed on sitting up; settled after water and a few minutes' rest",
          "Brief cramp in the calf during the hamstring stretch; eased with stretching",
          "Felt tired and a little achy afterwards",
          "Some redness over the treated area, settled before leaving");

  private static final Map<BackRegion, List<String>> HOME_CARE = new EnumMap<>(BackRegion.class);

  static {
    HOME_CARE.put(
        BackRegion.NECK,
        List.of(
            "Chin tucks, 10 every hour at the desk",
            "Upper-trap stretch 30 s each side, morning and evening",
            "Raise the laptop screen to eye level; use a separate keyboard"));
    HOME_CARE.put(
        BackRegion.SHOULDERS,
        List.of(
            "Doorway chest stretch 3× daily, 30 s",
            "Shoulder rolls and blade squeezes, 10 each, twice a day",
            "Upper-trap stretch 30 s each side, morning and evening"));
    HOME_CARE.put(
        BackRegion.UPPER_BACK,
        List.of(
            "Foam roller along the upper back, 2 min daily",
            "Doorway chest stretch 3× daily, 30 s",
            "Get up from the desk every 30 min"));
    HOME_CARE.put(
        BackRegion.MID_BACK,
        List.of(
            "Seated twists, 10 each way, morning and evening",
            "Slow breathing into the lower ribs, 5 min before bed"));
    HOME_CARE.put(
        BackRegion.LOWER_BACK,
        List.of(
            "Knee-to-chest stretch in bed before getting up",
            "Cat–cow, 10 slow reps morning and night",
            "Heat pack 15 min in the evening if stiff",
            "Walk 20 min daily on the flat",
            "Lift with knees bent and the load close; no twisting",
            "Stop every 2 h on long drives and walk for a few minutes"));
    HOME_CARE.put(
        BackRegion.GLUTES,
        List.of(
            "Figure-4 glute stretch 2× daily, 30 s each side",
            "Tennis ball against the wall on the buttock, 1 min each side"));
    HOME_CARE.put(
        BackRegion.HIP_FLEXORS,
        List.of("Half-kneeling hip flexor stretch, 3 × 30 s each side", "Short walk every hour"));
    HOME_CARE.put(
        BackRegion.HAMSTRINGS,
        List.of(
            "Hamstring stretch 3× daily, 30 s each",
            "Hamstring stretch on a step, 3 × 30 s each leg"));
  }

  private static final List<String> HOME_GENERAL =
      List.of(
          "Drink water and take it easy this evening",
          "Keep active; a daily walk or swim",
          "Warm bath or shower this evening");

  private static final List<String> PREGNANCY_HOME =
      List.of(
          "Sleep on the side with a pillow between the knees",
          "Cat–cow on hands and knees, 10 slow reps",
          "Short walks daily; rest with feet up in the afternoon");

  private static final List<String> REFERRALS =
      List.of(
          "Suggested physiotherapy for a strengthening programme",
          "Suggested a workstation assessment through work",
          "Suggested an eye test, as headaches come with screen work",
          "Suggested a Pilates class for core strength",
          "Suggested GP review if the leg tingling carries on");

  private static final List<String[]> ADDENDA =
      List.of(
          new String[] {
            "Late entry: client phoned with new symptom",
            "Client phoned: headache the evening after the session, gone by the morning. No other"
                + " symptoms. Advised water and rest; will check at the next visit."
          },
          new String[] {
            "Late entry: client phoned with new symptom",
            "Client phoned: pins and needles in the hand on waking for two mornings, no weakness."
                + " Advised to see GP if it continues; will screen again before the next"
                + " treatment."
          },
          new String[] {
            "Late entry: client feedback",
            "Client e-mailed: soreness settled after a day, slept better than for weeks."
          },
          new String[] {
            "Clarification: pressure",
            "Pressure kept to the client's request throughout; checked twice during the session."
          },
          new String[] {
            "Late entry: GP letter received",
            "GP letter received: no objection to massage; keep pressure moderate over the spine."
          },
          new String[] {
            "Late entry: consent conversation",
            "Talked through the treatment plan and the right to stop at any time before starting;"
                + " client agreed. Not written up on the day."
          });

  private final long seed;
  private final LocalDate today;

  DemoNoteGenerator(long seed, LocalDate today) {
    this.seed = seed;
    this.today = today;
  }

  /** One note per visit, oldest first; signed except perhaps the latest one. */
  List<SessionNote> notes(Client client, long clientId, List<DemoVisit> visits) {
    if (visits.isEmpty()) {
      return List.of();
    }
    // Keyed on who the client is, not on the database id, which differs after a discarded demo.
    String who = client.fullName() + "|" + client.dateOfBirth() + "|" + visits.get(0).start();
    Random r = new Random(mix(seed, who.hashCode()));
    Story story = story(r, client);
    DemoVisit last = visits.get(visits.size() - 1);
    boolean draftLast =
        !client.isArchived()
            && !last.start().toLocalDate().isBefore(today.minusDays(DRAFT_WITHIN_DAYS))
            && chance(r, DRAFT_RATE);
    List<SessionNote> notes = new ArrayList<>(visits.size());
    Course course = null;
    SessionNote previous = null;
    for (int i = 0; i < visits.size(); i++) {
      DemoVisit visit = visits.get(i);
      long gap =
          i == 0
              ? Long.MAX_VALUE
              : ChronoUnit.DAYS.between(visits.get(i - 1).start(), visit.start());
      boolean flare = course != null && course.t > 4 && chance(r, 0.03);
      if (course == null || gap > LONG_BREAK_DAYS || flare) {
        course = new Course(r, course == null ? 0 : course.episode + 1, course);
      }
      LocalDateTime next = i + 1 < visits.size() ? visits.get(i + 1).start() : null;
      boolean draft = draftLast && i == visits.size() - 1;
      SessionNote note =
          note(r, story, client, clientId, visit, course, previous, gap, next, draft);
      notes.add(note);
      previous = note;
      course.t++;
    }
    return List.copyOf(notes);
  }

  // ---------------------------------------------------------------------------------------------
  // The client's story

  /** One region the client keeps coming back with. */
  private record Focus(
      BackRegion region, Side side, int offset, boolean triggers, boolean adhesionProne) {}

  private static final class Story {
    List<Focus> focus;
    PressurePreference cap;
    boolean deepAllowed;
    boolean careful;
    boolean noHotStones;
    boolean sporty;
    ConditionEntry pregnancy;
    boolean legRadiation;
    String complaint;
    String pregnancyComplaint;
    String goal;
    boolean hadUrgent;
    WorkPosture posture;
  }

  /** How pain moves over one episode of care. */
  private static final class Course {
    final int episode;
    final double start;
    final double floor;
    final double tau;
    final int bumpFrom;
    final int bumpLength;
    int t;

    Course(Random r, int episode, Course before) {
      this.episode = episode;
      double s = before == null ? 4 + r.nextInt(5) : Math.min(9, before.floor + 2 + r.nextInt(4));
      this.start = s;
      int kind = r.nextInt(100);
      if (kind < 65) { // improves
        floor = 1 + r.nextInt(3);
        bumpFrom = -1;
        bumpLength = 0;
      } else if (kind < 90) { // plateaus
        floor = Math.max(2, s - 1 - r.nextInt(2));
        bumpFrom = -1;
        bumpLength = 0;
      } else { // worse for a while first
        floor = 1 + r.nextInt(3);
        bumpFrom = 1 + r.nextInt(3);
        bumpLength = 3 + r.nextInt(3);
      }
      tau = 3 + r.nextInt(6);
    }

    double pain(Random r) {
      double p = floor + (start - floor) * Math.exp(-t / tau);
      if (bumpFrom >= 0 && t >= bumpFrom && t < bumpFrom + bumpLength) {
        double half = bumpLength / 2.0;
        p += 2.5 * (1 - Math.abs(t - bumpFrom - half + 0.5) / half);
      }
      return p + r.nextGaussian() * 0.7;
    }
  }

  private Story story(Random r, Client client) {
    Story s = new Story();
    s.posture = client.workPosture();
    s.pregnancy = client.condition(HealthCondition.PREGNANCY).orElse(null);
    s.careful =
        s.pregnancy != null
            || client.condition(HealthCondition.ANTICOAGULANTS).isPresent()
            || client.condition(HealthCondition.OSTEOPOROSIS).isPresent()
            || client.condition(HealthCondition.CANCER_HISTORY).isPresent();
    // Hot stones are left out where the health history advises against them.
    s.noHotStones =
        java.util.stream.Stream.of(
                HealthCondition.PREGNANCY,
                HealthCondition.NEUROPATHY,
                HealthCondition.DIABETES,
                HealthCondition.SKIN_CONDITION,
                HealthCondition.VARICOSE_VEINS,
                HealthCondition.HEART_CONDITION)
            .anyMatch(c -> client.condition(c).isPresent());
    PressurePreference preferred =
        client.pressurePreference() == null
            ? PressurePreference.MODERATE
            : client.pressurePreference();
    s.cap =
        s.careful && preferred.compareTo(PressurePreference.MODERATE) > 0
            ? PressurePreference.MODERATE
            : preferred;
    s.deepAllowed = !s.careful && s.cap != PressurePreference.LIGHT;
    s.sporty =
        client.activities() != null
            && client
                .activities()
                .matches(
                    "(?s).*(Running|Football|football|Climbing|Tennis"
                        + "|Squash|Rowing|Weights|Netball|Cycling).*");

    ConditionEntry disc = client.condition(HealthCondition.DISC_PROBLEMS).orElse(null);
    BackRegion primary;
    if (disc != null && disc.details() != null && disc.details().startsWith("C")) {
      primary = BackRegion.NECK;
    } else if (disc != null || s.pregnancy != null) {
      primary = BackRegion.LOWER_BACK;
      s.legRadiation = disc != null && chance(r, 0.6);
    } else {
      primary = pick(r, primaryPool(s.posture));
    }
    List<BackRegion> regions = new ArrayList<>(List.of(primary));
    int wanted =
        1 + (chance(r, 0.85) ? 1 : 0) + (chance(r, 0.6) ? 1 : 0) + (chance(r, 0.15) ? 1 : 0);
    List<BackRegion> pool = secondaryPool(s.posture, primary);
    for (int tries = 0; regions.size() < wanted && tries < 20; tries++) {
      BackRegion candidate = pick(r, pool);
      if (!regions.contains(candidate) && consented(client, candidate)) {
        regions.add(candidate);
      }
    }
    Side primarySide = pickSide(r, primary);
    s.focus = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      BackRegion region = regions.get(i);
      Side side = i == 0 ? primarySide : followSide(r, region, primarySide);
      s.focus.add(
          new Focus(
              region, side, i == 0 ? 0 : -(1 + r.nextInt(2)), chance(r, 0.55), chance(r, 0.2)));
    }
    s.complaint = complaint(r, primary, primarySide);
    s.pregnancyComplaint = pick(r, PREGNANCY_COMPLAINTS);
    s.goal = goal(r, client);
    return s;
  }

  /** The client's words; a complaint naming one side is only used for a one-sided problem. */
  private static String complaint(Random r, BackRegion region, Side side) {
    List<String> options =
        side == Side.BILATERAL
            ? COMPLAINTS.get(region).stream().filter(c -> !c.contains("{side}")).toList()
            : COMPLAINTS.get(region);
    return sided(pick(r, options), side, r);
  }

  private static List<BackRegion> primaryPool(WorkPosture posture) {
    if (posture == null) {
      return List.of(
          BackRegion.LOWER_BACK,
          BackRegion.LOWER_BACK,
          BackRegion.NECK,
          BackRegion.SHOULDERS,
          BackRegion.MID_BACK);
    }
    return switch (posture) {
      case DESK ->
          List.of(
              BackRegion.NECK,
              BackRegion.NECK,
              BackRegion.UPPER_BACK,
              BackRegion.UPPER_BACK,
              BackRegion.SHOULDERS,
              BackRegion.LOWER_BACK);
      case DRIVING ->
          List.of(
              BackRegion.LOWER_BACK, BackRegion.LOWER_BACK, BackRegion.LOWER_BACK, BackRegion.NECK);
      case STANDING ->
          List.of(
              BackRegion.LOWER_BACK,
              BackRegion.LOWER_BACK,
              BackRegion.UPPER_BACK,
              BackRegion.NECK,
              BackRegion.MID_BACK);
      case MANUAL ->
          List.of(
              BackRegion.LOWER_BACK,
              BackRegion.LOWER_BACK,
              BackRegion.LOWER_BACK,
              BackRegion.SHOULDERS,
              BackRegion.MID_BACK);
    };
  }

  private static List<BackRegion> secondaryPool(WorkPosture posture, BackRegion primary) {
    boolean upper =
        primary == BackRegion.NECK
            || primary == BackRegion.SHOULDERS
            || primary == BackRegion.UPPER_BACK;
    if (upper) {
      return List.of(
          BackRegion.NECK,
          BackRegion.SHOULDERS,
          BackRegion.UPPER_BACK,
          BackRegion.UPPER_BACK,
          BackRegion.MID_BACK);
    }
    if (posture == WorkPosture.DRIVING || posture == WorkPosture.MANUAL) {
      return List.of(
          BackRegion.GLUTES,
          BackRegion.GLUTES,
          BackRegion.HAMSTRINGS,
          BackRegion.HAMSTRINGS,
          BackRegion.HIP_FLEXORS,
          BackRegion.LOWER_BACK,
          BackRegion.MID_BACK);
    }
    return List.of(
        BackRegion.GLUTES,
        BackRegion.HAMSTRINGS,
        BackRegion.HIP_FLEXORS,
        BackRegion.LOWER_BACK,
        BackRegion.MID_BACK,
        BackRegion.UPPER_BACK);
  }

  /** Glutes and hip flexors are only worked on with the client's written consent on file. */
  private static boolean consented(Client client, BackRegion region) {
    return !region.writtenConsentByDefault() || client.regionConsents().containsKey(region);
  }

  private static boolean limb(BackRegion region) {
    return region == BackRegion.GLUTES
        || region == BackRegion.HIP_FLEXORS
        || region == BackRegion.HAMSTRINGS;
  }

  private static Side pickSide(Random r, BackRegion region) {
    return pick(r, limb(region) ? LIMB_SIDES : TRUNK_SIDES);
  }

  /** Secondary regions mostly lean the same way as the main one. */
  private static Side followSide(Random r, BackRegion region, Side primary) {
    if (chance(r, 0.4)) {
      return pickSide(r, region);
    }
    boolean left = primary == Side.LEFT || primary == Side.LEFT_GREATER;
    boolean right = primary == Side.RIGHT || primary == Side.RIGHT_GREATER;
    if (!left && !right) {
      return limb(region) ? Side.BILATERAL : pickSide(r, region);
    }
    if (limb(region)) {
      return left ? Side.LEFT : Side.RIGHT;
    }
    return left ? Side.LEFT_GREATER : Side.RIGHT_GREATER;
  }

  private static String goal(Random r, Client client) {
    String activities = client.activities();
    if (activities != null && chance(r, 0.5)) {
      String first = activities.split(",")[0].strip().toLowerCase(Locale.ROOT);
      return pick(
          r,
          List.of(
              "Back to " + first + " without pain",
              "Keep up " + first + " through the year",
              "Enjoy " + first + " again without stiffening up afterwards"));
    }
    return pick(r, GOALS);
  }

  // ---------------------------------------------------------------------------------------------
  // One note

  private SessionNote note(
      Random r,
      Story story,
      Client client,
      long clientId,
      DemoVisit visit,
      Course course,
      SessionNote previous,
      long gapDays,
      LocalDateTime nextVisit,
      boolean draft) {
    LocalDate day = visit.start().toLocalDate();
    boolean pregnantNow =
        story.pregnancy != null
            && (story.pregnancy.dueDate() == null
                || (!day.isBefore(story.pregnancy.dueDate().minusDays(ConditionEntry.TERM_DAYS))
                    && !day.isAfter(story.pregnancy.dueDate())));
    boolean first = previous == null;

    // Red-flag screen: every question put to this client answered, one of them rarely yes.
    Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(RedFlagQuestion.class);
    for (RedFlagQuestion q : RedFlagPrompts.askedWith(RedFlagPrompts.forClient(client, day))) {
      flags.put(q, RedFlagAnswer.NO);
    }
    double roll = r.nextDouble();
    RedFlagQuestion yes = null;
    if (roll < URGENT_RATE && !story.hadUrgent) {
      story.hadUrgent = true;
      yes =
          pick(
              r,
              List.of(
                  RedFlagQuestion.SADDLE_NUMBNESS,
                  RedFlagQuestion.BLADDER_CONTROL,
                  RedFlagQuestion.BOWEL_CHANGE,
                  RedFlagQuestion.LEG_WEAKNESS));
    } else if (roll < URGENT_RATE + REFER_RATE) {
      yes =
          pick(
              r,
              List.of(
                  RedFlagQuestion.NIGHT_PAIN,
                  RedFlagQuestion.NIGHT_PAIN,
                  RedFlagQuestion.SERIOUS_INJURY,
                  RedFlagQuestion.UNEXPLAINED_PAIN,
                  RedFlagQuestion.UNEXPLAINED_PAIN,
                  RedFlagQuestion.CALF_CLOT,
                  RedFlagQuestion.FEVER_UNWELL,
                  RedFlagQuestion.WEIGHT_LOSS,
                  RedFlagQuestion.INFECTION_RISK));
    }
    String advice = null;
    String referral = null;
    boolean treat = true;
    boolean gentleOnly = false;
    if (yes != null) {
      flags.put(yes, RedFlagAnswer.YES);
      String[] handling = flagHandling(r, yes);
      advice = handling[0];
      referral = handling[1];
      treat = handling[2] == null;
      gentleOnly = true;
    }

    // Pain today.
    double base = Math.max(0, course.pain(r));
    if (yes == RedFlagQuestion.UNEXPLAINED_PAIN || yes == RedFlagQuestion.NIGHT_PAIN) {
      base += 2;
    }

    // O: findings and treatments.
    List<RegionFinding> findings = new ArrayList<>();
    Set<Position> positions = EnumSet.noneOf(Position.class);
    int painNow;
    if (treat) {
      List<Focus> today = new ArrayList<>();
      for (int i = 0; i < story.focus.size(); i++) {
        if (i == 0 || chance(r, 0.9)) {
          today.add(story.focus.get(i));
        }
      }
      int maxFindings = visit.minutes() <= 30 ? 2 : 4;
      while (today.size() > maxFindings) {
        today.remove(today.size() - 1);
      }
      findings = findings(r, story, client, visit.minutes(), today, base, gentleOnly, first);
      painNow = findings.stream().mapToInt(RegionFinding::painBefore).max().orElse(0);
      positions = positions(r, findings, pregnantNow);
    } else {
      painNow = clamp((int) Math.round(base));
    }

    // S.
    Subjective subjective =
        subjective(r, story, client, pregnantNow, first, previous, painNow, gapDays, course);

    // A and P.
    String response;
    String adverse = null;
    CarePlan plan;
    if (treat) {
      response = response(r, findings);
      if (chance(r, 0.03)) {
        adverse = pick(r, ADVERSE);
      }
      String homeCare = homeCare(r, findings, pregnantNow);
      if (referral == null && chance(r, 0.02)) {
        referral = pick(r, REFERRALS);
      }
      plan =
          new CarePlan(
              nextFocus(r, findings), frequency(r, visit, nextVisit, first), homeCare, referral);
    } else {
      response = "Not treated today; see red-flag advice.";
      plan =
          new CarePlan("Screen again before any treatment", "Rebook once cleared", null, referral);
    }

    LocalDateTime serviceEnd = visit.start().plusMinutes(visit.minutes());
    LocalDateTime writtenAt = serviceEnd.plusMinutes(5 + r.nextInt(26));
    if (chance(r, LATE_RATE)) {
      LocalDateTime late =
          visit
              .start()
              .plusDays(2 + r.nextInt(3))
              .withHour(8 + r.nextInt(11))
              .withMinute(r.nextInt(60));
      if (late.isBefore(today.atStartOfDay())) {
        writtenAt = late;
      }
    }

    SessionNote note =
        new SessionNote(
            null,
            clientId,
            visit.start(),
            visit.minutes(),
            positions,
            writtenAt,
            subjective,
            flags,
            advice,
            findings,
            draft ? null : response,
            draft ? null : adverse,
            draft ? CarePlan.EMPTY : plan,
            NoteStatus.DRAFT,
            null,
            null,
            List.of());
    if (draft) {
      return note;
    }
    List<String> problems = SigningRules.problems(note, flags.keySet());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Generated demo note cannot be signed: " + problems);
    }
    note = note.endedWithoutTreatment(!note.noTreatmentFlags().isEmpty());
    SessionNote byTherapist = note.withSigner(SIGNER);
    SessionNote signed = byTherapist.signedAs(writtenAt, NoteHash.of(byTherapist));
    if (chance(r, ADDENDUM_RATE)) {
      LocalDateTime at =
          writtenAt
              .plusDays(1 + r.nextInt(5))
              .withHour(8 + r.nextInt(11))
              .withMinute(r.nextInt(60));
      if (at.isBefore(today.atStartOfDay())) {
        String[] addendum = addendum(r, note);
        signed = signed.withAddenda(List.of(Addendum.signed(at, SIGNER, addendum[0], addendum[1])));
      }
    }
    return signed;
  }

  /** A reason and text for a late addition, fitting what the note records. */
  private static String[] addendum(Random r, SessionNote note) {
    if (note.findings().isEmpty() || chance(r, 0.6)) {
      return pick(r, ADDENDA);
    }
    RegionFinding main = note.findings().get(0);
    String region = main.region().label().toLowerCase(Locale.ROOT);
    return pick(
        r,
        List.of(
            new String[] {
              "Late entry: home care not recorded",
              "Also showed a stretch for the "
                  + region
                  + " on the day; client practised it twice"
                  + " in the room."
            },
            new String[] {
              "Correction: observation missed",
              "Also noted on the day: mild redness over the "
                  + region
                  + " from a heat pad used"
                  + " at home; skin intact."
            },
            new String[] {
              "Late entry: client feedback",
              "Client texted afterwards: "
                  + region
                  + " much looser, stiffness back to"
                  + " mornings only."
            }));
  }

  /** Advice, referral and (non-null when the client was not treated) the reason not to treat. */
  private static String[] flagHandling(Random r, RedFlagQuestion q) {
    String notTreated = "not treated";
    return switch (q) {
      case SADDLE_NUMBNESS ->
          new String[] {
            pick(
                r,
                List.of(
                    "Numbness in the saddle area since yesterday. Advised to go to the emergency"
                        + " department now; did not treat; client's partner drove them.",
                    "Tingling round the groin and inner thighs this morning. Advised the"
                        + " emergency department now; did not treat; called a taxi for the"
                        + " client.")),
            "Emergency department the same hour",
            notTreated
          };
      case BLADDER_CONTROL ->
          new String[] {
            "New difficulty passing urine along with the back pain. Advised to go to the"
                + " emergency department now; did not treat; client's sister collected them.",
            "Emergency department the same hour",
            notTreated
          };
      case BOWEL_CHANGE ->
          new String[] {
            "Reported new loss of bowel control. Advised the emergency department straight"
                + " away; did not treat; client's partner drove them.",
            "Emergency department the same hour",
            notTreated
          };
      case LEG_WEAKNESS ->
          new String[] {
            "Both legs weak and numb, worse since the morning. Did not treat; called the"
                + " emergency number as the client could not travel safely.",
            "Emergency services called",
            notTreated
          };
      case NIGHT_PAIN ->
          new String[] {
            pick(
                r,
                List.of(
                    "Advised to see their doctor this week about night pain; client agreed."
                        + " Light work only today.",
                    "Pain waking the client most nights. Advised a doctor's appointment this"
                        + " week; client will book. Kept to gentle work.")),
            "Doctor this week about night pain",
            null
          };
      case SERIOUS_INJURY ->
          new String[] {
            "Fell from a ladder two days ago, landing on the back. Advised to be checked today"
                + " for a fracture; did not treat.",
            "Medical check today after the fall",
            notTreated
          };
      case UNEXPLAINED_PAIN ->
          new String[] {
            "Pain constant and unlike the usual pattern. Advised to see their doctor before the"
                + " next session; treated lightly, no deep work.",
            "Doctor before the next session",
            null
          };
      case CALF_CLOT ->
          new String[] {
            "Swollen, warm and sore calf since a long flight; no breathlessness. Advised to be"
                + " seen today about a possible clot; did not treat.",
            "Seen today (possible clot in the leg)",
            notTreated
          };
      case FEVER_UNWELL ->
          new String[] {
            "Feverish and shivery since yesterday, with the back pain. Advised to be seen by a"
                + " doctor today; did not treat, rebooked for next week.",
            "Doctor today about the fever",
            notTreated
          };
      case WEIGHT_LOSS ->
          new String[] {
            "Has lost weight over the last months without trying. Advised to see their doctor"
                + " this week; gentle work only today.",
            "Doctor this week about weight loss",
            null
          };
      case INFECTION_RISK ->
          new String[] {
            "On antibiotics for a kidney infection. Advised to see their doctor this week if"
                + " the back pain stays; light work only today.",
            "Doctor if back pain continues",
            null
          };
      default -> throw new IllegalArgumentException("No demo handling for " + q);
    };
  }

  private static List<RegionFinding> findings(
      Random r,
      Story story,
      Client client,
      int minutes,
      List<Focus> regions,
      double base,
      boolean gentleOnly,
      boolean first) {
    PressurePreference cap = gentleOnly ? PressurePreference.LIGHT : story.cap;
    boolean deepAllowed = story.deepAllowed && !gentleOnly;
    int budget = Math.max(regions.size(), Math.min(8, (minutes - 5) / 10));
    int[] painBefore = new int[regions.size()];
    int[] painAfter = new int[regions.size()];
    int[] techniqueCount = new int[regions.size()];
    int planned = 0;
    for (int i = 0; i < regions.size(); i++) {
      Focus f = regions.get(i);
      double noise = i == 0 ? 0 : r.nextGaussian() * 0.5;
      painBefore[i] = clamp((int) Math.round(base + f.offset() + noise));
      painAfter[i] = Math.max(0, painBefore[i] - weighted(r, new int[] {8, 35, 37, 20}));
      int room = budget - planned - (regions.size() - i - 1);
      techniqueCount[i] = Math.max(1, Math.min(room, 1 + r.nextInt(3)));
      planned += techniqueCount[i];
    }
    int treatmentMinutes = minutes - (minutes <= 30 ? 5 : 10);
    int[] split = split(r, treatmentMinutes, planned);
    List<RegionFinding> result = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < regions.size(); i++) {
      Focus f = regions.get(i);
      int before = painBefore[i];
      int after = painAfter[i];
      Tone tone;
      if (before >= 3) {
        tone = chance(r, 0.92) ? Tone.HYPERTONIC : Tone.NORMAL;
      } else {
        int t = r.nextInt(100);
        tone = t < 55 ? Tone.HYPERTONIC : t < 97 ? Tone.NORMAL : Tone.HYPOTONIC;
      }
      boolean active = f.triggers && before >= 4 && chance(r, 0.7);
      boolean latent = f.triggers && !active && chance(r, 0.5);
      int tenderness = before >= 8 ? 3 : before >= 5 ? 2 : before >= 3 ? 1 : 0;
      if (chance(r, 0.25)) {
        tenderness += chance(r, 0.5) ? 1 : -1;
      }
      tenderness = Math.max(0, Math.min(before >= 8 ? 4 : 3, tenderness));
      boolean adhesions = f.adhesionProne && chance(r, 0.6);
      String rom = null;
      if (chance(r, first ? 0.9 : 0.55)) {
        rom = before <= 2 ? pick(r, ROM_GOOD) : sided(pick(r, ROM.get(f.region())), f.side(), r);
      }
      String observation = null;
      if (i == 0 ? chance(r, first ? 0.9 : 0.25) : chance(r, 0.1)) {
        observation = sided(pick(r, OBSERVATIONS.get(f.region())), f.side(), r);
      }
      List<Technique> chosen =
          techniques(
              r,
              f.region(),
              techniqueCount[i],
              active || latent,
              adhesions,
              deepAllowed,
              cap,
              story.sporty,
              story.noHotStones);
      List<Treatment> treatments = new ArrayList<>();
      for (Technique t : chosen) {
        treatments.add(new Treatment(t, pressure(t, cap), split[k++]));
      }
      result.add(
          new RegionFinding(
              f.region(),
              f.side(),
              before,
              after,
              tone,
              active,
              latent,
              tenderness,
              adhesions,
              rom,
              observation,
              treatments,
              false));
    }
    return result;
  }

  private static List<Technique> techniques(
      Random r,
      BackRegion region,
      int n,
      boolean triggers,
      boolean adhesions,
      boolean deepAllowed,
      PressurePreference cap,
      boolean sporty,
      boolean noHotStones) {
    List<Technique> wanted = new ArrayList<>();
    int opener = r.nextInt(100);
    wanted.add(
        opener < 70
            ? Technique.SWEDISH
            : opener < 80
                ? (noHotStones ? Technique.MYOFASCIAL_RELEASE : Technique.HOT_STONES)
                : opener < 92 ? Technique.MYOFASCIAL_RELEASE : Technique.RELAXATION);
    if (triggers) {
      wanted.add(deepAllowed ? Technique.TRIGGER_POINT : Technique.ACUPRESSURE);
    }
    if (adhesions) {
      wanted.add(
          deepAllowed && cap.compareTo(PressurePreference.FIRM) >= 0
              ? Technique.DEEP_TISSUE
              : Technique.MYOFASCIAL_RELEASE);
    }
    if (limb(region) && chance(r, 0.6)) {
      wanted.add(Technique.STRETCHING);
    }
    if (deepAllowed && cap.compareTo(PressurePreference.FIRM) >= 0 && chance(r, 0.6)) {
      wanted.add(Technique.DEEP_TISSUE);
    }
    if (deepAllowed && sporty && chance(r, 0.3)) {
      wanted.add(Technique.SPORTS);
    }
    wanted.add(Technique.MYOFASCIAL_RELEASE);
    wanted.add(Technique.SWEDISH);
    wanted.add(Technique.ACUPRESSURE);
    List<Technique> chosen = new ArrayList<>();
    for (Technique t : wanted) {
      if (chosen.size() < n && !chosen.contains(t)) {
        chosen.add(t);
      }
    }
    return chosen;
  }

  /** The pressure used for a technique, never more than the client's (capped) preference. */
  private static PressurePreference pressure(Technique t, PressurePreference cap) {
    PressurePreference most =
        switch (t) {
          case RELAXATION -> PressurePreference.LIGHT;
          case SWEDISH, HOT_STONES, MYOFASCIAL_RELEASE, ACUPRESSURE -> PressurePreference.MODERATE;
          case TRIGGER_POINT, SPORTS -> PressurePreference.FIRM;
          case DEEP_TISSUE, OTHER -> PressurePreference.DEEP;
          case STRETCHING -> null;
        };
    if (most == null) {
      return null;
    }
    return most.compareTo(cap) < 0 ? most : cap;
  }

  private static Set<Position> positions(Random r, List<RegionFinding> findings, boolean pregnant) {
    if (pregnant) {
      return EnumSet.of(Position.SIDE_LYING);
    }
    Set<Position> positions = EnumSet.of(Position.PRONE);
    for (RegionFinding f : findings) {
      if (f.region() == BackRegion.HIP_FLEXORS) {
        positions.add(chance(r, 0.8) ? Position.SUPINE : Position.SIDE_LYING);
      } else if (f.region() == BackRegion.NECK && chance(r, 0.4)) {
        positions.add(Position.SUPINE);
      } else if (f.region() == BackRegion.LOWER_BACK && chance(r, 0.12)) {
        positions.add(Position.SIDE_LYING);
      } else if (f.region() == BackRegion.HAMSTRINGS && chance(r, 0.3)) {
        positions.add(Position.SUPINE);
      }
    }
    return positions;
  }

  private static Subjective subjective(
      Random r,
      Story story,
      Client client,
      boolean pregnantNow,
      boolean first,
      SessionNote previous,
      int painNow,
      long gapDays,
      Course course) {
    Focus main = story.focus.get(0);
    String complaint;
    if (pregnantNow) {
      complaint = story.pregnancyComplaint;
    } else if (course.episode > 0 && course.t == 0) {
      complaint = "It's flared up again after " + pick(r, FLARE_CAUSES);
    } else if (!first && chance(r, 0.12)) {
      complaint = complaint(r, main.region(), main.side());
    } else {
      complaint = story.complaint;
    }
    boolean detail = first || (course.t == 0) || chance(r, 0.15);
    String onset = first || (course.t == 0 && chance(r, 0.5)) ? pick(r, ONSETS) : null;
    if (course.episode > 0 && course.t == 0) {
      onset = "About a week ago";
    }
    String character = detail && chance(r, 0.8) ? pick(r, CHARACTERS) : null;
    String aggravating = null;
    if (detail && chance(r, 0.8)) {
      aggravating =
          story.posture != null && chance(r, 0.7)
              ? pick(r, AGGRAVATING.get(story.posture))
              : pick(r, AGGRAVATING_OTHER);
    }
    String relieving = detail && chance(r, 0.7) ? pick(r, RELIEVING) : null;
    String radiation = null;
    if (detail && story.legRadiation) {
      radiation = sided(pick(r, RADIATION_LEG), main.side(), r);
    } else if (detail && main.region() == BackRegion.NECK && chance(r, 0.4)) {
      radiation = sided(pick(r, RADIATION_NECK), main.side(), r);
    }
    Integer worst = null;
    Integer best = null;
    if (first || chance(r, 0.6)) {
      worst = Math.min(10, painNow + 1 + r.nextInt(3));
      best = Math.max(0, painNow - 1 - r.nextInt(4));
    }
    String changes = null;
    String historyChanges = null;
    if (!first) {
      if (gapDays > LONG_BREAK_DAYS) {
        changes =
            "Not seen for "
                + (gapDays / 30)
                + " months; "
                + pick(
                    r,
                    List.of(
                        "fairly good until recently",
                        "kept up the stretches most of the time",
                        "managed well until the last couple of weeks"));
      } else {
        Integer last = previous.subjective().painNow();
        int delta = last == null ? 0 : painNow - last;
        changes = pick(r, delta <= -2 ? BETTER : delta >= 2 ? WORSE : SAME);
      }
      if (!previous.urgentFlags().isEmpty()) {
        historyChanges =
            "Seen at the emergency department after the last visit; scan showed no emergency. GP happy for gentle"
                + " massage to continue";
      } else if (!previous.referFlags().isEmpty()) {
        historyChanges = "Saw GP as advised; no concerns found, fine to continue";
      } else if (chance(r, 0.05)) {
        historyChanges = pick(r, HISTORY_CHANGES);
      }
    }
    boolean reviewed = first || historyChanges != null || chance(r, 0.85);
    String stress = null;
    if (chance(r, 0.25)) {
      stress =
          story.posture != null && chance(r, 0.5)
              ? pick(r, WORK_NOTES.get(story.posture))
              : pick(r, LIFE_NOTES);
    }
    String goal = first ? story.goal : chance(r, 0.06) ? story.goal : null;
    return new Subjective(
        complaint,
        painNow,
        worst,
        best,
        onset,
        character,
        aggravating,
        relieving,
        radiation,
        changes,
        reviewed,
        historyChanges,
        stress,
        goal);
  }

  private static String response(Random r, List<RegionFinding> findings) {
    RegionFinding main = findings.get(0);
    if (main.painBefore() - main.painAfter() <= 0) {
      return pick(r, NO_CHANGE) + ".";
    }
    String text = pick(r, TISSUE_GENERAL) + ", " + pick(r, TISSUE.get(main.region())) + ".";
    if (chance(r, 0.3)) {
      text +=
          " "
              + pick(
                  r,
                  List.of(
                      "Client said they felt lighter.",
                      "Tolerated pressure well.",
                      "Client relaxed well, breathing slowed.",
                      "Client pleased with the change."));
    }
    return text;
  }

  private static String homeCare(Random r, List<RegionFinding> findings, boolean pregnant) {
    List<String> items = new ArrayList<>();
    List<String> pool = new ArrayList<>();
    if (pregnant) {
      pool.addAll(PREGNANCY_HOME);
    } else {
      for (RegionFinding f : findings) {
        pool.addAll(HOME_CARE.get(f.region()));
      }
    }
    int n = chance(r, 0.35) ? 2 : 1;
    for (int tries = 0; items.size() < n && tries < 10; tries++) {
      String item = pick(r, pool);
      if (!items.contains(item)) {
        items.add(item);
      }
    }
    if (chance(r, 0.2)) {
      items.add(pick(r, HOME_GENERAL));
    }
    return String.join("; ", items);
  }

  private static String nextFocus(Random r, List<RegionFinding> findings) {
    RegionFinding main = findings.get(0);
    String where = main.label().toLowerCase(Locale.ROOT).replace("bilateral", "both sides");
    List<String> options = new ArrayList<>();
    options.add("Continue on " + where);
    options.add("Reassess " + main.region().label().toLowerCase(Locale.ROOT) + " range and pain");
    if (main.triggerActive() || main.triggerLatent()) {
      options.add("Trigger points in " + where + "; check home stretches");
    }
    if (findings.size() > 1) {
      options.add(
          "Continue on "
              + where
              + "; more time on "
              + findings.get(1).region().label().toLowerCase(Locale.ROOT));
    } else if (main.region() == BackRegion.LOWER_BACK) {
      options.add("Continue on " + where + "; add glutes and hamstrings if consented");
    }
    return pick(r, options);
  }

  private static String frequency(
      Random r, DemoVisit visit, LocalDateTime nextVisit, boolean first) {
    if (nextVisit == null) {
      return pick(r, List.of("Weekly", "Fortnightly", "As needed"));
    }
    long days = ChronoUnit.DAYS.between(visit.start(), nextVisit);
    if (days <= 10) {
      return first || chance(r, 0.3) ? "Weekly for 4 weeks" : "Weekly";
    }
    if (days <= 17) {
      return chance(r, 0.3) ? "Fortnightly for 6 weeks, then reassess" : "Fortnightly";
    }
    if (days <= 24) {
      return "Every 3 weeks";
    }
    if (days <= 45) {
      return chance(r, 0.5) ? "Monthly maintenance" : "Monthly";
    }
    return "As needed";
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * Splits minutes over treatments, in five-minute steps where they fit, each at least one step.
   */
  private static int[] split(Random r, int total, int count) {
    int unit = total / count >= 10 ? 5 : 1;
    int units = total / unit;
    int[] result = new int[count];
    double[] weights = new double[count];
    double sum = 0;
    for (int i = 0; i < count; i++) {
      weights[i] = 0.5 + r.nextDouble();
      sum += weights[i];
    }
    int given = 0;
    for (int i = 0; i < count; i++) {
      result[i] = 1 + (int) Math.floor((units - count) * weights[i] / sum);
      given += result[i];
    }
    for (int i = 0; given < units; i = (i + 1) % count) {
      result[i]++;
      given++;
    }
    for (int i = 0; i < count; i++) {
      result[i] *= unit;
    }
    return result;
  }

  /** Replaces side placeholders: {side}/{s}/{o} and {S}/{O} (capitalised words). */
  private static String sided(String text, Side side, Random r) {
    if (!text.contains("{")) {
      return text;
    }
    boolean left =
        side == Side.LEFT
            || side == Side.LEFT_GREATER
            || (side == Side.BILATERAL && chance(r, 0.5));
    String word = left ? "left" : "right";
    String other = left ? "right" : "left";
    return text.replace("{side}", word)
        .replace("{s}", left ? "L" : "R")
        .replace("{o}", other)
        .replace("{S}", left ? "Left" : "Right")
        .replace("{O}", other);
  }

  private static int weighted(Random r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int clamp(int pain) {
    return Math.max(0, Math.min(10, pain));
  }

  /** A well-spread seed for one client, so similar keys do not give similar notes. */
  private static long mix(long seed, long key) {
    long z = seed + 0x9E3779B97F4A7C15L * (key + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  private static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
