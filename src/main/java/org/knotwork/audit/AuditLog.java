package org.knotwork.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knotwork.db.PrivateFiles;

/** Reading the audit log on screen and exporting it as a CSV file. */
public final class AuditLog {
  /** The most entries shown on screen at once; the export always holds every matching entry. */
  public static final int SHOWN = 1_000;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final AuditRepository repository;
  private final Clock clock;
  private final java.util.function.Supplier<String> actor;

  public AuditLog(AuditRepository repository, Clock clock, String actor) {
    this(repository, clock, () -> actor);
  }

  /**
   * @param actor who is at work, as the audit log names them
   */
  public AuditLog(
      AuditRepository repository, Clock clock, java.util.function.Supplier<String> actor) {
    this.repository = repository;
    this.clock = clock;
    this.actor = actor;
  }

  /** A file name for an export made today. */
  public String suggestedFileName() {
    return "knotwork-audit-log-" + java.time.LocalDate.now(clock) + ".csv";
  }

  public record Page(List<AuditLine> lines, int total) {}

  /** What the query matches, newest first: at most {@link #SHOWN} lines, and how many in all. */
  public Page read(AuditQuery query) {
    return new Page(repository.lines(query, SHOWN), repository.count(query));
  }

  /**
   * Writes every entry the query matches to {@code file} as CSV (UTF-8 with a byte-order mark, so
   * spreadsheets read names correctly), newest first. The file appears whole or not at all, and
   * only the user can read it. The export itself is noted in the log. Returns the number of entries
   * written.
   */
  public int export(AuditQuery query, Path file) {
    Path target = file.toAbsolutePath();
    int[] written = {0};
    try {
      PrivateFiles.write(target, out -> written[0] = writeCsv(query, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    repository.append(
        new AuditEntry(
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
            actor.get(),
            AuditEntry.Action.EXPORT,
            "audit_log",
            0,
            target.getFileName().toString()));
    return written[0];
  }

  private int writeCsv(AuditQuery query, OutputStream out) throws IOException {
    int[] written = {0};
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write('\ufeff');
      CSVPrinter csv =
          CSVFormat.DEFAULT
              .builder()
              .setHeader("When", "Who", "What", "Record", "Client", "Detail")
              .get()
              .print(writer);
      repository.each(
          query,
          line -> {
            try {
              csv.printRecord(
                  WHEN.format(line.entry().at()),
                  line.entry().actor(),
                  AuditWording.action(line.entry().action()),
                  AuditWording.record(line.entry()),
                  AuditWording.client(line),
                  line.entry().detail() == null ? "" : line.entry().detail());
              written[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return written[0];
  }
}
