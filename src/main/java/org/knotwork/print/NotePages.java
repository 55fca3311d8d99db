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
import org.knotwork.session.RedFlagSummary;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Subjective;
import org.knotwork.session.Treatment;

/**
 * One session note in a record of care: when it took place and was written, S, the red-flag screen,
 * O per region and side with the techniques, A, P, the signature, then its addenda.
 */
final class NotePages {
  private static final float SPACE_BEFORE = 20;
  private static final float PART_SPACE = 8;
  private static final String DRAFT =
      "Draft — not signed. This note was still being written and may change.";

  private final RecordStyles st;

  NotePages(RecordStyles styles) {
    this.st = styles;
  }

  /** One headed part of a note (S, the red-flag screen, O, A or P): label–value rows or a table. */
  private record Part(String heading, List<Map.Entry<String, String>> rows, PageFlow.Table table) {}

  /**
   * What a note keeps together where it starts: its heading, when it was written, and the start of
   * its first part, so a heading is never left at the foot of a page without what it introduces.
   */
  float startHeight(PageFlow flow, RecordOfCare.Note entry) {
    SessionNote note = entry.note();
    return SPACE_BEFORE
        + PageFlow.wrap(heading(note), st.noteTitle, flow.width()).size() * st.noteTitle.leading()
        + 1
        + opening(flow, note, parts(flow, note));
  }

  void write(PageFlow flow, RecordOfCare.Note entry) throws IOException {
    SessionNote note = entry.note();
    List<Part> parts = parts(flow, note);
    flow.heading(heading(note), st.noteTitle, SPACE_BEFORE, 1, opening(flow, note, parts));
    flow.continuation(
        "Session on "
            + Stationery.day(note.serviceStart().toLocalDate())
            + " at "
            + RecordStyles.time(note.serviceStart())
            + " (continued)",
        st.continued);
    flow.paragraph(when(note), st.caption);
    if (!note.signed()) {
      flow.space(2);
      flow.paragraph(DRAFT, st.badge);
    }
    for (Part part : parts) {
      flow.heading(part.heading(), st.subhead, PART_SPACE, 1, follow(flow, part));
      if (part.table() != null) {
        part.table().place();
      } else {
        flow.keyValues(part.rows(), st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
      }
    }
    signature(flow, entry);
    for (Addendum addendum : note.addenda()) {
      addendum(flow, note, addendum);
    }
    flow.continuation(null, null);
  }

  private static String heading(SessionNote note) {
    return "Session on "
        + Stationery.day(note.serviceStart().toLocalDate())
        + " at "
        + RecordStyles.time(note.serviceStart())
        + " · "
        + note.durationMinutes()
        + " minutes";
  }

  /** What stays under the note's heading: when it was written, the draft mark, the first part. */
  private float opening(PageFlow flow, SessionNote note, List<Part> parts) {
    float h = flow.paragraphHeight(when(note), st.caption);
    if (!note.signed()) {
      h += 2 + flow.paragraphHeight(DRAFT, st.badge);
    }
    if (parts.isEmpty()) {
      return h + st.body.leading() * 3;
    }
    Part first = parts.get(0);
    return h
        + PART_SPACE
        + PageFlow.wrap(first.heading(), st.subhead, flow.width()).size() * st.subhead.leading()
        + 1
        + follow(flow, first);
  }

  /** What a part's heading keeps with it: the table's start, or the rows (up to half a page). */
  private float follow(PageFlow flow, Part part) {
    if (part.table() != null) {
      return part.table().startHeight();
    }
    float rows = flow.keyValuesHeight(part.rows(), st.label, st.value, RecordStyles.LABEL_WIDTH, 0);
    return Math.min(rows, flow.pageRoom() / 2);
  }

  private List<Part> parts(PageFlow flow, SessionNote note) {
    List<Part> parts = new ArrayList<>();
    add(parts, "Subjective — what the client reported", subjective(note));
    add(parts, "Red-flag screen", redFlags(note));
    if (!note.findings().isEmpty()) {
      parts.add(new Part("Objective — findings and treatment", List.of(), findings(flow, note)));
    }
    add(parts, "Assessment — response to treatment", assessment(note));
    add(parts, "Plan — what comes next", plan(note));
    return parts;
  }

  private static void add(List<Part> parts, String heading, List<Map.Entry<String, String>> rows) {
    if (!rows.isEmpty()) {
      parts.add(new Part(heading, rows, null));
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

  private static List<Map.Entry<String, String>> subjective(SessionNote note) {
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
    return rows;
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

  private static List<Map.Entry<String, String>> redFlags(SessionNote note) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    if (note.redFlags().isEmpty() && note.redFlagAdvice() == null) {
      return rows;
    }
    List<RedFlagQuestion> yes = note.yesFlags();
    long no = note.redFlags().values().stream().filter(a -> a == RedFlagAnswer.NO).count();
    StringBuilder text = new StringBuilder();
    for (RedFlagQuestion q : yes) {
      String label =
          note.firstReleaseScreen()
              ? "Yes"
              : RedFlagSummary.yesLabel(note, q).replace(" — yes", "") + ", yes";
      text.append(label).append(": ").append(q.question()).append('\n');
    }
    if (no > 0) {
      text.append(
          yes.isEmpty()
              ? (no == 1 ? "The one question asked was" : "All " + no + " questions asked were")
                  + " answered no."
              : (no == 1 ? "One other question was" : no + " other questions were")
                  + " answered no.");
    }
    row(rows, "Safety questions", text.toString());
    row(rows, "Not asked (no answer recorded)", RedFlagSummary.notAsked(note));
    row(rows, "Advice given", note.redFlagAdvice());
    if (note.endedWithoutTreatment()) {
      row(rows, "Outcome", RedFlagSummary.ENDED_WITHOUT_TREATMENT);
    }
    return rows;
  }

  private PageFlow.Table findings(PageFlow flow, SessionNote note) {
    List<List<String>> rows = new ArrayList<>();
    for (RegionFinding f : note.findings()) {
      rows.add(
          List.of(
              f.region().label() + ", " + RecordStyles.side(f.side()),
              painChange(f),
              describe(f),
              techniques(f.treatments())));
    }
    return flow.tableOf(
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

  private static List<Map.Entry<String, String>> assessment(SessionNote note) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Response", note.response());
    row(rows, "Reactions", note.adverseReactions());
    return rows;
  }

  private static List<Map.Entry<String, String>> plan(SessionNote note) {
    CarePlan p = note.plan();
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    row(rows, "Next time", p.nextFocus());
    row(rows, "How often", p.frequency());
    row(rows, "Home care", p.homeCare());
    row(rows, "Referral", p.referral());
    return rows;
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
            + (a.byLine() == null || a.byLine().isBlank() ? "" : " by " + a.byLine());
    flow.box(
        List.of(new BoxText(label, "Reason: " + a.reason()), new BoxText("", a.text())),
        st.boxLabel,
        st.value,
        Stationery.TINT,
        Stationery.ACCENT,
        7);
  }
}
