package org.knotwork.printout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.InvalidAppointmentException;
import org.knotwork.appointment.Place;
import org.knotwork.appointment.Recurrence;
import org.knotwork.calendar.Book;
import org.knotwork.calendar.CardChoice;
import org.knotwork.print.DocumentPrinter;

/** The appointment card: the next appointment, or the booked series, on the letterhead. */
class AppointmentCardsTest {
  private static final LocalDateTime MONDAY_TEN = LocalDateTime.of(2026, 3, 2, 10, 0);
  private final Book book = new Book();
  private final AppointmentCards cards =
      new AppointmentCards(book.forTheClient, book.practices, new DocumentPrinter(), book.clock);

  @AfterEach
  void close() {
    book.close();
  }

  @Test
  void theCardShowsTheAppointmentOnTheLetterheadWithoutTheNote() throws Exception {
    Appointment a =
        book.appointments.book(
            new Booking(
                book.anna, MONDAY_TEN, 60, book.deepTissue, Place.ROOM, 0, 0, "bring the bolster"),
            false);

    ClientDocuments.Document card = cards.card(new CardChoice(a.id(), false));

    String text = text(card.pdf());
    assertThat(text)
        .contains(
            "Harbour Massage",
            "Your next appointment",
            "For Anna Berg",
            "Monday 2 March 2026",
            "10:00 – 11:00 (60 minutes)",
            "Deep tissue",
            "At 12 Quay Street, Harbourtown HT1 2AB",
            "at least 24 hours before: call 01234 567890")
        .doesNotContain("bolster");
    assertThat(card.saveAsName()).startsWith("Appointment card").doesNotContain("Anna");
  }

  @Test
  void theSeriesCardListsEveryBookedAppointmentFromNowOn() throws Exception {
    var series =
        book.appointments.bookSeries(
            new Booking(book.anna, MONDAY_TEN, 60, book.deepTissue, Place.ROOM, 0, 0, null),
            new Recurrence(Recurrence.Pattern.WEEKLY, 6),
            false);
    book.appointments.cancel(series.get(2).id(), CancelledBy.CLIENT);
    book.appointments.book(Booking.inRoom(book.oskar, MONDAY_TEN.plusHours(2), 60), false);

    String text = text(cards.card(new CardChoice(series.get(0).id(), true)).pdf());

    assertThat(text)
        .contains("Your appointments", "Mon 2 Mar 2026", "Mon 9 Mar 2026", "Mon 23 Mar 2026")
        .contains("Mon 6 Apr 2026", "10:00–11:00")
        .doesNotContain("Mon 16 Mar 2026") // cancelled
        .doesNotContain("12:00"); // another client's
  }

  @Test
  void aCancelledAppointmentGetsNoCard() {
    Appointment a = book.appointments.book(Booking.inRoom(book.anna, MONDAY_TEN, 60), false);
    book.appointments.cancel(a.id(), CancelledBy.THERAPIST);
    assertThatThrownBy(() -> cards.card(new CardChoice(a.id(), false)))
        .isInstanceOf(InvalidAppointmentException.class)
        .hasMessageContaining("a card shows booked appointments only");
    assertThatThrownBy(() -> cards.card(new CardChoice(a.id(), true)))
        .hasMessage("Anna Berg has no booked appointments from now on; there is no card to make.");
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
