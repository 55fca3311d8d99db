package org.knotwork.print;

import static org.knotwork.print.RecordStyles.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.EmergencyContact;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.print.PageFlow.Column;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Technique;

/**
 * A client's record of care: everything the practice keeps about them, in the order a person reads
 * it — details, health history, notes by date of service, measures and plans.
 */
final class RecordPages {
  private final Stationery paper;
  private final RecordStyles st;

  RecordPages(Stationery paper) {
    this.paper = paper;
    this.st = new RecordStyles(paper.fonts);
  }

  void write(PageFlow flow, RecordOfCare record) throws IOException {
    paper.header = Stationery.Header.RECORD;
    flow.newPage();
    Client c = record.client();
    List<String> title = PageFlow.wrap("Record of care", st.title, flow.width());
    flow.block(
        title.size() * st.title.leading(),
        (content, top) -> PageFlow.lines(content, st.title, flow.left, top, title));
    flow.space(4);
    flow.paragraph(
        "Everything "
            + (paper.letterhead.practiceName().isBlank()
                ? "the practice keeps"
                : paper.letterhead.practiceName() + " keeps")
            + " about "
            + c.fullName()
            + " as it stood on "
            + paper.date()
            + ": personal details, health history, every session note with any later"
            + " additions, outcome measures, treatment plans and appointments.",
        st.body);
    flow.space(8);
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    row(facts, "Client", c.fullName());
    if (c.dateOfBirth() != null) {
      row(facts, "Date of birth", Stationery.day(c.dateOfBirth()));
    }
    row(facts, "Prepared", paper.date());
    row(facts, "Contents", contents(record));
    flow.keyValues(facts, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);

    details(flow, c);
    healthHistory(flow, c, record.alerts());
    notes(flow, record.notes());
    measures(flow, record.measures());
    plans(flow, record);
    appointments(flow, record.appointments());
  }

  private void appointments(PageFlow flow, List<RecordOfCare.Booked> appointments)
      throws IOException {
    if (appointments.isEmpty()) {
      section(flow, "Appointments");
      flow.paragraph("No appointments were booked in Knotwork.", st.body);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (RecordOfCare.Booked a : appointments) {
      String outcome =
          a.privateNote() == null ? a.outcome() : a.outcome() + "\nNote: " + a.privateNote();
      rows.add(List.of(Stationery.day(a.day()), a.time(), a.service(), a.place(), outcome));
    }
    PageFlow.Table table =
        flow.tableOf(
            List.of(
                new Column("Date", 0.14f),
                new Column("Time", 0.14f),
                new Column("Service", 0.24f),
                new Column("Place", 0.18f),
                new Column("What happened", 0.30f)),
            rows,
            st.tableHead,
            st.tableBody,
            Stationery.TINT,
            Stationery.RULE);
    String intro =
        "Every appointment booked, by date, with what became of it. Cancelled appointments are"
            + " kept, with who cancelled and when.";
    section(flow, "Appointments", flow.paragraphHeight(intro, st.caption) + table.startHeight());
    flow.paragraph(intro, st.caption);
    flow.continuation("Appointments (continued)", st.continued);
    table.place();
    flow.continuation(null, null);
  }

  private static String contents(RecordOfCare record) {
    List<SessionNote> notes = record.notes().stream().map(RecordOfCare.Note::note).toList();
    String n =
        notes.isEmpty()
            ? "no session notes"
            : count(notes.size(), "session note", "session notes")
                + " ("
                + Stationery.day(notes.get(0).serviceStart().toLocalDate())
                + (notes.size() == 1
                    ? ""
                    : " to "
                        + Stationery.day(notes.get(notes.size() - 1).serviceStart().toLocalDate()))
                + ")";
    return n
        + ", "
        + count(record.measures().size(), "outcome measure", "outcome measures")
        + ", "
        + count(record.plans().size(), "treatment plan", "treatment plans")
        + ", "
        + count(record.appointments().size(), "appointment", "appointments");
  }

  private static String count(int n, String one, String many) {
    return (n == 0 ? "no" : Integer.toString(n)) + " " + (n == 1 ? one : many);
  }

  private void section(PageFlow flow, String text) throws IOException {
    section(flow, text, st.body.leading() * 2);
  }

  /** A section heading kept on the page with {@code follow} points of what comes under it. */
  private void section(PageFlow flow, String text, float follow) throws IOException {
    flow.heading(text, st.section, 22, 6, follow);
  }

  private void details(PageFlow flow, Client c) throws IOException {
    section(flow, "Personal details");
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Full name", c.fullName());
    row(rows, "Preferred name", c.preferredName());
    if (c.dateOfBirth() != null) {
      row(rows, "Date of birth", Stationery.day(c.dateOfBirth()));
    }
    row(rows, "Pronouns", c.pronouns());
    row(rows, "Phone", c.phone());
    row(rows, "Email", c.email());
    row(rows, "Address", c.address());
    row(rows, "Emergency contact", emergency(c.emergencyContact()));
    row(rows, "Doctor", c.physician());
    row(rows, "Occupation", c.occupation());
    row(rows, "Work posture", c.workPosture() == null ? null : c.workPosture().label());
    row(rows, "Activities", c.activities());
    row(
        rows,
        "Pressure preferred",
        c.pressurePreference() == null ? null : c.pressurePreference().label());
    row(rows, "Other notes", c.notes());
    if (c.archivedAt() != null) {
      row(rows, "Archived", RecordStyles.dayAndTime(c.archivedAt()));
    }
    flow.keyValues(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
  }

  private static String emergency(EmergencyContact e) {
    List<String> parts = new ArrayList<>();
    if (e.name() != null) {
      parts.add(e.relation() == null ? e.name() : e.name() + " (" + e.relation() + ")");
    } else if (e.relation() != null) {
      parts.add(e.relation());
    }
    if (e.phone() != null) {
      parts.add(e.phone());
    }
    return String.join(", ", parts);
  }

  private void healthHistory(PageFlow flow, Client c, List<ClientAlert> alerts) throws IOException {
    section(flow, "Health history");
    if (c.conditions().isEmpty()) {
      flow.paragraph("No conditions ticked on the health-history checklist.", st.body);
    } else {
      flow.list(c.conditions().stream().map(RecordPages::condition).toList(), false, st.body, 2, 2);
    }
    flow.space(6);
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    rows.add(Map.entry("Medicines", c.medications() == null ? "None recorded" : c.medications()));
    rows.add(Map.entry("Allergies", allergies(c.allergies())));
    rows.add(
        Map.entry(
            "General consent",
            c.generalConsentOn() == null
                ? "Not recorded"
                : "Given on " + Stationery.day(c.generalConsentOn())));
    c.regionConsents().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                rows.add(
                    Map.entry(
                        "Consent: " + RecordStyles.lower(e.getKey().label()),
                        "Written consent given on " + Stationery.day(e.getValue()))));
    flow.keyValues(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
    if (!alerts.isEmpty()) {
      flow.heading("Precautions the therapist keeps to", st.subhead, 8, 2, st.body.leading());
      flow.list(alerts.stream().map(ClientAlert::text).toList(), false, st.body, 2, 1);
    }
  }

  private static String condition(ConditionEntry e) {
    StringBuilder s = new StringBuilder(e.condition().label());
    List<String> more = new ArrayList<>();
    if (e.details() != null) {
      more.add(e.details());
    }
    if (e.dueDate() != null) {
      more.add("due " + Stationery.day(e.dueDate()));
    }
    if (e.since() != null) {
      more.add("since " + Stationery.day(e.since()));
    }
    if (!more.isEmpty()) {
      s.append(" — ").append(String.join("; ", more));
    }
    return s.toString();
  }

  private static String allergies(Allergies a) {
    List<String> parts = new ArrayList<>();
    if (a.oils()) {
      parts.add("massage oils");
    }
    if (a.lotions()) {
      parts.add("lotions");
    }
    if (a.latex()) {
      parts.add("latex");
    }
    if (a.other() != null) {
      parts.add(a.other());
    }
    if (parts.isEmpty()) {
      return "None recorded";
    }
    String text = String.join(", ", parts);
    return text.substring(0, 1).toUpperCase(java.util.Locale.ENGLISH) + text.substring(1);
  }

  private void notes(PageFlow flow, List<RecordOfCare.Note> notes) throws IOException {
    if (notes.isEmpty()) {
      section(flow, "Session notes");
      flow.paragraph("There are no session notes.", st.body);
      return;
    }
    boolean drafts = notes.stream().anyMatch(n -> !n.note().signed());
    String intro =
        "In order of the date of service. Each note shows when it was written and who signed it;"
            + " anything added later appears under the note as a dated addendum with its reason."
            + (drafts ? " A note marked Draft had not been signed yet." : "");
    NotePages pages = new NotePages(st);
    // The section's heading and introduction stay with the start of the first note.
    section(
        flow,
        "Session notes",
        flow.paragraphHeight(intro, st.caption) + pages.startHeight(flow, notes.get(0)));
    flow.paragraph(intro, st.caption);
    for (RecordOfCare.Note note : notes) {
      pages.write(flow, note);
    }
  }

  private void measures(PageFlow flow, List<OutcomeEntry> measures) throws IOException {
    if (measures.isEmpty()) {
      section(flow, "Outcome measures");
      flow.paragraph("No outcome measures were recorded.", st.body);
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (OutcomeEntry m : measures) {
      List<String> details = new ArrayList<>();
      for (PsfsItem item : m.items()) {
        details.add(item.activity() + ": " + item.score() + " of 10");
      }
      if (m.note() != null && !m.note().isBlank()) {
        details.add(m.note().strip());
      }
      rows.add(
          List.of(
              Stationery.day(m.takenOn()),
              m.instrument().name(),
              m.formattedScore(),
              details.isEmpty() ? "" : String.join("\n", details)));
    }
    PageFlow.Table table =
        flow.tableOf(
            List.of(
                new Column("Date", 0.15f),
                new Column("Measure", 0.33f),
                new Column("Score", 0.13f),
                new Column("Details", 0.39f)),
            rows,
            st.tableHead,
            st.tableBody,
            Stationery.TINT,
            Stationery.RULE);
    section(flow, "Outcome measures", table.startHeight());
    flow.continuation("Outcome measures (continued)", st.continued);
    table.place();
    flow.continuation(null, null);
  }

  private void plans(PageFlow flow, RecordOfCare record) throws IOException {
    if (record.plans().isEmpty()) {
      section(flow, "Treatment plans");
      flow.paragraph("No treatment plans were made.", st.body);
      return;
    }
    boolean first = true;
    for (TreatmentPlan plan : record.plans()) {
      String heading = planHeading(plan);
      List<Map.Entry<String, String>> rows = planRows(plan, record.handoutTitles());
      float rowsHeight =
          flow.keyValuesHeight(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
      float follow = Math.min(rowsHeight, flow.pageRoom() / 2);
      if (first) {
        // The section's heading stays with the first plan's heading and the start of its rows.
        float headingHeight =
            PageFlow.wrap(heading, st.noteTitle, flow.width()).size() * st.noteTitle.leading();
        section(flow, "Treatment plans", PLAN_SPACE + headingHeight + 3 + follow);
        first = false;
      }
      flow.heading(heading, st.noteTitle, PLAN_SPACE, 3, follow);
      flow.continuation(heading + " (continued)", st.continued);
      flow.keyValues(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
      if (!plan.goals().isEmpty()) {
        flow.space(6);
        goals(flow, plan.goals());
      }
      flow.continuation(null, null);
    }
  }

  private static final float PLAN_SPACE = 16;

  private static String planHeading(TreatmentPlan plan) {
    return "Plan "
        + (plan.createdAt() == null
            ? ""
            : "of " + Stationery.day(plan.createdAt().toLocalDate()) + " ")
        + "— "
        + plan.status().label();
  }

  private static List<Map.Entry<String, String>> planRows(
      TreatmentPlan plan, Map<String, String> handoutTitles) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    if (plan.consentOn() != null) {
      row(rows, "Agreed on", Stationery.day(plan.consentOn()));
    }
    if (plan.agreedBy() != null) {
      row(rows, "Agreed by", plan.agreedBy().line());
    }
    if (plan.startsOn() != null) {
      row(rows, "Starts", Stationery.day(plan.startsOn()));
    }
    row(rows, "Schedule", plan.schedule());
    if (plan.reassessOn() != null) {
      row(rows, "Reassessment", Stationery.day(plan.reassessOn()));
    }
    row(rows, "Clinical impression", plan.impression());
    row(
        rows,
        "Focus areas",
        plan.focus().stream()
            .map(f -> f.region().label() + ", " + RecordStyles.side(f.side()))
            .collect(Collectors.joining("\n")));
    row(
        rows,
        "Techniques",
        plan.modalities().stream()
            .sorted(Comparator.comparingInt(Technique::ordinal))
            .map(Technique::label)
            .collect(Collectors.joining(", ")));
    row(
        rows,
        "Handouts",
        plan.handouts().stream()
            .map(ref -> handoutTitles.getOrDefault(ref, "A handout no longer in the library"))
            .collect(Collectors.joining("\n")));
    row(rows, "Home care", plan.homeCare());
    row(rows, "Referrals", plan.referrals());
    return rows;
  }

  private void goals(PageFlow flow, List<PlanGoal> goals) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (PlanGoal g : goals) {
      rows.add(
          List.of(
              g.text(),
              g.measureName().isBlank()
                  ? "—"
                  : g.measureName()
                      + (g.higherIsBetter() ? " (higher is better)" : " (lower is better)"),
              goalScore(g, g.baseline()),
              goalScore(g, g.target()),
              g.byDate() == null ? "—" : Stationery.day(g.byDate())));
    }
    flow.table(
        List.of(
            new Column("Goal", 0.40f),
            new Column("Measure", 0.20f),
            new Column("Start", 0.11f),
            new Column("Target", 0.11f),
            new Column("By", 0.18f)),
        rows,
        st.tableHead,
        st.tableBody,
        Stationery.TINT,
        Stationery.RULE);
  }

  /** A goal's score with its measure's unit: "22/50 (44%)", "32%"; "—" for none. */
  private static String goalScore(PlanGoal g, BigDecimal n) {
    return n == null ? "—" : Instrument.displayForCode(g.measureName(), n.doubleValue());
  }
}
