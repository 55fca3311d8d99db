package org.knotwork.appointment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.knotwork.client.Client;
import org.knotwork.client.ClientRepository;
import org.knotwork.db.DataDirectory;
import org.knotwork.db.Database;
import org.knotwork.db.DatabaseCredentials;

/**
 * Times "next free slots" (the first ten) over a book of ten years: every working day of the past
 * ten years with six appointments, the next four weeks booked to about 70 %, holidays blocked, in a
 * file database. Three searches: any time for 60 minutes; Tuesday and Thursday afternoons for 60
 * minutes; and 90 minutes on Wednesday mornings (few fits, so the search reads several four-week
 * windows). Not a JUnit test; run by hand (see docs/performance.md).
 */
public final class FreeSlotsBenchmark {
  private static final int YEARS = 10;
  private static final int CLIENTS = 400;
  private static final int WARMUP = 300;
  private static final int RUNS = 100;
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 8, 8, 30);

  private FreeSlotsBenchmark() {}

  public static void main(String[] args) throws IOException {
    boolean keep = args.length > 0;
    Path folder = keep ? Path.of(args[0]) : Files.createTempDirectory("knotwork-slots");
    Clock clock = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    try {
      if (!Files.exists(DataDirectory.at(folder).databaseFile())) {
        long buildStart = System.nanoTime();
        try (Database db =
            Database.open(DataDirectory.at(folder), DatabaseCredentials.unencrypted())) {
          int n = populate(db, clock);
          System.out.printf(
              "Built %s in %d ms: %d appointments over %d years and four weeks ahead%n",
              folder, (System.nanoTime() - buildStart) / 1_000_000, n, YEARS);
        }
      }
      try (Database db =
          Database.open(DataDirectory.at(folder), DatabaseCredentials.unencrypted())) {
        AppointmentService book =
            new AppointmentService(new AppointmentRepository(db.dsl()), clock, () -> "bench");
        Booking hour = Booking.inRoom(1, NOW, 60);
        time("any time, 60 min", () -> book.freeSlots(FreeSlots.Search.anyTime(hour, NOW, 10)));
        time(
            "Tue/Thu afternoons, 60 min",
            () ->
                book.freeSlots(
                    new FreeSlots.Search(
                        hour,
                        NOW,
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        LocalTime.of(13, 0),
                        LocalTime.of(17, 0),
                        10)));
        time(
            "Wed mornings, 90 min",
            () ->
                book.freeSlots(
                    new FreeSlots.Search(
                        Booking.inRoom(1, NOW, 90),
                        NOW,
                        EnumSet.of(DayOfWeek.WEDNESDAY),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        10)));
        System.out.printf(
            "load average during the run: %.2f on %d cores%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
      }
    } finally {
      if (!keep) {
        deleteFolder(folder);
      }
    }
  }

  private static void time(String name, Supplier<List<LocalDateTime>> search) {
    long c0 = System.nanoTime();
    List<LocalDateTime> first = search.get();
    double cold = (System.nanoTime() - c0) / 1e6;
    for (int i = 0; i < WARMUP; i++) {
      search.get();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[RUNS];
    double[] cpu = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long a = System.nanoTime();
      search.get();
      wall[i] = (System.nanoTime() - a) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    }
    System.out.printf(
        "%-28s %d slots from %s to %s; first call %.1f ms; warm median %.2f ms, p95 %.2f ms,"
            + " max %.2f ms; CPU median %.2f ms%n",
        name,
        first.size(),
        first.isEmpty() ? "-" : first.get(0),
        first.isEmpty() ? "-" : first.get(first.size() - 1),
        cold,
        percentile(wall, 50),
        percentile(wall, 95),
        percentile(wall, 100),
        percentile(cpu, 50));
  }

  /** Ten years of a full book and four weeks ahead at about 70 %; returns the appointments made. */
  private static int populate(Database db, Clock clock) {
    ClientRepository clients = new ClientRepository(db.dsl());
    List<Client> people = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      people.add(Client.builder().fullName("Client " + i).build());
    }
    List<Long> ids = clients.insertAll(people, NOW);
    AppointmentRepository repository = new AppointmentRepository(db.dsl());
    AppointmentSettings settings =
        new AppointmentSettings(ZoneOffset.UTC, WorkingHours.WEEKDAYS_NINE_TO_FIVE, 15, 24);
    repository.saveSettings(settings, NOW, "bench");
    Random r = new Random(7);
    List<Appointment> all = new ArrayList<>();
    LocalDate today = NOW.toLocalDate();
    for (LocalDate day = today.minusYears(YEARS);
        day.isBefore(today.plusWeeks(4));
        day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      if (day.getMonthValue() == 8 && day.getDayOfMonth() <= 14) {
        continue; // the summer holiday, blocked below
      }
      boolean past = day.isBefore(today);
      // past: six appointments a day; ahead: five of the eight hours with gaps between
      LocalDateTime t = day.atTime(9, 0);
      int count = past ? 6 : 5;
      for (int i = 0; i < count; i++) {
        Booking b = Booking.inRoom(ids.get(r.nextInt(ids.size())), t, 60);
        AppointmentState state =
            past
                ? (r.nextInt(20) == 0 ? AppointmentState.NO_SHOW : AppointmentState.ARRIVED)
                : AppointmentState.BOOKED;
        all.add(new Appointment(0, b, null, state, null, null, null, t.minusDays(7)));
        t = t.plusMinutes(past ? 75 : 60 + 15 + (i % 2 == 0 ? 30 : 0));
      }
    }
    all.sort(Comparator.comparing(Appointment::start));
    for (int from = 0; from < all.size(); from += 5000) {
      repository.importAll(all.subList(from, Math.min(all.size(), from + 5000)), "bench");
    }
    for (int year = today.getYear() - YEARS; year <= today.getYear() + 1; year++) {
      repository.addBlocked(
          new BlockedTime(
              null,
              LocalDate.of(year, 8, 1).atStartOfDay(),
              LocalDate.of(year, 8, 15).atStartOfDay(),
              BlockReason.HOLIDAY,
              "Summer"),
          NOW,
          "bench");
    }
    return all.size();
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
