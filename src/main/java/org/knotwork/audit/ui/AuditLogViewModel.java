package org.knotwork.audit.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.audit.AuditKind;
import org.knotwork.audit.AuditLine;
import org.knotwork.audit.AuditLog;
import org.knotwork.audit.AuditQuery;
import org.knotwork.audit.AuditWording;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The audit log on screen: narrowed by kind of action and by days, newest first, and exported as a
 * CSV file.
 */
public final class AuditLogViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private final AuditLog log;
  private final DialogService dialogs;
  private final ObjectProperty<AuditKind> kind =
      new SimpleObjectProperty<>(this, "kind", AuditKind.ALL);
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final BackgroundTask reading;
  private final BackgroundTask exporting;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

  /** One line of the table, in words. */
  public record Row(
      String when, String who, String what, String record, String client, String detail) {
    static Row of(AuditLine line) {
      return new Row(
          WHEN.format(line.entry().at()),
          line.entry().actor(),
          AuditWording.action(line.entry().action()),
          AuditWording.record(line.entry()),
          AuditWording.client(line),
          line.entry().detail() == null ? "" : line.entry().detail());
    }
  }

  public AuditLogViewModel(AuditLog log, TaskExecutor executor, DialogService dialogs) {
    this.log = log;
    this.dialogs = dialogs;
    this.reading = BackgroundTask.of(executor);
    this.exporting = BackgroundTask.longWork(executor);
    busy.bind(reading.runningProperty().or(exporting.runningProperty()));
    kind.addListener((o, a, b) -> load());
    from.addListener((o, a, b) -> load());
    to.addListener((o, a, b) -> load());
  }

  /** Reads the entries the filters ask for, off the JavaFX thread; a newer read wins. */
  public void load() {
    load("");
  }

  /** Loads, then shows {@code prefix} (a message about what was just done) before the count. */
  private void load(String prefix) {
    Optional<AuditQuery> query = query();
    if (query.isEmpty()) {
      reading.cancel(); // a page still being read for the earlier filters is not shown
      rows.clear();
      summary.set("The last day lies before the first; change one of them.");
      return;
    }
    reading.run(
        () -> log.read(query.get()),
        page -> {
          rows.setAll(page.lines().stream().map(Row::of).toList());
          summary.set(prefix + describe(page));
        },
        failure -> summary.set(UserMessages.explain(failure, "Reading the audit log")));
  }

  private static String describe(AuditLog.Page page) {
    if (page.total() == 0) {
      return "No entries match.";
    }
    if (page.total() > page.lines().size()) {
      return String.format(
          Locale.ENGLISH,
          "The newest %,d of %,d entries. Export the log to see them all.",
          page.lines().size(),
          page.total());
    }
    return String.format(
        Locale.ENGLISH, "%,d %s.", page.total(), page.total() == 1 ? "entry" : "entries");
  }

  private Optional<AuditQuery> query() {
    if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    return Optional.of(
        AuditQuery.everything().withActions(kind.get().actions()).between(from.get(), to.get()));
  }

  /** Writes every matching entry (not only those shown) to a CSV file the therapist chooses. */
  public void export() {
    Optional<AuditQuery> query = query();
    if (query.isEmpty() || busy.get()) {
      return;
    }
    Optional<Path> file =
        dialogs.chooseFileToSave(
            "Export the audit log", log.suggestedFileName(), "CSV file", ".csv");
    if (file.isEmpty()) {
      return;
    }
    exporting.runWhileUnlocked(
        () -> log.export(query.get(), file.get()),
        written ->
            load(
                String.format(
                    Locale.ENGLISH,
                    "Exported %,d %s to %s. ",
                    written,
                    written == 1 ? "entry" : "entries",
                    file.get().getFileName())),
        failure ->
            dialogs.showError(
                "The audit log was not exported",
                UserMessages.explain(failure, "Exporting the audit log")
                    + " The log itself is unchanged."));
  }

  public ObjectProperty<AuditKind> kindProperty() {
    return kind;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
