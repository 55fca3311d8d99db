package org.knotwork.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.BookableService;
import org.knotwork.db.PrivateFiles;
import org.knotwork.practice.Practice;
import org.knotwork.practice.PracticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The book's calendar file: an iCalendar file in a folder the therapist chooses (a synced folder a
 * phone subscribes to), written again after every change to the book.
 *
 * <p>By default it shows each client's initials and the service only; full names, and the address
 * of a mobile visit, only when the therapist asks for them. It never holds a private note or any
 * clinical text. Cancelled appointments are left out. It covers the weeks just past and the year
 * ahead (decision 0034).
 *
 * <p>A change only asks for a refresh; the refresh runs on the executor the app gives ({@link
 * #refreshOn}), never on the thread that made the change, and a burst of changes while a refresh is
 * waiting or running is written once more, not once per change. The file is written beside its
 * place and moved there, so a phone never reads half a file.
 */
public final class CalendarFile {
  private static final Logger log = LoggerFactory.getLogger(CalendarFile.class);

  /** Days before today the file reaches back. */
  static final int DAYS_BEFORE = 60;

  /** Days after today the file reaches ahead. */
  static final int DAYS_AHEAD = 400;

  /** Writes a whole file; the app's writes it beside the target and moves it into place. */
  @FunctionalInterface
  public interface FileWriter {
    void write(Path target, byte[] content) throws IOException;
  }

  /** The atomic writer: temporary file beside the target, forced to disk, then moved over it. */
  public static final FileWriter ATOMIC =
      (target, content) -> PrivateFiles.write(target, out -> out.write(content));

  /**
   * What the settings screen shows: when the file was last written, or why it could not be.
   *
   * @param writtenAt the last successful write; null for none known
   * @param problem the last write's failure in words; null when it succeeded
   */
  public record Status(Path file, Instant writtenAt, String problem) {
    static final Status NONE = new Status(null, null, null);
  }

  private final CalendarFileRepository repository;
  private final AppointmentService appointments;
  private final PracticeService practices;
  private final Clock clock;
  private final Supplier<String> actor;
  private final FileWriter writer;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final AtomicBoolean queued = new AtomicBoolean();
  private final List<Consumer<Status>> statusListeners = new CopyOnWriteArrayList<>();
  private volatile Executor refreshOn;
  private volatile Status status;

  public CalendarFile(
      CalendarFileRepository repository,
      AppointmentService appointments,
      PracticeService practices,
      Clock clock,
      Supplier<String> actor,
      FileWriter writer) {
    this.repository = repository;
    this.appointments = appointments;
    this.practices = practices;
    this.clock = clock;
    this.actor = actor;
    this.writer = writer;
  }

  // --- settings --------------------------------------------------------------------------------

  public CalendarFileSettings settings() {
    return repository.settings();
  }

  /** Saves the settings (audited) and writes the file where they now say, if anywhere. */
  public Status saveSettings(CalendarFileSettings settings) {
    repository.save(settings, LocalDateTime.now(clock), actor.get());
    return writeNow();
  }

  // --- writing -----------------------------------------------------------------------------------

  /**
   * Writes the file now, on the calling thread, where the settings say; a failure is kept as the
   * status (and logged), not thrown.
   */
  public synchronized Status writeNow() {
    CalendarFileSettings settings = settings();
    Optional<Path> file = settings.file();
    if (file.isEmpty()) {
      return setStatus(Status.NONE);
    }
    try {
      if (!Files.isDirectory(settings.folder())) {
        // never made anew: a synced drive that is not connected must not get a stray folder
        throw new java.nio.file.NoSuchFileException(settings.folder().toString());
      }
      writer.write(file.get(), book(settings.fullNames()));
      return setStatus(new Status(file.get(), clock.instant(), null));
    } catch (IOException | RuntimeException e) {
      log.warn("The calendar file {} could not be written", file.get(), e);
      Status before = status();
      return setStatus(new Status(file.get(), before.writtenAt(), problem(file.get(), e)));
    }
  }

  /**
   * Writes the book's file to {@code target} (the command line's export), as asked; returns how
   * many appointments it holds.
   */
  public int writeTo(Path target, boolean fullNames) throws IOException {
    Made made = make(fullNames);
    writer.write(target, made.ics());
    return made.events();
  }

  /** The book's file: cancelled appointments left out, initials unless {@code fullNames}. */
  public byte[] book(boolean fullNames) {
    return make(fullNames).ics();
  }

  private record Made(byte[] ics, int events) {}

  private Made make(boolean fullNames) {
    AppointmentSettings settings = appointments.settings();
    LocalDate today = settings.time().now(clock).toLocalDate();
    Map<Long, String> services =
        appointments.services().stream()
            .collect(Collectors.toMap(BookableService::id, BookableService::name, (a, b) -> a));
    List<ICalendarFiles.BookEvent> events =
        appointments.between(today.minusDays(DAYS_BEFORE), today.plusDays(DAYS_AHEAD)).stream()
            .filter(a -> !a.state().isCancelled())
            .map(a -> event(a, services, fullNames))
            .toList();
    String practice = practices.current().map(Practice::name).orElse("");
    String name = practice.isBlank() ? "Appointments" : practice + " appointments";
    return new Made(
        ICalendarFiles.book(name, events, settings.zone(), clock.instant()), events.size());
  }

  private static ICalendarFiles.BookEvent event(
      Appointment a, Map<Long, String> services, boolean fullNames) {
    String who = fullNames ? a.clientName().strip() : ICalendarFiles.initials(a.clientName());
    String service = a.booking().serviceId() == null ? null : services.get(a.booking().serviceId());
    String summary = service == null ? who : who + " · " + service;
    // An address says who lives there: only in a file that names clients anyway.
    String location =
        fullNames && a.place().isMobile()
            ? a.place().address() == null ? "Client's home" : a.place().address()
            : null;
    return new ICalendarFiles.BookEvent(a, summary, location);
  }

  // --- refreshing after changes ------------------------------------------------------------------

  /**
   * From now on, refreshes asked for by {@link #changed()} run on {@code executor} (the app's lane
   * for long work). A change asked for before is refreshed at once.
   */
  public void refreshOn(Executor executor) {
    this.refreshOn = executor;
    if (pending.get()) {
      schedule();
    }
  }

  /**
   * The book changed: asks for the file to be written again. Returns at once; without an executor
   * (a command line run) nothing is written.
   */
  public void changed() {
    pending.set(true);
    schedule();
  }

  private void schedule() {
    Executor executor = refreshOn;
    if (executor != null && queued.compareAndSet(false, true)) {
      executor.execute(this::refresh);
    }
  }

  /** Writes once for every change asked for so far; changes meanwhile get one more write. */
  private void refresh() {
    queued.set(false);
    if (pending.getAndSet(false)) {
      writeNow();
    }
  }

  // --- status --------------------------------------------------------------------------------

  /** The last write, or (before one) the file's own time when a file is already there. */
  public Status status() {
    Status s = status;
    if (s == null) {
      s = Status.NONE;
      Optional<Path> file = settings().file();
      if (file.isPresent()) {
        try {
          Instant modified =
              Files.exists(file.get()) ? Files.getLastModifiedTime(file.get()).toInstant() : null;
          s = new Status(file.get(), modified, null);
        } catch (IOException e) {
          s = new Status(file.get(), null, null);
        }
      }
      status = s;
    }
    return s;
  }

  /** Calls {@code listener} after each write, on the thread that wrote. */
  public void onStatus(Consumer<Status> listener) {
    statusListeners.add(listener);
  }

  private Status setStatus(Status s) {
    status = s;
    for (Consumer<Status> listener : statusListeners) {
      listener.accept(s);
    }
    return s;
  }

  private static String problem(Path file, Exception e) {
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return "The folder "
          + folder
          + " is not there (is the drive connected?). The calendar file"
          + " is written again after the next change, or with Write now.";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "Knotwork may not write into " + folder + ". Choose another folder.";
    }
    return "The calendar file could not be written to "
        + folder
        + ". Look at the folder, then use"
        + " Write now.";
  }
}
