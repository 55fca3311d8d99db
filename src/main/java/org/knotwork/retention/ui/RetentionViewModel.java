package org.knotwork.retention.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.retention.DeletedRecord;
import org.knotwork.retention.KeptRecord;
import org.knotwork.retention.RetentionPolicy;
import org.knotwork.retention.RetentionService;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The retention review: the policy (years after the last visit, the age a minor's period counts
 * from), the records past it, and deleting one whole record — past retention, or before then only
 * after a separate warning — once the client's name has been typed.
 */
public final class RetentionViewModel {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private final RetentionService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final LongConsumer onDeleted;
  private final IntegerProperty years = new SimpleIntegerProperty(this, "years", 10);
  private final IntegerProperty adultAge = new SimpleIntegerProperty(this, "adultAge", 18);
  private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", false);
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final BackgroundTask loading;
  private final BackgroundTask deleting;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private RetentionPolicy shownPolicy = RetentionPolicy.DEFAULT;

  /** One record in the table. */
  public record Row(KeptRecord record, boolean due) {
    public String name() {
      return record.fullName() + (record.archived() ? " (archived)" : "");
    }

    public String born() {
      return record.dateOfBirth() == null ? "" : DAY.format(record.dateOfBirth());
    }

    public String lastVisit() {
      return record.lastVisit() == null ? "Never seen" : DAY.format(record.lastVisit());
    }

    public String keptUntil() {
      return DAY.format(record.keptUntil());
    }

    public String state() {
      return due ? "Due for review" : "Keep";
    }
  }

  private record Loaded(RetentionPolicy policy, List<KeptRecord> records, int due) {}

  /**
   * @param onDeleted told the id of each client whose record was deleted (the client screen forgets
   *     it)
   */
  public RetentionViewModel(
      RetentionService service,
      TaskExecutor executor,
      DialogService dialogs,
      LongConsumer onDeleted) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.onDeleted = onDeleted;
    this.loading = BackgroundTask.of(executor);
    this.deleting = BackgroundTask.of(executor);
    busy.bind(loading.runningProperty().or(deleting.runningProperty()));
    showAll.addListener((o, a, b) -> load());
  }

  /** Lists the records again; a list asked for earlier that is still being read is not shown. */
  public void load() {
    boolean all = showAll.get();
    loading.run(
        () -> {
          List<KeptRecord> records = all ? service.all() : service.dueForReview();
          int due =
              all
                  ? (int) records.stream().filter(r -> r.due(service.today())).count()
                  : records.size();
          return new Loaded(service.policy(), records, due);
        },
        this::show,
        failure -> summary.set(UserMessages.explain(failure, "Reading the records")));
  }

  private void show(Loaded loaded) {
    shownPolicy = loaded.policy();
    years.set(loaded.policy().years());
    adultAge.set(loaded.policy().adultAge());
    LocalDate today = service.today();
    rows.setAll(loaded.records().stream().map(r -> new Row(r, r.due(today))).toList());
    summary.set(
        loaded.due() == 0
            ? "No record is past its retention period."
            : loaded.due() == 1
                ? "1 record is past its retention period."
                : loaded.due() + " records are past their retention period.");
  }

  /** True when the years or the age differ from the policy in force. */
  public boolean policyChanged() {
    return years.get() != shownPolicy.years() || adultAge.get() != shownPolicy.adultAge();
  }

  /** Stores the years and age shown, then lists the records again under the new policy. */
  public void savePolicy() {
    RetentionPolicy policy;
    try {
      policy = new RetentionPolicy(years.get(), adultAge.get());
    } catch (IllegalArgumentException e) {
      status.set(e.getMessage());
      return;
    }
    executor.execute(
        () -> {
          service.savePolicy(policy);
          return policy;
        },
        saved -> {
          status.set("Saved: records are kept " + saved.describe() + ".");
          load();
        },
        failure ->
            dialogs.showError(
                "The retention period was not changed",
                UserMessages.explain(failure, "Saving the retention period")));
  }

  /**
   * Deletes the record after the questions: a record still inside its period gets a warning first;
   * then the client's name must be typed.
   */
  public void delete(Row row) {
    KeptRecord record = row.record();
    String name = record.fullName();
    boolean override = !row.due();
    if (override
        && !dialogs.confirm(
            "The record of " + name + " must still be kept",
            "Under your retention period ("
                + shownPolicy.describe()
                + ") this record must be kept until "
                + DAY.format(record.keptUntil())
                + ". Delete it now only if you have a reason that overrides that — for example,"
                + " the client has asked and the law where you work allows it.",
            "Delete anyway…")) {
      return;
    }
    Optional<String> typed =
        dialogs.confirmByTyping(
            "Delete the whole record of " + name + "?",
            "This removes "
                + name
                + "'s details, health history, every note with its addenda, their measures and"
                + " plans, for good. It cannot be undone here; only a backup made before now"
                + " still holds them. The audit log keeps a line saying that a record was"
                + " deleted, without its contents.",
            name,
            "Delete record");
    if (typed.isEmpty()) {
      return;
    }
    deleting.runWhileUnlocked(
        () -> service.delete(record.clientId(), typed.get(), override),
        (DeletedRecord deleted) -> {
          status.set(
              "Deleted the record of " + deleted.fullName() + ": " + deleted.summary() + ".");
          onDeleted.accept(record.clientId());
          load();
        },
        failure ->
            dialogs.showError(
                "The record was not deleted",
                UserMessages.explain(failure, "Deleting the record")));
  }

  public IntegerProperty yearsProperty() {
    return years;
  }

  public IntegerProperty adultAgeProperty() {
    return adultAge;
  }

  public BooleanProperty showAllProperty() {
    return showAll;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
