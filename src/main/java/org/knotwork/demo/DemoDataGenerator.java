package org.knotwork.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.EmergencyContact;
import org.knotwork.client.HealthCondition;
import org.knotwork.client.PressurePreference;
import org.knotwork.client.SearchText;
import org.knotwork.client.WorkPosture;
import org.knotwork.demo.DemoPractice.DemoClient;
import org.knotwork.demo.DemoPractice.DemoClient.DemoVisit;

/**
 * Generates believable demo clients and their past visits. Everything comes from one seeded {@link
 * Random} and the given day, so the same seed, day, size and span always give equal output. All
 * names, addresses and numbers are fictional (Ofcom drama phone ranges, example.* e-mail).
 */
public final class DemoDataGenerator {
  /** First names as "Name" or "Name:Short form", grouped by the pronouns they suggest. */
  private static final List<String> FEMALE =
      List.of(
          "Zoë",
          "Siobhán",
          "Elizabeth:Liz",
          "Katarzyna:Kasia",
          "Aleksandra:Ola",
          "María José:Majo",
          "Åsa",
          "Ingrid",
          "Chidinma:Chi",
          "Folake",
          "Priya",
          "Ananya",
          "Mei",
          "Xiu Ying",
          "Fatima",
          "Layla",
          "Aoife",
          "Margaret:Maggie",
          "Lan",
          "Thảo",
          "Greta",
          "Sophie",
          "Rebecca:Becky",
          "Hannah",
          "Amira",
          "Lucía",
          "Małgorzata:Gosia",
          "Saoirse",
          "Olga");

  private static final List<String> MALE =
      List.of(
          "Łukasz",
          "Søren",
          "Oluwaseun:Seun",
          "Rahul",
          "Arjun",
          "Wei",
          "Jun",
          "Mohammed:Mo",
          "Omar",
          "Youssef",
          "Alejandro:Alex",
          "Jürgen",
          "Matthias",
          "Cian",
          "Pádraig",
          "Minh",
          "Tuấn",
          "Robert:Rob",
          "Christopher:Chris",
          "Daniel:Dan",
          "Björn",
          "Tomasz:Tomek",
          "Emeka",
          "Javier",
          "Anders",
          "David",
          "Kwame",
          "Vikram");
  private static final List<String> NEUTRAL =
      List.of("Alex", "Sam", "Robin", "Kai", "Jordan", "Noor", "Charlie", "Rowan");
  private static final List<String> FAMILY =
      List.of(
          "Nguyễn",
          "Trần",
          "Phạm",
          "Kowalski",
          "Wiśniewska",
          "Zieliński",
          "O'Sullivan",
          "Ní Bhriain",
          "Murphy",
          "Adeyemi",
          "Okafor",
          "Oyelaran",
          "Sharma",
          "Patel",
          "Iyer",
          "Zhang",
          "Li",
          "Chen",
          "Al-Farsi",
          "Haddad",
          "Rahman",
          "García",
          "Fernández",
          "Müller",
          "Schröder",
          "Weiß",
          "Andersson",
          "Kjærgaard",
          "Lindqvist",
          "Smith",
          "Taylor",
          "Hughes",
          "Brown",
          "Evans",
          "Clarke",
          "Dubois");
  private static final Map<WorkPosture, List<String>> OCCUPATIONS =
      Map.of(
          WorkPosture.DESK,
              List.of(
                  "Accountant",
                  "Software developer",
                  "Call centre adviser",
                  "Solicitor",
                  "Civil servant",
                  "Graphic designer",
                  "Architect",
                  "Project manager",
                  "Receptionist"),
          WorkPosture.DRIVING,
              List.of(
                  "Lorry driver",
                  "Taxi driver",
                  "Courier",
                  "Bus driver",
                  "Delivery driver",
                  "Sales representative (on the road)"),
          WorkPosture.STANDING,
              List.of(
                  "Nurse",
                  "Healthcare assistant",
                  "Shop assistant",
                  "Hairdresser",
                  "Primary school teacher",
                  "Chef",
                  "Barista",
                  "Dental nurse"),
          WorkPosture.MANUAL,
              List.of(
                  "Plumber",
                  "Electrician",
                  "Carpenter",
                  "Warehouse operative",
                  "Bricklayer",
                  "Gardener",
                  "Care worker",
                  "Removals"));
  private static final List<WorkPosture> POSTURE_MIX =
      List.of(
          WorkPosture.DESK,
          WorkPosture.DESK,
          WorkPosture.DESK,
          WorkPosture.DESK,
          WorkPosture.DRIVING,
          WorkPosture.STANDING,
          WorkPosture.STANDING,
          WorkPosture.MANUAL,
          WorkPosture.MANUAL);
  private static final List<String> ACTIVITIES =
      List.of(
          "Running",
          "Cycling",
          "Swimming",
          "Yoga",
          "Pilates",
          "Golf",
          "Tennis",
          "Badminton",
          "Five-a-side football",
          "Climbing",
          "Gardening",
          "Walking the dog",
          "Weights at the gym",
          "Rowing",
          "Salsa dancing",
          "Hillwalking",
          "Netball",
          "Squash");
  private static final List<String> STREETS =
      List.of(
          "Wren Lane",
          "Millbrook Road",
          "Tanners Row",
          "Orchard Close",
          "Kingfisher Way",
          "Station Road",
          "Lime Tree Avenue",
          "Foundry Street",
          "Heron Court",
          "Chapel Walk",
          "Ropewalk Terrace",
          "Quarry Hill");
  private static final List<String> TOWNS =
      List.of(
          "Ashby Moor", "Kettleford", "Lower Wistow", "Brackenfield", "Hollins Cross", "Saltmarsh");
  private static final List<String> SURGERIES =
      List.of(
          "Millbrook Surgery",
          "Riverside Medical Centre",
          "Ashby Moor Health Centre",
          "Kingsway Practice");
  private static final List<String> RELATIONS_FEMALE =
      List.of("Partner", "Wife", "Mother", "Sister", "Daughter", "Friend");
  private static final List<String> RELATIONS_MALE =
      List.of("Partner", "Husband", "Father", "Brother", "Son", "Friend", "Neighbour");
  private static final List<String> NOTES =
      List.of(
          "Prefers the room warm.",
          "Works night shifts; books late mornings.",
          "Likes quiet sessions, little chat.",
          "Gets cold easily, extra blanket.",
          "Nervous about deep work at first.",
          "Comes straight from the gym on Saturdays.",
          "Has a long commute; often five minutes late.",
          "Finds face cradle uncomfortable, use extra padding.",
          "Prefers unscented products.",
          "Referred by a friend.",
          "Ask about the new desk set-up at work.",
          "Hard of hearing on the left side.");
  private static final List<String> SURGERY_SITES =
      List.of(
          "Right knee arthroscopy",
          "Hernia repair",
          "Gallbladder removed (keyhole)",
          "Left shoulder repair",
          "Right hip replacement",
          "Appendix removed",
          "Carpal tunnel release, right wrist");
  private static final List<String> DISC_DETAILS =
      List.of(
          "L4–L5 bulge on MRI",
          "L5–S1 disc, left leg symptoms in the past",
          "C5–C6 degeneration",
          "L4–L5 herniation, settled with physio",
          "Degenerative discs, lower back");
  private static final List<String> OTHER_DETAILS =
      List.of(
          "Asthma, uses an inhaler",
          "Underactive thyroid",
          "Migraines",
          "Fibromyalgia",
          "Joint hypermobility",
          "Rheumatoid arthritis, hands");
  private static final int[] MINUTES = {30, 45, 60, 60, 60, 75, 90};

  private final long seed;
  private final LocalDate today;
  private final DemoBook book;

  public DemoDataGenerator(long seed, LocalDate today) {
    this.seed = seed;
    this.today = today;
    this.book = new DemoBook(seed);
  }

  /**
   * Clients with visits over the last {@code years} years; the first four always show accented
   * names.
   */
  public List<DemoClient> clients(int count, int years) {
    Random r = new Random(seed);
    List<DemoClient> result = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      result.add(client(r, i, years));
    }
    return List.copyOf(result);
  }

  private DemoClient client(Random r, int index, int years) {
    List<String> group =
        switch (index) {
          case 0, 2 -> FEMALE;
          case 1 -> MALE;
          default -> chance(r, 0.06) ? NEUTRAL : chance(r, 0.55) ? FEMALE : MALE;
        };
    String[] first =
        switch (index) {
          case 0 -> new String[] {"Zoë"};
          case 1 -> new String[] {"Łukasz"};
          case 2 -> new String[] {"Siobhán"};
          default -> pick(r, group).split(":");
        };
    String family = index == 3 ? "Nguyễn" : pick(r, FAMILY);
    int age = 18 + (r.nextInt(68) + r.nextInt(68)) / 2;
    LocalDate dateOfBirth = today.minusYears(age).minusDays(r.nextInt(365));
    boolean female = group == FEMALE;
    List<DemoVisit> visits = visits(r, years, dateOfBirth.plusYears(18));
    LocalDate firstVisit =
        visits.isEmpty() ? today.minusDays(1 + r.nextInt(7)) : visits.get(0).start().toLocalDate();
    List<String> medications = new ArrayList<>();
    List<ConditionEntry> conditions = conditions(r, age, female, medications);
    boolean retired = age >= 66 && chance(r, 0.8);
    boolean student = age <= 23 && chance(r, 0.5);
    WorkPosture posture = retired ? null : student ? WorkPosture.DESK : pick(r, POSTURE_MIX);
    Client client =
        Client.builder()
            .fullName(first[0] + " " + family)
            .preferredName(first.length > 1 && chance(r, 0.6) ? first[1] : null)
            .dateOfBirth(dateOfBirth)
            .pronouns(pronouns(r, group))
            .phone(phone(r))
            .email(chance(r, 0.9) ? email(r, first[0], family) : null)
            .address((1 + r.nextInt(120)) + " " + pick(r, STREETS) + ", " + pick(r, TOWNS))
            .emergencyContact(
                chance(r, 0.85)
                    ? emergencyContact(r, first[0], family, age)
                    : EmergencyContact.NONE)
            .physician(chance(r, 0.4) ? "Dr " + pick(r, FAMILY) + ", " + pick(r, SURGERIES) : null)
            .occupation(
                retired ? "Retired" : student ? "Student" : pick(r, OCCUPATIONS.get(posture)))
            .workPosture(posture)
            .activities(activities(r))
            .medications(medications.isEmpty() ? null : String.join("; ", medications))
            .allergies(allergies(r))
            .pressurePreference(pressure(r, conditions))
            .generalConsentOn(chance(r, 0.98) ? firstVisit.minusDays(r.nextInt(3)) : null)
            .regionConsents(regionConsents(r, firstVisit))
            .conditions(conditions)
            .notes(chance(r, 0.3) ? pick(r, NOTES) : null)
            .archivedAt(archivedAt(r, visits))
            .build();
    return new DemoClient(client, visits);
  }

  private List<ConditionEntry> conditions(
      Random r, int age, boolean female, List<String> medications) {
    List<ConditionEntry> list = new ArrayList<>();
    if (chance(r, age >= 60 ? 0.12 : age >= 50 ? 0.03 : 0.0)) {
      list.add(entry(r, HealthCondition.OSTEOPOROSIS, "Bone scan showed low density", age));
      medications.add("Alendronic acid 70 mg weekly");
    }
    if (chance(r, age >= 60 ? 0.25 : age >= 40 ? 0.08 : 0.01)) {
      list.add(
          entry(
              r,
              HealthCondition.OSTEOARTHRITIS,
              pick(r, List.of("Knees", "Right hip", "Hands", "Neck")),
              age));
    }
    if (chance(r, age >= 50 ? 0.25 : age >= 40 ? 0.08 : 0.02)) {
      String drug = pick(r, List.of("Amlodipine 5 mg", "Ramipril 5 mg", "Losartan 50 mg"));
      String controlled = "Controlled with " + drug.split(" ")[0].toLowerCase(Locale.ROOT);
      list.add(entry(r, HealthCondition.HIGH_BLOOD_PRESSURE, controlled, age));
      medications.add(drug);
    }
    if (chance(r, age >= 60 ? 0.13 : age >= 40 ? 0.08 : 0.03)) {
      boolean type1 = chance(r, 0.15);
      String kind = type1 ? "Type 1" : pick(r, List.of("Type 2", "Type 2, some numbness in feet"));
      list.add(entry(r, HealthCondition.DIABETES, kind, age));
      medications.add(type1 ? "Insulin" : "Metformin 500 mg");
    }
    if (chance(r, age >= 65 ? 0.12 : age >= 50 ? 0.04 : 0.01)) {
      String drug =
          pick(r, List.of("Warfarin 5 mg", "Apixaban 5 mg twice daily", "Rivaroxaban 20 mg"));
      list.add(entry(r, HealthCondition.ANTICOAGULANTS, drug.split(" ")[0], age));
      medications.add(drug);
    }
    if (chance(r, age >= 25 && age <= 65 ? 0.14 : 0.08)) {
      list.add(entry(r, HealthCondition.DISC_PROBLEMS, pick(r, DISC_DETAILS), age));
      if (chance(r, 0.4))
        medications.add(pick(r, List.of("Ibuprofen when needed", "Paracetamol when needed")));
    }
    if (chance(r, 0.04)) {
      list.add(
          new ConditionEntry(
              HealthCondition.RECENT_SURGERY,
              pick(r, SURGERY_SITES),
              today.minusDays(14 + r.nextInt(350)),
              null));
    }
    if (female && age >= 20 && age <= 42 && chance(r, 0.06)) {
      int weeks = 8 + r.nextInt(29);
      list.add(
          new ConditionEntry(
              HealthCondition.PREGNANCY,
              pick(r, List.of("First pregnancy", "Second pregnancy", "Some pelvic girdle pain")),
              null,
              ConditionEntry.dueDateFor(weeks, today)));
    }
    if (chance(r, age >= 60 ? 0.08 : age >= 40 ? 0.04 : 0.01)) {
      list.add(
          entry(
              r,
              HealthCondition.CANCER_HISTORY,
              pick(
                  r,
                  List.of(
                      "Breast, surgery and radiotherapy, in remission",
                      "Bowel, treated, yearly checks",
                      "Prostate, monitored",
                      "Skin (melanoma), removed")),
              age));
    }
    if (chance(r, 0.03)) {
      list.add(
          entry(
              r,
              HealthCondition.SKIN_CONDITION,
              pick(r, List.of("Eczema, inner elbows", "Psoriasis, lower back", "Rosacea, face")),
              age));
    }
    if (chance(r, age >= 60 ? 0.10 : age >= 40 ? 0.05 : 0.01)) {
      list.add(
          entry(
              r,
              HealthCondition.VARICOSE_VEINS,
              pick(r, List.of("Back of both calves", "Left calf", "Right thigh and calf")),
              age));
    }
    if (chance(r, 0.02)) {
      String other = pick(r, OTHER_DETAILS);
      list.add(entry(r, HealthCondition.OTHER, other, age));
      if (other.startsWith("Asthma")) medications.add("Salbutamol inhaler");
      if (other.startsWith("Underactive")) medications.add("Levothyroxine 100 micrograms");
    }
    return list;
  }

  /** A condition known since some point in adult life, or with no date (a third of the time). */
  private ConditionEntry entry(Random r, HealthCondition condition, String details, int age) {
    int maxDays = Math.max(30, Math.min(15, age - 18) * 365);
    LocalDate since = chance(r, 0.33) ? null : today.minusDays(30 + r.nextInt(maxDays));
    return new ConditionEntry(condition, details, since, null);
  }

  /**
   * Past visits from some day in the span (as an adult): regulars every 1–4 weeks, others now and
   * then.
   */
  private List<DemoVisit> visits(Random r, int years, LocalDate adult) {
    List<DemoVisit> visits = new ArrayList<>();
    if (chance(r, 0.04)) {
      return visits;
    }
    LocalDate spanStart = adult.isAfter(today.minusYears(years)) ? adult : today.minusYears(years);
    int spanDays = Math.max(1, (int) ChronoUnit.DAYS.between(spanStart, today));
    LocalDate day = spanStart.plusDays(r.nextInt(spanDays));
    LocalDate stop = chance(r, 0.35) ? day.plusDays(30 + r.nextInt(spanDays)) : today;
    // Calibrated so that ten years of a 2,000-client practice hold about 60,000 visits.
    boolean regular = chance(r, 0.27);
    int gapDays = regular ? 7 * (2 + r.nextInt(4)) : 56 + r.nextInt(120);
    int slot = r.nextInt(21);
    int minutes = MINUTES[r.nextInt(MINUTES.length)];
    while (true) {
      // the practice is closed on Sundays, holidays and training days: the visit moves on
      while (day.getDayOfWeek() == DayOfWeek.SUNDAY || book.closed(day)) {
        day = day.plusDays(1);
      }
      if (!day.isBefore(today) || day.isAfter(stop)) {
        break;
      }
      int thisSlot = chance(r, regular ? 0.8 : 0.3) ? slot : r.nextInt(21);
      int thisMinutes = chance(r, 0.85) ? minutes : MINUTES[r.nextInt(MINUTES.length)];
      visits.add(new DemoVisit(day.atTime(8, 0).plusMinutes(30L * thisSlot), thisMinutes));
      day = day.plusDays(Math.max(5, gapDays + r.nextInt(7) - 3));
    }
    return visits;
  }

  /** About 5% of clients with an earlier visit are archived some days after it. */
  private LocalDateTime archivedAt(Random r, List<DemoVisit> visits) {
    if (visits.isEmpty() || !chance(r, 0.06)) {
      return null;
    }
    LocalDate last = visits.get(visits.size() - 1).start().toLocalDate();
    long room = ChronoUnit.DAYS.between(last, today) - 1;
    if (room < 1) {
      return null;
    }
    return last.plusDays(1 + r.nextInt((int) Math.min(room, 365)))
        .atTime(9 + r.nextInt(9), r.nextInt(60));
  }

  private Map<BackRegion, LocalDate> regionConsents(Random r, LocalDate firstVisit) {
    Map<BackRegion, LocalDate> consents = new EnumMap<>(BackRegion.class);
    if (chance(r, 0.3)) {
      consents.put(BackRegion.GLUTES, firstVisit);
      if (chance(r, 0.2)) {
        consents.put(BackRegion.HIP_FLEXORS, firstVisit);
      }
    }
    return consents;
  }

  private String pronouns(Random r, List<String> group) {
    if (group == NEUTRAL) {
      return chance(r, 0.7) ? "they/them" : null;
    }
    if (chance(r, 0.03)) {
      return "they/them";
    }
    return chance(r, 0.25) ? (group == FEMALE ? "she/her" : "he/him") : null;
  }

  private static String phone(Random r) {
    int n = r.nextInt(1000);
    return switch (r.nextInt(10)) {
      case 0 -> String.format(Locale.ROOT, "01632 960%03d", n);
      case 1, 2 -> String.format(Locale.ROOT, "+44 7700 900%03d", n);
      default -> String.format(Locale.ROOT, "07700 900%03d", n);
    };
  }

  private static String email(Random r, String first, String family) {
    String given = SearchText.fold(first).replaceAll("[^a-z]", "");
    String last = SearchText.fold(family).replaceAll("[^a-z]", "");
    String local =
        switch (r.nextInt(3)) {
          case 0 -> given + "." + last;
          case 1 -> given.charAt(0) + last;
          default -> given + (10 + r.nextInt(90));
        };
    return local + "@" + pick(r, List.of("example.org", "example.com", "example.net"));
  }

  /**
   * Someone close to the client, named to fit the relation and not sharing the client's first name.
   */
  private static EmergencyContact emergencyContact(
      Random r, String clientFirst, String family, int age) {
    boolean woman = chance(r, 0.5);
    String picked = pick(r, woman ? RELATIONS_FEMALE : RELATIONS_MALE);
    String relation =
        switch (picked) {
          case "Mother", "Father", "Daughter", "Son" ->
              age >= 60
                  ? (woman ? "Daughter" : "Son")
                  : age < 40 ? (woman ? "Mother" : "Father") : picked;
          default -> picked;
        };
    boolean sameFamily =
        !relation.equals("Friend") && !relation.equals("Neighbour") && chance(r, 0.7);
    String first = clientFirst;
    while (first.equals(clientFirst)) {
      first = pick(r, woman ? FEMALE : MALE).split(":")[0];
    }
    return new EmergencyContact(
        first + " " + (sameFamily ? family : pick(r, FAMILY)), relation, phone(r));
  }

  private static String activities(Random r) {
    int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2);
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < n) {
      String a = pick(r, ACTIVITIES);
      if (!chosen.contains(a)) chosen.add(a);
    }
    return chosen.isEmpty() ? null : String.join(", ", chosen);
  }

  private static Allergies allergies(Random r) {
    String other =
        chance(r, 0.01) ? pick(r, List.of("Lanolin", "Arnica", "Strong fragrances")) : null;
    return new Allergies(chance(r, 0.04), chance(r, 0.02), chance(r, 0.03), other);
  }

  /** Lighter pressure is more likely when the health history calls for care. */
  private static PressurePreference pressure(Random r, List<ConditionEntry> conditions) {
    boolean careful =
        conditions.stream()
            .anyMatch(
                c ->
                    c.condition() == HealthCondition.OSTEOPOROSIS
                        || c.condition() == HealthCondition.ANTICOAGULANTS
                        || c.condition() == HealthCondition.PREGNANCY);
    if (careful) {
      return chance(r, 0.7) ? PressurePreference.LIGHT : PressurePreference.MODERATE;
    }
    return chance(r, 0.05) ? null : PressurePreference.values()[r.nextInt(4)];
  }

  private static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  private static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
