package org.knotwork.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.client.ClientAlert.Kind;

/**
 * Turns a client's health history, allergies and consent into the alerts shown on every client
 * screen. These are the adaptations (tier 3) of the domain brief: they warn and suggest, they do
 * not diagnose.
 */
public final class ClientAlerts {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final int PREGNANCY_SIDE_LYING_FROM_WEEK = 13;

  private ClientAlerts() {}

  /** The alerts on a given day: weeks of pregnancy and a passed due date depend on it. */
  public static List<ClientAlert> of(Client client, LocalDate day) {
    List<ClientAlert> alerts = new ArrayList<>();
    for (ConditionEntry entry : client.conditions()) {
      ClientAlert alert = forCondition(entry, day);
      if (alert != null) {
        alerts.add(alert);
      }
    }
    Allergies a = client.allergies();
    if (a.any()) {
      List<String> items = new ArrayList<>();
      if (a.oils()) items.add("oils");
      if (a.lotions()) items.add("lotions");
      if (a.latex()) items.add("latex");
      if (a.other() != null) items.add(a.other());
      alerts.add(
          new ClientAlert(
              Kind.ALLERGY,
              "Allergy: " + String.join(", ", items),
              "check every product and glove before use"));
    }
    if (client.id() != null && client.generalConsentOn() == null) {
      alerts.add(
          new ClientAlert(
              Kind.CONSENT,
              "No general consent on file",
              "record the client's consent before treating"));
    }
    return List.copyOf(alerts);
  }

  private static ClientAlert forCondition(ConditionEntry e, LocalDate day) {
    String detail = e.details() == null ? "" : " (" + e.details() + ")";
    return switch (e.condition()) {
      case ANTICOAGULANTS ->
          contra(
              "Anticoagulants, antiplatelets or bleeding disorder" + detail,
              "bruises easily: avoid deep or vigorous work and heavy pressure");
      case OSTEOPOROSIS ->
          contra(
              "Osteoporosis" + detail,
              "gentle pressure only, no work over weakened bone; discuss with their doctor");
      case RECENT_SURGERY ->
          contra(
              "Recent surgery" + detail + since(e),
              "avoid the surgical site; check their surgeon's advice first");
      case CANCER_HISTORY ->
          contra(
              "Cancer history" + detail,
              "no deep work until their oncologist has been consulted; no pressure over a tumour");
      case SKIN_CONDITION -> contra("Skin condition" + detail, "avoid the affected area");
      case VARICOSE_VEINS -> contra("Varicose veins" + detail, "avoid the affected area");
      case PREGNANCY -> pregnancy(e, detail, day);
      case HIGH_BLOOD_PRESSURE ->
          contra(
              "High blood pressure" + detail, "if severe or uncontrolled, refer before treating");
      case DISC_PROBLEMS ->
          contra(
              "Disc problems" + detail,
              "ask about leg symptoms each visit; refer if they are new or worse");
      case OSTEOARTHRITIS ->
          contra(
              "Osteoarthritis" + detail,
              "work within comfortable range; no forcing of stiff joints");
      case DIABETES ->
          contra(
              "Diabetes" + detail,
              "check skin sensation; lighter pressure where feeling is reduced");
      case ACUTE_INJURY ->
          contra(
              "Injury in the last 48 hours" + detail + since(e),
              "rest and cold first; no massage on the injured area for now, then light pressure");
      case SPINAL_INJURY ->
          contra(
              "Spinal injury or fracture" + detail + since(e),
              "no pressure or stretching over the injured part of the spine; ask their doctor");
      case CLOTTING_HISTORY ->
          contra(
              "Past DVT or clotting disorder" + detail,
              "no deep work on the legs; a hot, swollen, painful calf means no massage today");
      case HEART_CONDITION ->
          contra(
              "Heart disease or pacemaker" + detail,
              "shorter, gentler sessions; no heat over the device; stop if breathless or dizzy");
      case EPILEPSY ->
          contra(
              "Epilepsy" + detail,
              "know what to do in a seizure; avoid their known triggers (e.g. strong scents)");
      case INFLAMMATORY_ARTHRITIS ->
          contra(
              "Inflammatory arthritis in a flare" + detail,
              "leave hot, swollen joints alone; no heat or stretching of flaring joints");
      case CORTICOSTEROIDS ->
          contra(
              "Long-term corticosteroids" + detail,
              "thin skin and weaker bones: lighter pressure, no deep work or forceful stretching");
      case NEUROPATHY ->
          contra(
              "Peripheral neuropathy" + detail,
              "they may not feel heat or pressure: no hot stones, lighter pressure there");
      case LYMPHOEDEMA ->
          contra(
              "Lymphoedema or lymph nodes removed" + detail,
              "light touch only on the affected side and area; no deep work, no heat there");
      case HYPERMOBILITY ->
          contra(
              "Hypermobility" + detail,
              "no stretching to end of range; steady, supported positions");
      case OTHER -> e.details() == null ? null : contra(e.details(), "see health history");
    };
  }

  private static ClientAlert contra(String headline, String advice) {
    return new ClientAlert(Kind.CONTRAINDICATION, headline, advice);
  }

  private static String since(ConditionEntry e) {
    LocalDate d = e.since();
    return d == null ? "" : ", " + DAY.format(d);
  }

  private static ClientAlert pregnancy(ConditionEntry e, String detail, LocalDate day) {
    if (e.pastDueOn(day)) {
      return contra(
          "Pregnancy: the due date, " + DAY.format(e.dueDate()) + ", has passed" + detail,
          "ask whether the baby has been born and update the health history");
    }
    Integer weeks = e.weeksOn(day).orElse(null);
    String headline = weeks == null ? "Pregnancy" : "Pregnancy, " + Math.max(weeks, 0) + " weeks";
    return contra(
        headline + detail,
        weeks == null || weeks >= PREGNANCY_SIDE_LYING_FROM_WEEK
            ? "side-lying (left preferred), no prolonged lying on the back; no deep work on the"
                + " legs"
            : "position with care; side-lying from about week 13");
  }
}
