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

  public static List<ClientAlert> of(Client client) {
    List<ClientAlert> alerts = new ArrayList<>();
    for (ConditionEntry entry : client.conditions()) {
      ClientAlert alert = forCondition(entry);
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

  private static ClientAlert forCondition(ConditionEntry e) {
    String detail = e.details() == null ? "" : " (" + e.details() + ")";
    return switch (e.condition()) {
      case ANTICOAGULANTS ->
          contra("Anticoagulants or bleeding disorder" + detail, "avoid deep or vigorous work");
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
      case PREGNANCY ->
          contra(
              "Pregnancy" + weeks(e) + detail,
              e.weeks() != null && e.weeks() >= PREGNANCY_SIDE_LYING_FROM_WEEK
                  ? "side-lying (left preferred), no prolonged lying on the back"
                  : "position with care; side-lying from about week 13");
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

  private static String weeks(ConditionEntry e) {
    return e.weeks() == null ? "" : ", " + e.weeks() + " weeks";
  }
}
