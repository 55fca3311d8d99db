package org.knotwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.BookableService;
import org.knotwork.db.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knotwork appointments}: the book for a range of days, as a table, day by day. */
@Command(
    name = "appointments",
    mixinStandardHelpOptions = true,
    description =
        "Lists the appointments from one day to another (default: the seven days from today),"
            + " day by day: time, client, service, place and state.")
final class AppointmentsCommand implements Callable<Integer> {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin PassphraseOption passphrase;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder that holds the practice.")
  Path dataDir;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day, as YYYY-MM-DD (default: today).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last day, as YYYY-MM-DD, included (default: six days after the first).")
  String to;

  @Override
  public Integer call() throws Exception {
    LocalDate first = from == null ? null : Dates.parse("--from", from);
    LocalDate last = to == null ? null : Dates.parse("--to", to);
    DataDirectory data =
        dataDir == null ? DataDirectory.platformDefault() : DataDirectory.at(dataDir);
    if (!Files.exists(data.databaseFile())) {
      throw new CommandFailure("There is no practice in " + data + ".");
    }
    try (OpenPractice open = OpenPractice.open(dataDir, passphrase)) {
      AppointmentService book = open.context().appointments();
      if (first == null) {
        first =
            last != null
                ? last.minusDays(6)
                : book.settings().time().now(open.context().clock()).toLocalDate();
      }
      if (last == null) {
        last = first.plusDays(6);
      }
      if (last.isBefore(first)) {
        throw new CommandFailure(
            "--to (" + last + ") comes before --from (" + first + "); give the earlier day first.");
      }
      List<Appointment> found = book.between(first, last.plusDays(1));
      Map<Long, String> services =
          book.services().stream()
              .collect(Collectors.toMap(BookableService::id, BookableService::name, (a, b) -> a));
      print(spec.commandLine().getOut(), first, last, found, services);
    }
    return 0;
  }

  private static void print(
      PrintWriter out,
      LocalDate first,
      LocalDate last,
      List<Appointment> found,
      Map<Long, String> services) {
    String range = first.equals(last) ? "on " + first : "from " + first + " to " + last;
    if (found.isEmpty()) {
      out.println("No appointments " + range + ".");
      out.flush();
      return;
    }
    out.println(found.size() + (found.size() == 1 ? " appointment " : " appointments ") + range);
    LocalDate day = null;
    for (Appointment a : found) {
      if (!a.start().toLocalDate().equals(day)) {
        day = a.start().toLocalDate();
        out.println();
        out.println(DAY.format(day));
        out.printf(
            "  %-11s  %-28s  %-22s  %-24s  %s%n", "TIME", "CLIENT", "SERVICE", "PLACE", "STATE");
      }
      String service =
          a.booking().serviceId() == null
              ? "-"
              : services.getOrDefault(a.booking().serviceId(), "-");
      out.printf(
          "  %-11s  %-28s  %-22s  %-24s  %s%n",
          TIME.format(a.start()) + "–" + TIME.format(a.end()),
          cut(a.clientName(), 28),
          cut(service, 22),
          cut(a.place().shortName(), 24),
          a.state().label());
    }
    out.flush();
  }

  private static String cut(String text, int width) {
    String t = text == null ? "" : text.strip();
    return t.length() <= width ? t : t.substring(0, width - 1) + "…";
  }
}
