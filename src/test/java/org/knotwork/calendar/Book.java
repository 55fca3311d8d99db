package org.knotwork.calendar;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.knotwork.appointment.AppointmentRepository;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BookableService;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.client.ClientService;
import org.knotwork.db.Database;
import org.knotwork.practice.PracticeDetails;
import org.knotwork.practice.PracticeRepository;
import org.knotwork.practice.PracticeService;
import org.knotwork.practice.TestTherapist;
import org.knotwork.testing.MovableClock;

/** A practice in London with two clients, a service and a calendar file, on an in-memory H2. */
public final class Book implements AutoCloseable {
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** Sunday 1 March 2026, 10:00 in London (GMT, so UTC too). */
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

  public final Database db = Database.inMemory();
  public final MovableClock clock = new MovableClock(NOW);
  public final PracticeService practices =
      new PracticeService(new PracticeRepository(db.dsl()), clock);
  public final AppointmentService appointments =
      new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "maya");
  public final List<Path> writes = new ArrayList<>();
  public final List<Thread> writers = new ArrayList<>();
  public final CalendarFile calendar;
  public final ForTheClient forTheClient;
  public final long anna;
  public final long oskar;
  public final long deepTissue;

  public Book() {
    this(CalendarFile.ATOMIC);
  }

  public Book(CalendarFile.FileWriter writer) {
    practices.start("Harbour Massage", false, TestTherapist.PROFILE);
    practices.saveDetails(
        new PracticeDetails(
            "12 Quay Street\nHarbourtown HT1 2AB",
            "01234 567890",
            "hello@harbour.example",
            null,
            null));
    ClientService clients = new ClientService(new ClientRepository(db.dsl()), clock, "maya");
    anna = clients.save(Client.builder().fullName("Anna Berg").build()).id();
    oskar = clients.save(Client.builder().fullName("Oskar Lind").build()).id();
    appointments.saveSettings(
        new AppointmentSettings(LONDON, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 0, 24));
    deepTissue =
        appointments
            .saveService(new BookableService(null, "Deep tissue", 60, "#4A90E2", true))
            .id();
    calendar =
        new CalendarFile(
            new CalendarFileRepository(db.dsl()),
            appointments,
            practices,
            clock,
            () -> "maya",
            (target, content) -> {
              synchronized (writes) {
                writes.add(target);
                writers.add(Thread.currentThread());
              }
              writer.write(target, content);
            });
    appointments.onChange(calendar::changed);
    forTheClient = new ForTheClient(appointments, practices, clock);
  }

  @Override
  public void close() {
    db.close();
  }
}
