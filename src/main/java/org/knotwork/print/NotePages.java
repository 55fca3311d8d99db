package org.knotwork.print;

import static org.knotwork.print.RecordStyles.row;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.knotwork.print.PageFlow.BoxText;
import org.knotwork.print.PageFlow.Column;
import org.knotwork.session.Addendum;
import org.knotwork.session.CarePlan;
import org.knotwork.session.NoteHash;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Subjective;
import org.knotwork.session.Treatment;

/**
 * One session note in a record of care: when it took place and was written, S, the red-flag screen,
 * O per region and side with the techniques, A, P, the signature, then its addenda.
 */
final class NotePages {
  private final RecordStyles st;

  NotePages(RecordStyles styles) {
    this.st = styles;
  }

  void write(PageFlow flow, RecordOfCare.Note entry) throws IOException {
    SessionNote note = entry.note();
    String heading =
        "Session on "
            + Stationery.day(note.serviceStart().toLocalDate())
            + " at "
            + RecordStyles.time(note.serviceStart())
            + " · "
            + note.durationMinutes()
            + " minutes";
    flow.heading(heading, st.noteTitle, 20, 1, st.caption.leading() + st.body.leading() * 3);
    flow.paragraph(when(note), st.caption);
    if (!note.signed()) {
      flow.space(2);
      flow.paragraph(
          "Draft — not signed. This note was still being written and may change.", st.badge);
    }
    subjective(flow, note);
    redFlags(flow, note);
    findings(flow, note);
    assessmentAndPlan(flow, note);
    signature(flow, entry);
    for (Addendum addendum : note.addenda()) {
      addendum(flow, note, addendum);
    }
  }

  private static String when(SessionNote note) {
    List<String> parts = new ArrayList<>();
    if (note.writtenAt() != null) {
      parts.add(
          "Written "
              + RecordStyles.dayAndTime(note.writtenAt())
              + (note.lateEntry() ? " (a late entry)" : ""));
    }
    if (!note.positions().isEmpty()) {
      parts.add(
          "Positions: "
              + note.positions().stream()
                  .sorted()
                  .map(Position::label)
                  .map(RecordStyles::lower)
                  .collect(Collectors.joining(", ")));
    }
    return String.join(" · ", parts);
  }

  /** A sub-heading kept on the page with the rows under it (all of them when they fit). */
  private void section(PageFlow flow, String text, List<Map.Entry<String, String>> rows)
      throws IOException {
    float rowsHeight = flow.keyValuesHeight(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
    flow.heading(text, st.subhead, 8, 1, Math.min(rowsHeight, flow.pageRoom() / 2));
    flow.keyValues(rows, st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
  }

  private void subjective(PageFlow flow, SessionNote note) throws IOException {
    Subjective s = note.subjective();
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Main concern", s.chiefComplaint());
    row(rows, "Pain (0–10)", pain(s));
    row(rows, "Began", s.onset());
    row(rows, "What it feels like", s.character());
    row(rows, "Worse with", s.aggravating());
    row(rows, "Better with", s.relieving());
    row(rows, "Spreads to", s.radiation());
    row(rows, "Since last visit", s.changesSinceLast());
    if (s.historyReviewed()) {
      rows.add(
          Map.entry(
              "Health history",
              s.historyChanges() == null
                  ? "Reviewed, no changes"
                  : "Reviewed: " + s.historyChanges()));
    } else {
      row(rows, "Health history", s.historyChanges());
    }
    row(rows, "Stress, sleep, work", s.stressSleepWork());
    row(rows, "Goal", s.clientGoal());
    if (!rows.isEmpty()) {
      section(flow, "Subjective — what the client reported", rows);
    }
  }

  private static String pain(Subjective s) {
    List<String> parts = new ArrayList<>();
    if (s.painNow() != null) {
      parts.add(s.painNow() + " now");
    }
    if (s.painWorst() != null) {
      parts.add(s.painWorst() + " at worst");
    }
    if (s.painBest() != null) {
      parts.add(s.painBest() + " at best");
    }
    return String.join(", ", parts);
  }

  private void redFlags(PageFlow flow, SessionNote note) throws IOException {
    if (note.redFlags().isEmpty() && note.redFlagAdvice() == null) {
      return;
    }
    List<RedFlagQuestion> yes =
        note.redFlags().entrySet().stream()
            .filter(e -> e.getValue() == RedFlagAnswer.YES)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    long no = note.redFlags().values().stream().filter(a -> a == RedFlagAnswer.NO).count();
    StringBuilder text = new StringBuilder();
    for (RedFlagQuestion q : yes) {
      text.append("Yes: ").append(q.question()).append('\n');
    }
    if (no > 0) {
      text.append(
          yes.isEmpty()
              ? (no == 1 ? "The one question asked was" : "All " + no + " questions asked were")
                  + " answered no."
              : (no == 1 ? "One other question was" : no + " other questions were")
                  + " answered no.");
    }
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Safety questions", text.toString());
    row(rows, "Advice given", note.redFlagAdvice());
    section(flow, "Red-flag screen", rows);
  }

  private void findings(PageFlow flow, SessionNote note) throws IOException {
    if (note.findings().isEmpty()) {
      return;
    }
    // The heading stays with the table's header and the start of its first row.
    flow.heading(
        "Objective — findings and treatment",
        st.subhead,
        8,
        1,
        st.tableHead.leading() * 2 + st.tableBody.leading() * 3 + 16);
    List<List<String>> rows = new ArrayList<>();
    for (RegionFinding f : note.findings()) {
      rows.add(
          List.of(
              f.region().label() + ", " + RecordStyles.side(f.side()),
              painChange(f),
              describe(f),
              techniques(f.treatments())));
    }
    flow.table(
        List.of(
            new Column("Region", 0.17f),
            new Column("Pain before → after", 0.15f),
            new Column("Findings", 0.36f),
            new Column("Techniques, pressure, minutes", 0.32f)),
        rows,
        st.tableHead,
        st.tableBody,
        Stationery.TINT,
        Stationery.RULE);
  }

  private static String painChange(RegionFinding f) {
    if (f.painBefore() == null && f.painAfter() == null) {
      return "—";
    }
    return (f.painBefore() == null ? "—" : f.painBefore())
        + " → "
        + (f.painAfter() == null ? "—" : f.painAfter());
  }

  private static String describe(RegionFinding f) {
    List<String> parts = new ArrayList<>();
    if (f.tone() != null) {
      parts.add(f.tone().label() + " tone");
    }
    if (f.triggerActive()) {
      parts.add("Active trigger points");
    }
    if (f.triggerLatent()) {
      parts.add("Latent trigger points");
    }
    if (f.tenderness() != null) {
      parts.add("Tenderness grade " + f.tenderness() + " of 4");
    }
    if (f.adhesions()) {
      parts.add("Adhesions");
    }
    if (f.romNotes() != null) {
      parts.add("Movement: " + f.romNotes());
    }
    if (f.observations() != null) {
      parts.add(f.observations());
    }
    return parts.isEmpty() ? "—" : String.join("\n", parts);
  }

  private static String techniques(List<Treatment> treatments) {
    if (treatments.isEmpty()) {
      return "—";
    }
    List<String> lines = new ArrayList<>();
    for (Treatment t : treatments) {
      StringBuilder line = new StringBuilder(t.technique().label());
      if (t.pressure() != null) {
        line.append(", ").append(RecordStyles.lower(t.pressure().label()));
      }
      if (t.minutes() != null) {
        line.append(", ").append(t.minutes()).append(" min");
      }
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  private void assessmentAndPlan(PageFlow flow, SessionNote note) throws IOException {
    List<Map.Entry<String, String>> a = new ArrayList<>();
    row(a, "Response", note.response());
    row(a, "Reactions", note.adverseReactions());
    if (!a.isEmpty()) {
      section(flow, "Assessment — response to treatment", a);
    }
    CarePlan p = note.plan();
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Next time", p.nextFocus());
    row(rows, "How often", p.frequency());
    row(rows, "Home care", p.homeCare());
    row(rows, "Referral", p.referral());
    if (!rows.isEmpty()) {
      section(flow, "Plan — what comes next", rows);
    }
  }

  private void signature(PageFlow flow, RecordOfCare.Note entry) throws IOException {
    SessionNote note = entry.note();
    if (!note.signed()) {
      return;
    }
    String signed =
        (entry.signedBy() == null ? "Signed" : "Signed by " + entry.signedBy())
            + " on "
            + RecordStyles.dayAndTime(note.signedAt())
            + ".";
    String fingerprint =
        "Fingerprint (SHA-256): "
            + note.contentHash()
            + (NoteHash.intact(note) ? "" : " — the stored note no longer matches it");
    flow.space(6);
    flow.keep(flow.paragraphHeight(signed, st.caption) + st.caption.leading() * 2);
    flow.paragraph(signed, st.caption);
    flow.paragraph(fingerprint, st.caption);
  }

  private void addendum(PageFlow flow, SessionNote note, Addendum a) throws IOException {
    flow.space(6);
    String label =
        "Addendum to the session of "
            + Stationery.day(note.serviceStart().toLocalDate())
            + ", written "
            + RecordStyles.dayAndTime(a.writtenAt())
            + (a.author() == null || a.author().isBlank() ? "" : " by " + a.author());
    flow.box(
        List.of(new BoxText(label, "Reason: " + a.reason()), new BoxText("", a.text())),
        st.boxLabel,
        st.value,
        Stationery.TINT,
        Stationery.ACCENT,
        7);
  }
}
