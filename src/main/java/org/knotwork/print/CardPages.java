package org.knotwork.print;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knotwork.print.PageFlow.Column;
import org.knotwork.print.PageFlow.Style;

/** An appointment card: the next appointment in a box, or a booked series as a table. */
final class CardPages {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final Stationery paper;
  private final RecordStyles styles;
  private final Style when;
  private final Style whenDetail;

  CardPages(Stationery paper) {
    this.paper = paper;
    this.styles = new RecordStyles(paper.fonts);
    this.when = new Style(paper.fonts.bold, 15, 20, Stationery.INK);
    this.whenDetail = new Style(paper.fonts.regular, 12, 17, Stationery.INK);
  }

  void write(PageFlow flow, AppointmentCard card) throws IOException {
    paper.header = Stationery.Header.CARD;
    boolean one = card.visits().size() == 1;
    flow.heading(
        one ? "Your next appointment" : "Your appointments", styles.title, 0, 4, when.leading());
    if (card.clientName() != null && !card.clientName().isBlank()) {
      flow.paragraph("For " + card.clientName().strip(), styles.body);
    }
    flow.space(14);
    if (one) {
      AppointmentCard.Visit v = card.visits().get(0);
      flow.box(
          List.of(new PageFlow.BoxText(DAY.format(v.start()), detail(v))),
          when,
          whenDetail,
          Stationery.TINT,
          Stationery.ACCENT,
          14);
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (AppointmentCard.Visit v : card.visits()) {
        rows.add(
            List.of(
                SHORT_DAY.format(v.start()),
                TIME.format(v.start()) + "–" + TIME.format(v.start().plusMinutes(v.minutes())),
                v.service() == null ? "" : v.service(),
                v.place() == null ? "" : v.place()));
      }
      flow.table(
          List.of(
              new Column("Date", 0.24f),
              new Column("Time", 0.16f),
              new Column("Service", 0.25f),
              new Column("Place", 0.35f)),
          rows,
          styles.tableHead,
          styles.tableBody,
          Stationery.TINT,
          Stationery.RULE);
    }
    flow.space(18);
    if (card.howToReschedule() != null && !card.howToReschedule().isBlank()) {
      flow.paragraph(card.howToReschedule(), styles.body);
    }
  }

  private static String detail(AppointmentCard.Visit v) {
    String time =
        TIME.format(v.start())
            + " – "
            + TIME.format(v.start().plusMinutes(v.minutes()))
            + " ("
            + v.minutes()
            + " minutes)";
    StringBuilder text = new StringBuilder(time);
    if (v.service() != null && !v.service().isBlank()) {
      text.append("\n").append(v.service().strip());
    }
    if (v.place() != null && !v.place().isBlank()) {
      text.append("\n").append(v.place().strip());
    }
    return text.toString();
  }
}
