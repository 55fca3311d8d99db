package org.knotwork.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.knotwork.handout.Handout;
import org.knotwork.outcome.Instrument;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.print.PageFlow.Column;
import org.knotwork.print.PageFlow.Style;
import org.knotwork.session.Signer;
import org.knotwork.session.Technique;

/** The treatment plan itself: what is agreed, why, how it is measured, and the consent. */
final class PlanPages {
  static final String CONSENT =
      "Massage therapy is hands-on treatment of the muscles and soft tissues. This plan sets out"
          + " the areas we will work on, the techniques, how often we meet and what we aim for."
          + " Its purpose is to ease pain and stiffness and help you get back to the activities"
          + " in your goals.\n\n"
          + "Many people feel some soreness, tenderness or tiredness for a day or two after"
          + " treatment; bruising, light-headedness or a brief flare of symptoms are less common."
          + " Other options include exercise-based care, physiotherapy, chiropractic or"
          + " osteopathic care, seeing your doctor, or no treatment, in which case symptoms may"
          + " settle, stay the same or get worse. Massage cannot promise a particular result.\n\n"
          + "You may ask questions at any time, ask for a change of pressure or technique, or stop"
          + " a session or the whole plan whenever you wish. We review the plan on the"
          + " reassessment date, sooner if the goals are not being met or your symptoms get"
          + " worse, and I will suggest you see your doctor or another professional if that"
          + " would serve you better.";

  private final Stationery paper;
  private final Style title;
  private final Style badge;
  private final Style h2;
  private final Style h3;
  private final Style body;
  private final Style label;
  private final Style value;
  private final Style tableHead;
  private final Style tableBody;
  private final Style caption;

  PlanPages(Stationery paper) {
    this.paper = paper;
    PdfFonts f = paper.fonts;
    title = new Style(f.bold, 21, 27, Stationery.INK);
    badge = new Style(f.bold, 11, 14, Stationery.WARNING);
    h2 = new Style(f.bold, 12.5f, 17, Stationery.ACCENT);
    h3 = new Style(f.bold, 10.5f, 15, Stationery.INK);
    body = new Style(f.regular, 10.5f, 15, Stationery.INK);
    label = new Style(f.regular, 9.5f, 15, Stationery.MUTED);
    value = new Style(f.regular, 10.5f, 15, Stationery.INK);
    tableHead = new Style(f.bold, 9, 12, Stationery.INK);
    tableBody = new Style(f.regular, 9.5f, 13, Stationery.INK);
    caption = new Style(f.regular, 9, 12, Stationery.MUTED);
  }

  private Signer therapist;

  /**
   * @param therapist named under the therapist's signature line; null for an unnamed line
   */
  void write(
      PageFlow flow,
      TreatmentPlan plan,
      List<Handout> handouts,
      List<String> precautions,
      Signer therapist)
      throws IOException {
    this.therapist = therapist;
    paper.header = Stationery.Header.PLAN;
    flow.newPage();
    titleRow(flow, plan.status());
    flow.space(10);
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    facts.add(Map.entry("Client", paper.clientName == null ? "" : paper.clientName));
    facts.add(Map.entry("Printed", paper.date()));
    if (plan.startsOn() != null) {
      facts.add(Map.entry("Plan starts", Stationery.day(plan.startsOn())));
    }
    flow.keyValues(facts, label, value, 92, 0);

    if (!plan.impression().isBlank()) {
      section(flow, "Clinical impression");
      flow.paragraph(plan.impression(), body);
    }
    if (!plan.focus().isEmpty() || !plan.modalities().isEmpty()) {
      section(flow, plan.focus().isEmpty() ? "Techniques" : "Focus areas");
      focus(flow, plan);
    }
    if (!plan.goals().isEmpty()) {
      PageFlow.Table goals = goals(flow, plan.goals());
      section(flow, "Goals", goals.startHeight());
      goals.place();
    }
    if (!precautions.isEmpty()) {
      section(flow, "Precautions we keep to");
      flow.list(precautions, false, body, 2, 1);
    }
    var schedule = schedule(plan);
    // The schedule is kept whole, so its heading must stay with all of it, not just two lines.
    section(flow, "Schedule", flow.keyValuesHeight(schedule, label, value, 92, 0));
    flow.keyValues(schedule, label, value, 92, 0);

    List<String> titles = handouts.stream().map(Handout::title).toList();
    if (!titles.isEmpty() || !plan.homeCare().isBlank()) {
      section(flow, "Home care");
      if (!titles.isEmpty()) {
        flow.heading("Handouts enclosed", h3, 0, 2, body.leading());
        flow.list(titles, false, body, 2, 1);
        flow.space(6);
      }
      if (!plan.homeCare().isBlank()) {
        flow.paragraph(plan.homeCare(), body);
      }
    }
    if (!plan.referrals().isBlank()) {
      section(flow, "Referrals");
      flow.paragraph(plan.referrals(), body);
    }
    String agreement =
        plan.consentOn() == null
            ? "I have read this plan, had the chance to ask questions, and agree to treatment as"
                + " described."
            : "I have read this plan, had the chance to ask questions, and agreed to treatment as"
                + " described on "
                + Stationery.day(plan.consentOn())
                + ".";
    // The agreement stays on the page with the signature lines, and the whole consent section
    // goes on one page when it fits there.
    float agreementHeight = flow.paragraphHeight(agreement, body);
    float sectionHeight =
        16 + h2.leading() + 5 + flow.paragraphHeight(CONSENT, body) + 8 + agreementHeight + 10;
    flow.keep(sectionHeight + signaturesHeight(flow));
    section(flow, "Consent");
    flow.paragraph(CONSENT, body);
    flow.space(8);
    flow.keep(agreementHeight + 10 + signaturesHeight(flow));
    flow.paragraph(agreement, body);
    flow.space(10);
    signatures(flow, plan);
  }

  private void section(PageFlow flow, String text) throws IOException {
    section(flow, text, body.leading() * 2);
  }

  private void section(PageFlow flow, String text, float follow) throws IOException {
    flow.heading(text, h2, 16, 5, Math.max(follow, body.leading() * 2));
  }

  private void titleRow(PageFlow flow, PlanStatus status) throws IOException {
    String mark =
        status == PlanStatus.ACTIVE ? "" : status.label().toUpperCase(java.util.Locale.UK);
    float markWidth = mark.isEmpty() ? 0 : badge.font().width(mark, badge.size()) + 16;
    List<String> lines = PageFlow.wrap("Treatment plan", title, flow.width() - markWidth - 12);
    float height = lines.size() * title.leading();
    flow.block(
        height,
        (c, top) -> {
          PageFlow.lines(c, title, flow.left, top, lines);
          if (!mark.isEmpty()) {
            float boxHeight = 20;
            float boxTop = top - (title.leading() - boxHeight) / 2;
            c.setStrokingColor(Stationery.WARNING);
            c.setLineWidth(1.2f);
            c.addRect(
                flow.right - markWidth + 0.6f, boxTop - boxHeight, markWidth - 1.2f, boxHeight);
            c.stroke();
            PageFlow.text(
                c,
                badge,
                flow.right - markWidth + 8,
                boxTop - boxHeight / 2 - badge.font().face().ascent * badge.size() * 0.36f,
                mark);
          }
        });
    if (status == PlanStatus.DRAFT) {
      flow.paragraph("Draft for discussion — not yet agreed.", badge);
    }
  }

  private void focus(PageFlow flow, TreatmentPlan plan) throws IOException {
    List<String> areas = plan.focus().stream().map(PlanPages::describe).toList();
    List<String> modalities =
        plan.modalities().stream()
            .sorted(Comparator.comparingInt(Technique::ordinal))
            .map(Technique::label)
            .toList();
    if (plan.focus().isEmpty()) {
      flow.list(modalities, false, body, 2, 1);
      return;
    }
    float diagramWidth = 136;
    float gutter = 28;
    float columnX = flow.left + diagramWidth + gutter;
    float columnWidth = flow.right - columnX;
    // Measure the column beside the diagram: areas, then modalities.
    List<ColumnLine> column = new ArrayList<>();
    float height = 0;
    height += add(column, h3, "Areas", columnWidth, 0);
    for (String a : areas) {
      height += addBullet(column, a, columnWidth);
    }
    if (!modalities.isEmpty()) {
      height += add(column, h3, "Techniques", columnWidth, 10);
      for (String m : modalities) {
        height += addBullet(column, m, columnWidth);
      }
    }
    float diagramHeight = BodyDiagram.height(diagramWidth, plan.focus());
    float total = Math.max(height, diagramHeight);
    if (total > flow.pageRoom()) {
      flow.block(
          diagramHeight,
          (c, top) -> BodyDiagram.draw(c, paper.fonts, plan.focus(), flow.left, top, diagramWidth));
      flow.space(10);
      flow.list(areas, false, body, 2, 1);
      flow.space(6);
      flow.list(modalities, false, body, 2, 1);
      return;
    }
    flow.space(4);
    flow.block(
        total,
        (c, top) -> {
          BodyDiagram.draw(c, paper.fonts, plan.focus(), flow.left, top, diagramWidth);
          float y = top;
          for (ColumnLine line : column) {
            Style st = line.style();
            y -= line.before();
            if (line.bullet() != null) {
              PageFlow.text(c, st, columnX, y - st.baseline(), line.bullet());
            }
            PageFlow.text(c, st, columnX + line.indent(), y - st.baseline(), line.text());
            y -= st.leading();
          }
        });
  }

  /** One line of the column beside the body diagram. */
  private record ColumnLine(Style style, String text, float before, float indent, String bullet) {}

  private float add(List<ColumnLine> column, Style st, String text, float width, float before) {
    List<String> lines = PageFlow.wrap(text, st, width);
    float h = 0;
    for (int i = 0; i < lines.size(); i++) {
      float b = i == 0 ? before : 0;
      column.add(new ColumnLine(st, lines.get(i), b, 0, null));
      h += st.leading() + b;
    }
    return h;
  }

  private float addBullet(List<ColumnLine> column, String text, float width) {
    float indent = body.font().width("•", body.size()) + body.size() * 0.6f;
    List<String> lines = PageFlow.wrap(text, body, width - indent);
    for (int i = 0; i < lines.size(); i++) {
      column.add(new ColumnLine(body, lines.get(i), 0, indent, i == 0 ? "•" : null));
    }
    return lines.size() * body.leading();
  }

  /** "Lower back — both sides", "Glutes — right, more than left". */
  static String describe(FocusArea area) {
    String side =
        switch (area.side()) {
          case LEFT -> "left";
          case RIGHT -> "right";
          case BILATERAL -> "both sides";
          case LEFT_GREATER -> "both sides, left more";
          case RIGHT_GREATER -> "both sides, right more";
        };
    return area.region().label() + " — " + side;
  }

  private PageFlow.Table goals(PageFlow flow, List<PlanGoal> goals) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanGoal g : goals) {
      boolean measured = !g.measureName().isBlank();
      String measure =
          measured
              ? g.measureName()
                  + (g.higherIsBetter() ? " (higher is better)" : " (lower is better)")
              : "—";
      rows.add(
          List.of(
              g.text(),
              measure,
              goalScore(g, g.baseline()),
              goalScore(g, g.target()),
              g.byDate() == null ? "—" : Stationery.day(g.byDate())));
    }
    return flow.tableOf(
        List.of(
            new Column("Goal", 0.40f),
            new Column("Measure", 0.19f),
            new Column("Baseline", 0.12f),
            new Column("Target", 0.11f),
            new Column("By", 0.18f)),
        rows,
        tableHead,
        tableBody,
        Stationery.TINT,
        Stationery.RULE);
  }

  /** A goal's score with its measure's unit: "22/50 (44%)", "32%"; "—" for none. */
  private static String goalScore(PlanGoal g, BigDecimal n) {
    return n == null ? "—" : Instrument.displayForCode(g.measureName(), n.doubleValue());
  }

  private List<Map.Entry<String, String>> schedule(TreatmentPlan plan) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    rows.add(Map.entry("Sessions", plan.schedule()));
    rows.add(
        Map.entry(
            "Starting",
            plan.startsOn() == null ? "To be arranged" : Stationery.day(plan.startsOn())));
    if (plan.startsOn() != null && plan.sessionCount() > 1) {
      rows.add(
          Map.entry(
              "Last session",
              "around "
                  + Stationery.day(
                      plan.startsOn()
                          .plusDays(
                              (long) plan.frequency().daysApart() * (plan.sessionCount() - 1)))));
    }
    rows.add(
        Map.entry(
            "Reassessment",
            plan.reassessOn() == null ? "To be agreed" : Stationery.day(plan.reassessOn())));
    return rows;
  }

  private static final float SIGNATURE_ROW = 52;
  private static final float DATE_WIDTH = 130;
  private static final float SIGNATURE_GAP = 24;

  private List<String> clientSignatureLabel(PageFlow flow) {
    String client = paper.clientName == null ? "Client" : "Client — " + paper.clientName;
    return PageFlow.wrap(client, caption, flow.width() - DATE_WIDTH - SIGNATURE_GAP);
  }

  /**
   * "Therapist — Maya Lindqvist, Registered Massage Therapist" and, on its own line, the
   * registration: what a reader needs to look the therapist up with the body that registered them.
   */
  private List<String> therapistSignatureLabel(PageFlow flow) {
    float width = flow.width() - DATE_WIDTH - SIGNATURE_GAP;
    if (therapist == null) {
      return List.of("Therapist");
    }
    List<String> lines =
        new ArrayList<>(PageFlow.wrap("Therapist — " + therapist.nameAndTitle(), caption, width));
    if (!therapist.registrationLine().isEmpty()) {
      lines.addAll(PageFlow.wrap(therapist.registrationLine(), caption, width));
    }
    return lines;
  }

  private float signaturesHeight(PageFlow flow) {
    return 2 * SIGNATURE_ROW
        + (clientSignatureLabel(flow).size() - 1 + therapistSignatureLabel(flow).size())
            * caption.leading();
  }

  private void signatures(PageFlow flow, TreatmentPlan plan) throws IOException {
    float rowHeight = SIGNATURE_ROW;
    float gap = SIGNATURE_GAP;
    float signWidth = flow.width() - DATE_WIDTH - gap;
    List<String> clientLines = clientSignatureLabel(flow);
    float height = signaturesHeight(flow);
    flow.block(
        height,
        (c, top) -> {
          float y = top;
          signatureRow(c, flow, y, signWidth, gap, clientLines, null);
          y -= rowHeight + (clientLines.size() - 1) * caption.leading();
          signatureRow(c, flow, y, signWidth, gap, therapistSignatureLabel(flow), null);
        });
  }

  private void signatureRow(
      PDPageContentStream c,
      PageFlow flow,
      float top,
      float signWidth,
      float gap,
      List<String> who,
      java.time.LocalDate date)
      throws IOException {
    float lineY = top - 30;
    Stationery.rule(c, flow.left, flow.left + signWidth, lineY, Stationery.MUTED, 0.6f);
    Stationery.rule(c, flow.left + signWidth + gap, flow.right, lineY, Stationery.MUTED, 0.6f);
    PageFlow.lines(c, caption, flow.left, lineY - 3, who);
    PageFlow.lines(c, caption, flow.left + signWidth + gap, lineY - 3, List.of("Date"));
    if (date != null) {
      PageFlow.text(c, value, flow.left + signWidth + gap + 2, lineY + 5, Stationery.day(date));
    }
  }
}
