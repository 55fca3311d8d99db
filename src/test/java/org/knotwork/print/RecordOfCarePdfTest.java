package org.knotwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.print.DocumentPrinterTest.assertInsideMargins;
import static org.knotwork.print.DocumentPrinterTest.assertNoGlyphsOverlap;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwork.body.BackRegion;
import org.knotwork.client.Allergies;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlerts;
import org.knotwork.client.ConditionEntry;
import org.knotwork.client.HealthCondition;
import org.knotwork.outcome.EntryKind;
import org.knotwork.outcome.Instrument;
import org.knotwork.outcome.OutcomeEntry;
import org.knotwork.outcome.PsfsItem;
import org.knotwork.plan.PlanStatus;
import org.knotwork.practice.PaperSize;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteHash;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionFixtures;
import org.knotwork.session.SessionNote;

/** The printed record of care, read back with PDFBox. */
class RecordOfCarePdfTest {
  private static final DocumentPrinter printer = new DocumentPrinter();
  private static final String NAME = "Siobhán Ó Súilleabháin";
  private static final String ADDENDUM = "Client phoned: the numbness in the left hand has gone.";
  private static final Instrument NPRS =
      new Instrument(
          1,
          "NPRS",
          "Numeric pain rating (NPRS)",
          0,
          10,
          false,
          2,
          28,
          EntryKind.SCORE,
          true,
          "/10",
          null);
  private static final Instrument PSFS =
      new Instrument(
          2,
          "PSFS",
          "Patient-Specific Functional Scale (PSFS)",
          0,
          10,
          true,
          2,
          28,
          EntryKind.ITEMS,
          true,
          "/10",
          null);

  private static Client client() {
    return Client.builder()
        .id(7L)
        .fullName(NAME)
        .dateOfBirth(LocalDate.of(1981, 6, 2))
        .phone("01632 960 111")
        .medications("Warfarin 3 mg")
        .allergies(new Allergies(false, false, true, null))
        .generalConsentOn(LocalDate.of(2026, 1, 5))
        .regionConsents(Map.of(BackRegion.GLUTES, LocalDate.of(2026, 1, 5)))
        .conditions(
            List.of(
                new ConditionEntry(
                    HealthCondition.ANTICOAGULANTS, "Warfarin", LocalDate.of(2024, 2, 1), null)))
        .build();
  }

  /** A signed note per week from 5 Jan 2026; the second has an addendum and a "yes" answer. */
  private static List<RecordOfCare.Note> notes(int count) {
    List<RecordOfCare.Note> notes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDateTime start = LocalDateTime.of(2026, 1, 5, 10, 0).plusWeeks(i);
      SessionNote note = SessionFixtures.signedNote(7L, start, 60).withId(100 + i);
      if (i > 2) {
        // Notes of different lengths, so headings fall at every height of a page.
        SessionNote longer =
            new SessionNote(
                note.id(),
                7L,
                start,
                60,
                note.positions(),
                note.writtenAt(),
                note.subjective(),
                note.redFlags(),
                null,
                note.findings(),
                "Tolerated the deeper work well and moved more freely afterwards. ".repeat(i % 9),
                null,
                new org.knotwork.session.CarePlan(
                    "Lower back again",
                    "Weekly",
                    i % 2 == 0 ? "Knee rolls twice a day" : null,
                    null),
                null,
                null,
                null,
                List.of());
        note = longer.signedAs(note.signedAt(), NoteHash.of(longer));
      }
      if (i == 1) {
        Map<RedFlagQuestion, RedFlagAnswer> flags = new EnumMap<>(note.redFlags());
        flags.put(RedFlagQuestion.RECENT_TRAUMA, RedFlagAnswer.YES);
        SessionNote draft =
            new SessionNote(
                note.id(),
                7L,
                start,
                60,
                note.positions(),
                note.writtenAt(),
                note.subjective(),
                flags,
                "Fell off a ladder; advised to see the GP before deeper work",
                note.findings(),
                note.response(),
                null,
                null,
                null,
                null,
                null,
                List.of());
        note =
            draft
                .signedAs(note.signedAt(), NoteHash.of(draft))
                .withAddenda(
                    List.of(
                        new Addendum(1L, start.plusDays(2), "mara", "New information", ADDENDUM)));
      }
      notes.add(new RecordOfCare.Note(note, "mara"));
    }
    return notes;
  }

  private static RecordOfCare record(List<RecordOfCare.Note> notes) {
    return record(client(), notes);
  }

  /**
   * A record whose client has {@code lines} lines of other notes, which moves everything after them
   * down the page: over a run of shifts every heading and table starts at every height.
   */
  private static RecordOfCare shifted(int lines, List<RecordOfCare.Note> notes) {
    String other = lines == 0 ? null : "Prefers the room warm.\n".repeat(lines);
    return record(client().toBuilder().notes(other).build(), notes);
  }

  private static RecordOfCare record(Client client, List<RecordOfCare.Note> notes) {
    return new RecordOfCare(
        client,
        ClientAlerts.of(client, java.time.LocalDate.of(2026, 3, 2)),
        notes,
        List.of(
            new OutcomeEntry(1L, 7L, NPRS, LocalDate.of(2026, 1, 5), 6, List.of(), null),
            new OutcomeEntry(
                2L,
                7L,
                PSFS,
                LocalDate.of(2026, 1, 5),
                4.5,
                List.of(
                    new PsfsItem("Sit at my desk for 2 hours", 4),
                    new PsfsItem("Lift my toddler", 5)),
                "First visit")),
        List.of(
            PlanFixtures.plan(PlanStatus.SUPERSEDED, PlanFixtures.goals(), null),
            PlanFixtures.samplePlan()),
        Map.of());
  }

  private static byte[] print(RecordOfCare record, PaperSize paper) {
    return printer.recordOfCare(
        PlanFixtures.letterhead(DocumentPrinterTest.png()), paper, record, PlanFixtures.PRINTED);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void detailsHistoryEveryNoteItsAddendumMeasuresAndPlansArePrinted() {
    String text = flat(PdfInspection.text(print(record(notes(3)), PaperSize.A4)));

    assertThat(text)
        .contains("Record of care", NAME, "2 Jun 1981", "01632 960 111")
        .contains(
            "Anticoagulants or antiplatelets / bleeding disorder — Warfarin",
            "Warfarin 3 mg",
            "Latex")
        .contains("Given on 5 Jan 2026", "Consent: glutes")
        .contains("Session on 5 Jan 2026", "Session on 12 Jan 2026", "Session on 19 Jan 2026")
        .contains("Written 5 Jan 2026, 11:05")
        .contains("Lower back, right", "7 → 3", "Deep tissue, firm, 15 min")
        .contains("Signed by mara on 5 Jan 2026, 11:05")
        .contains("Yes: A fall, accident or heavy strain since the last visit?")
        .contains("Fell off a ladder")
        .contains("Addendum to the session of 12 Jan 2026", "Reason: New information", ADDENDUM)
        .contains("Numeric pain rating (NPRS)", "6/10", "Lift my toddler: 5 of 10")
        .contains("Superseded", "Sit at my desk for 2 hours")
        .doesNotContain("null");
  }

  @Test
  void anAddendumComesUnderItsOwnNote() {
    String text = flat(PdfInspection.text(print(record(notes(3)), PaperSize.A4)));

    int second = text.indexOf("Session on 12 Jan 2026");
    int addendum = text.indexOf(ADDENDUM);
    int third = text.indexOf("Session on 19 Jan 2026");
    assertThat(second).isLessThan(addendum);
    assertThat(addendum).isLessThan(third);
  }

  @Test
  void aDraftNoteIsMarkedAndHasNoSignature() {
    SessionNote draft =
        SessionFixtures.signedNote(7L, LocalDateTime.of(2026, 3, 2, 9, 0), 45).withId(5);
    SessionNote unsigned =
        new SessionNote(
            5L,
            7L,
            draft.serviceStart(),
            45,
            draft.positions(),
            draft.writtenAt(),
            draft.subjective(),
            draft.redFlags(),
            null,
            draft.findings(),
            "Still writing",
            null,
            null,
            null,
            null,
            null,
            List.of());

    String text =
        flat(
            PdfInspection.text(
                print(record(List.of(new RecordOfCare.Note(unsigned, null))), PaperSize.A4)));

    assertThat(text)
        .contains("Session on 2 Mar 2026", "Draft — not signed", "A note marked Draft")
        .doesNotContain("Signed by", "Fingerprint");
  }

  @Test
  void anEmptyRecordSaysSoInWords() {
    String text =
        flat(
            PdfInspection.text(
                printer.recordOfCare(
                    new Letterhead("Harbour Massage Therapy", null, null, null, null),
                    PaperSize.A4,
                    new RecordOfCare(
                        Client.builder().id(3L).fullName("Nadia Newcomer").build(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Map.of()),
                    PlanFixtures.PRINTED)));

    assertThat(text)
        .contains("Nadia Newcomer", "no session notes", "There are no session notes.")
        .contains("No outcome measures were recorded.", "No treatment plans were made.")
        .contains("Page 1 of 1")
        .doesNotContain("null");
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = PdfInspection.open(print(record(notes(3)), PaperSize.A4))) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts++;
        }
      }
      assertThat(fonts).isGreaterThanOrEqualTo(doc.getNumberOfPages());
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void aLongRecordFlowsOverManyPagesInsideTheMarginsWithoutOverlap(PaperSize paper) {
    byte[] pdf = print(record(notes(40)), paper);

    List<String> pages = PdfInspection.pageTexts(pdf);
    assertThat(pages.size()).isGreaterThan(10);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i))
          .as("page %d", i + 1)
          .contains("Page " + (i + 1) + " of " + pages.size())
          .contains(NAME);
    }
    String all = flat(String.join(" ", pages));
    for (int i = 0; i < 40; i++) {
      assertThat(all)
          .contains("Session on " + Stationery.day(LocalDate.of(2026, 1, 5).plusWeeks(i)));
    }
    List<PdfInspection.Marks> marks = PdfInspection.marks(pdf);
    assertInsideMargins(marks, paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER);
    for (int i = 0; i < marks.size(); i++) {
      assertNoGlyphsOverlap(marks.get(i).glyphs(), i + 1);
    }
  }

  private static final String FINDINGS_HEADER =
      "Region Pain before → after Findings Techniques, pressure, minutes";
  private static final String MEASURES_HEADER = "Date Measure Score Details";
  private static final String GOALS_HEADER = "Goal Measure Start Target By";
  private static final Pattern SESSION =
      Pattern.compile("(Session on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d) · \\d+ minutes");

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void noTableHeaderOrHeadingIsLeftAloneAtTheFootOfAPage(PaperSize paper) {
    List<RecordOfCare.Note> notes = notes(12);
    for (int shift = 0; shift < 16; shift++) {
      List<String> pages = PdfInspection.pageTexts(print(shifted(shift, notes), paper));
      for (int i = 0; i < pages.size(); i++) {
        List<String> body = body(pages.get(i), i);
        String where = "shift " + shift + ", page " + (i + 1) + " ending " + tail(body);
        for (String header : List.of(FINDINGS_HEADER, MEASURES_HEADER, GOALS_HEADER)) {
          assertThat(endsWithOnly(body, header))
              .as("%s: a table header without its rows", where)
              .isFalse();
        }
        assertThat(body.get(body.size() - 1))
            .as("%s: a heading without what follows it", where)
            .doesNotStartWith("Session notes")
            .doesNotStartWith("Outcome measures")
            .doesNotStartWith("Treatment plans")
            .doesNotStartWith("Plan of ")
            .doesNotStartWith("Subjective —")
            .doesNotStartWith("Red-flag screen")
            .doesNotStartWith("Objective —")
            .doesNotStartWith("Assessment —")
            .doesNotStartWith("Plan —")
            .doesNotStartWith("Session on")
            .doesNotStartWith("Written ");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void aSessionRunningOnToANewPageIsNamedAtTheTopOfIt(PaperSize paper) {
    List<String> pages = PdfInspection.pageTexts(print(record(notes(40)), paper));

    String open = null; // the session the previous page ended in, if any
    int continued = 0;
    for (int i = 0; i < pages.size(); i++) {
      List<String> body = body(pages.get(i), i);
      String first = body.get(0);
      if (open != null && !SESSION.matcher(first).matches() && !first.equals("Outcome measures")) {
        assertThat(first).as("top of page %d", i + 1).isEqualTo(open + " (continued)");
        continued++;
      }
      for (String line : body) {
        Matcher session = SESSION.matcher(line);
        if (session.matches()) {
          open = session.group(1);
        } else if (line.equals("Outcome measures")) {
          open = null;
        }
      }
    }
    assertThat(continued).isGreaterThan(5);
  }

  @Test
  void aFindingsTableSplitAcrossPagesRepeatsItsHeaderUnderTheSessionsName() {
    SessionNote one = SessionFixtures.signedNote(7L, LocalDateTime.of(2026, 3, 4, 9, 30), 90);
    List<RegionFinding> many = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      many.add(SessionFixtures.lowerBackRight());
    }
    SessionNote findings = one.withFindings(many);
    SessionNote signed = findings.signedAs(one.signedAt(), NoteHash.of(findings));
    List<String> pages =
        PdfInspection.pageTexts(
            print(record(List.of(new RecordOfCare.Note(signed, "mara"))), PaperSize.A4));

    int withRows = 0;
    for (int i = 1; i < pages.size(); i++) {
      List<String> body = body(pages.get(i), i);
      if (body.contains("Taut band in right QL")) {
        withRows++;
        assertThat(body.get(0)).isEqualTo("Session on 4 Mar 2026 at 09:30 (continued)");
        assertThat(flat(String.join(" ", body))).contains("Region Pain before");
      }
    }
    assertThat(withRows).as("pages the table continues on").isGreaterThan(1);
  }

  /** The page's lines between its running header (or the letterhead) and its footer. */
  private static List<String> body(String page, int index) {
    List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    int footer = 0;
    while (!lines.get(footer).startsWith("Confidential")) {
      footer++;
    }
    return lines.subList(index == 0 ? 0 : 1, footer);
  }

  private static String tail(List<String> body) {
    return body.subList(Math.max(0, body.size() - 4), body.size()).toString();
  }

  /** Whether the last lines hold the whole header and nothing but words of the header. */
  private static boolean endsWithOnly(List<String> body, String header) {
    Set<String> words = Set.of(header.split(" "));
    Set<String> seen = new HashSet<>();
    for (int k = body.size() - 1; k >= 0; k--) {
      List<String> line = List.of(body.get(k).split(" "));
      if (!words.containsAll(line)) {
        break;
      }
      seen.addAll(line);
    }
    return seen.containsAll(words);
  }

  @Test
  void noSubheadingIsLeftAloneAtTheFootOfAPage() {
    List<String> pages = PdfInspection.pageTexts(print(record(notes(40)), PaperSize.A4));

    for (int i = 0; i < pages.size(); i++) {
      List<String> lines =
          pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      int footer = 0;
      while (!lines.get(footer).startsWith("Confidential")) {
        footer++;
      }
      String lastOfBody = lines.get(footer - 1);
      assertThat(lastOfBody)
          .as("page %d ends with a heading", i + 1)
          .doesNotStartWith("Subjective —")
          .doesNotStartWith("Objective —")
          .doesNotStartWith("Assessment —")
          .doesNotStartWith("Plan —")
          .doesNotStartWith("Red-flag screen")
          .doesNotStartWith("Session on");
    }
  }
}
