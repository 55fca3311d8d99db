package org.knotwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.app.AppContext;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.Booking;
import org.knotwork.appointment.CancelledBy;
import org.knotwork.appointment.Place;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;
import org.knotwork.db.PracticeKeys;
import org.knotwork.practice.TestTherapist;

/** {@code knotwork appointments} and {@code knotwork export-calendar}. */
class AppointmentCommandsTest {
  private static final String PASSPHRASE = "harbour lantern meadow";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  @TempDir static Path dir;
  private static LocalDate tomorrow;

  @BeforeAll
  static void aPracticeWithABook() throws Exception {
    DataDirectory data = DataDirectory.at(dir.resolve("practice"));
    Files.writeString(dir.resolve("pass.txt"), PASSPHRASE + "\n");
    DatabaseCredentials key = PracticeKeys.forTests().create(data, PASSPHRASE.toCharArray());
    tomorrow = LocalDate.now(LONDON).plusDays(1);
    try (Database db = Database.open(data, key)) {
      AppContext context = new AppContext(data, db, Clock.system(LONDON));
      context.practices().start("Harbour Massage", false, TestTherapist.PROFILE);
      var book = context.appointments();
      book.saveSettings(new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
      long service =
          book.saveService(new BookableService(null, "Deep tissue", 60, "#4A90E2", true)).id();
      long anna = context.clients().save(Client.builder().fullName("Anna Berg").build()).id();
      long oskar = context.clients().save(Client.builder().fullName("Oskar Lind").build()).id();
      // weekends and nights too: booked over the working hours on purpose
      book.book(
          new Booking(
              anna, tomorrow.atTime(10, 0), 60, service, Place.ROOM, 0, 0, "bring the bolster"),
          true);
      book.book(
          new Booking(
              oskar,
              tomorrow.atTime(14, 0),
              45,
              null,
              Place.clientHome("5 Elm Road\nHarbourtown"),
              0,
              0,
              null),
          true);
      long cancelled = book.book(Booking.inRoom(oskar, tomorrow.atTime(16, 0), 30), true).id();
      book.cancel(cancelled, CancelledBy.THERAPIST);
      book.book(Booking.inRoom(anna, tomorrow.plusDays(8).atTime(LocalTime.of(9, 0)), 60), true);
    }
  }

  @Test
  void theNextSevenDaysAreListedDayByDayByDefault() {
    Cli.Result r = run("appointments");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("3 appointments from " + LocalDate.now(LONDON))
        .contains(
            tomorrow.format(
                java.time.format.DateTimeFormatter.ofPattern(
                    "EEEE d MMMM yyyy", java.util.Locale.UK)))
        .doesNotContain("bolster");
    assertThat(r.out().lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains("10:00–11:00", "Anna Berg", "Deep tissue", "the room")
                    .endsWith("Booked"))
        .anySatisfy(l -> assertThat(l).contains("14:00–14:45", "Oskar Lind", "5 Elm Road"))
        .anySatisfy(l -> assertThat(l).contains("16:00–16:30").endsWith("Cancelled"))
        .noneSatisfy(l -> assertThat(l).contains("09:00–10:00"));
  }

  @Test
  void aChosenRangeIsListedAndAnEmptyOneSaysSo() {
    LocalDate later = tomorrow.plusDays(8);
    Cli.Result r = run("appointments", "--from", later.toString(), "--to", later.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 appointment on " + later).contains("09:00–10:00");

    Cli.Result none = run("appointments", "--from", "2020-01-01", "--to", "2020-01-31");
    assertThat(none.code()).isZero();
    assertThat(none.out()).contains("No appointments from 2020-01-01 to 2020-01-31.");
  }

  @Test
  void aBadDateOrABackwardRangeGetsASentence() {
    Cli.Result bad = run("appointments", "--from", "8 December");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err())
        .contains("--from \"8 December\" is not a date: write it as YYYY-MM-DD")
        .doesNotContain("Exception");

    Cli.Result backward = run("appointments", "--from", "2026-12-10", "--to", "2026-12-01");
    assertThat(backward.code()).isEqualTo(1);
    assertThat(backward.err()).contains("--to (2026-12-01) comes before --from (2026-12-10)");
  }

  @Test
  void theExportShowsInitialsByDefaultAndParsesBack() throws Exception {
    Path out = dir.resolve("book.ics");
    Cli.Result r = run("export-calendar", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote 3 appointments (initials and service only) to " + out);
    List<VEvent> events =
        new CalendarBuilder()
            .build(new ByteArrayInputStream(Files.readAllBytes(out)))
            .getComponents(VEvent.VEVENT);
    assertThat(events)
        .extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .containsExactlyInAnyOrder("A.B. · Deep tissue", "O.L.", "A.B.");
    assertThat(Files.readString(out)).doesNotContain("Anna", "Oskar", "bolster", "Elm Road");
  }

  @Test
  void fullNamesAreWrittenOnlyWhenAskedFor() throws Exception {
    Path out = dir.resolve("named.ics");
    Cli.Result r = run("export-calendar", "--out", out.toString(), "--full-names");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("with full names");
    assertThat(Files.readString(out))
        .contains("Anna Berg · Deep tissue", "Oskar Lind", "LOCATION:5 Elm Road\\, Harbourtown")
        .doesNotContain("bolster");
  }

  @Test
  void anUnwritablePlaceGetsASentenceAndNothingIsWritten() {
    Path missing = dir.resolve("no such folder/book.ics");
    Cli.Result r = run("export-calendar", "--out", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("The folder " + missing.getParent() + " does not exist; nothing was written.")
        .doesNotContain("Exception");
    assertThat(missing.getParent()).doesNotExist();

    Cli.Result folder = run("export-calendar", "--out", dir.toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("is a folder; give a file name");
  }

  private static Cli.Result run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dir.resolve("practice").toString();
    all[args.length + 2] = "--passphrase-file";
    all[args.length + 3] = dir.resolve("pass.txt").toString();
    return Cli.run(all);
  }
}
