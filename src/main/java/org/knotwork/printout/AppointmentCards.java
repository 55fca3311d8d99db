package org.knotwork.printout;

import java.time.Clock;
import java.time.LocalDate;
import org.knotwork.calendar.CardChoice;
import org.knotwork.calendar.ForTheClient;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeService;
import org.knotwork.print.AppointmentCard;
import org.knotwork.print.DocumentPrinter;
import org.knotwork.print.Letterhead;
import org.knotwork.print.PdfFiles;
import org.knotwork.printout.ClientDocuments.Document;

/** Appointment cards on the practice's letterhead: the next appointment, or the booked series. */
public final class AppointmentCards {
  private final ForTheClient forTheClient;
  private final PracticeService practices;
  private final DocumentPrinter printer;
  private final Clock clock;

  public AppointmentCards(
      ForTheClient forTheClient, PracticeService practices, DocumentPrinter printer, Clock clock) {
    this.forTheClient = forTheClient;
    this.practices = practices;
    this.printer = printer;
    this.clock = clock;
  }

  public Document card(CardChoice which) {
    ForTheClient.Card card = forTheClient.card(which.appointmentId(), which.allUpcoming());
    PracticeDetails details = practices.details();
    String practice = practices.current().map(Practice::name).orElse("");
    LocalDate today = LocalDate.now(clock);
    byte[] pdf =
        printer.appointmentCard(
            Letterhead.of(practice, details),
            details.paperSize(),
            new AppointmentCard(
                card.clientName(),
                card.visits().stream()
                    .map(
                        v ->
                            new AppointmentCard.Visit(
                                v.start(), v.minutes(), v.service(), v.place()))
                    .toList(),
                card.howToReschedule()),
            today);
    return new Document(
        pdf,
        PdfFiles.fileName("Appointment card", card.clientName(), today),
        PdfFiles.fileName("Appointment card", null, today),
        "Appointment card for " + card.clientName());
  }
}
