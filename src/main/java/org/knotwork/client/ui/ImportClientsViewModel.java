package org.knotwork.client.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.Client;
import org.knotwork.client.ClientCsvImport;
import org.knotwork.client.ClientCsvImport.Duplicate;
import org.knotwork.client.ClientCsvImport.Preview;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * Importing clients from a CSV file: choose it, check it in the background, show either its
 * problems or the clients it would add (likely duplicates left out unless ticked), then store them
 * all in one transaction. What is stored is exactly what was shown: the file is not read again.
 */
public final class ImportClientsViewModel {
  /** Where the import stands; the page is shown for every step but CLOSED. */
  public enum Step {
    CLOSED,
    CHECKING,
    PROBLEMS,
    READY,
    IMPORTING,
    DONE
  }

  /**
   * One line of the preview table; {@code duplicateOf} says whom a likely duplicate looks like, and
   * is null for the others.
   */
  public record PreviewRow(
      long line,
      String fullName,
      LocalDate dateOfBirth,
      String phone,
      String email,
      String duplicateOf) {
    public boolean likelyDuplicate() {
      return duplicateOf != null;
    }
  }

  private record Checked(Preview preview, List<PreviewRow> rows, List<String> problems) {}

  private final ClientCsvImport importer;
  private final DialogService dialogs;
  private final Runnable afterImport;

  private final ReadOnlyObjectWrapper<Step> step =
      new ReadOnlyObjectWrapper<>(this, "step", Step.CLOSED);
  private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
  private final ObservableList<String> readOnlyProblems =
      FXCollections.unmodifiableObservableList(problems);
  private final ObservableList<PreviewRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyIntegerWrapper alreadyOnFile = new ReadOnlyIntegerWrapper(this, "onFile");
  private final ReadOnlyIntegerWrapper repeated = new ReadOnlyIntegerWrapper(this, "repeated");
  private final ReadOnlyStringWrapper ignoredColumns = new ReadOnlyStringWrapper(this, "ignored");
  private final BooleanProperty includeDuplicates =
      new SimpleBooleanProperty(this, "includeDuplicates");
  private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
  private final IntegerBinding duplicates =
      Bindings.createIntegerBinding(
          () -> alreadyOnFile.get() + repeated.get(), alreadyOnFile, repeated);
  private final IntegerBinding toImport;
  private final BooleanBinding canImport;
  private final StringBinding summary;
  private final StringBinding includeText;
  private final StringBinding importText;
  private final StringBinding problemsHeadline;
  private final StringBinding progressText;
  private Preview preview;

  /** Reads and checks the file; choosing another file, or closing, supersedes it. */
  private final BackgroundTask checking;

  /** Stores the clients; never superseded (the page cannot close or check meanwhile). */
  private final BackgroundTask storing;

  public ImportClientsViewModel(
      ClientCsvImport importer,
      TaskExecutor executor,
      DialogService dialogs,
      Runnable afterImport) {
    this.importer = importer;
    this.checking = BackgroundTask.longWork(executor);
    this.storing = BackgroundTask.longWork(executor);
    this.dialogs = dialogs;
    this.afterImport = afterImport;
    toImport =
        Bindings.createIntegerBinding(
            () -> rows.size() - (includeDuplicates.get() ? 0 : duplicates.get()),
            rows,
            includeDuplicates,
            duplicates);
    canImport = step.isEqualTo(Step.READY).and(toImport.greaterThan(0));
    summary =
        Bindings.createStringBinding(
            this::describe, toImport, includeDuplicates, alreadyOnFile, repeated);
    includeText =
        Bindings.createStringBinding(
            () ->
                duplicates.get() == 1
                    ? "Also add the likely duplicate"
                    : "Also add the " + duplicates.get() + " likely duplicates",
            duplicates);
    importText =
        Bindings.createStringBinding(
            () -> toImport.get() == 1 ? "Import 1 client" : "Import " + toImport.get() + " clients",
            toImport);
    progressText =
        Bindings.createStringBinding(
            () ->
                step.get() == Step.IMPORTING
                    ? (toImport.get() == 1
                        ? "Adding 1 client…"
                        : "Adding " + toImport.get() + " clients…")
                    : "Checking “" + fileName.get() + "”…",
            step,
            toImport,
            fileName);
    problemsHeadline =
        Bindings.createStringBinding(
            () ->
                "Nothing was imported: "
                    + (problems.size() == 1
                        ? "one line of this file needs fixing first."
                        : problems.size() + " lines of this file need fixing first."),
            problems);
  }

  /** Asks for a CSV file and checks it; nothing happens when the therapist cancels the chooser. */
  public void start() {
    if (step.get() == Step.IMPORTING) {
      return;
    }
    dialogs
        .chooseFileToOpen(
            "Import clients from a spreadsheet",
            "Spreadsheet saved as CSV (*.csv)",
            List.of("*.csv", "*.CSV"))
        .ifPresent(this::check);
  }

  /** Reads and checks {@code file} in the background; stores nothing. */
  public void check(Path file) {
    if (step.get() == Step.IMPORTING) {
      return;
    }
    clear();
    fileName.set(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    step.set(Step.CHECKING);
    checking.run(
        () -> checked(importer.preview(file)),
        checked -> {
          preview = checked.preview();
          problems.setAll(checked.problems());
          rows.setAll(checked.rows());
          long onFile = preview.duplicates().stream().filter(Duplicate::alreadyOnFile).count();
          alreadyOnFile.set((int) onFile);
          repeated.set(preview.duplicates().size() - (int) onFile);
          ignoredColumns.set(
              preview.ignoredColumns().isEmpty()
                  ? ""
                  : "Not imported, because Knotwork has no place for them: "
                      + String.join(", ", preview.ignoredColumns())
                      + ".");
          step.set(problems.isEmpty() ? Step.READY : Step.PROBLEMS);
        },
        failure -> {
          close();
          dialogs.showError(
              "The file could not be read",
              failure instanceof IOException
                  ? "Knotwork could not read “"
                      + fileName.get()
                      + "”. Check that the file is still there and is not open in another"
                      + " program, then try again. Nothing was imported."
                  : UserMessages.explain(failure, "Reading the file") + " Nothing was imported.");
        });
  }

  /** Stores the clients shown (without the likely duplicates unless ticked), all or none. */
  public void importClients() {
    if (!canImport.get()) {
      return;
    }
    Preview shown = preview;
    boolean include = includeDuplicates.get();
    int leftOut = include ? 0 : duplicates.get();
    step.set(Step.IMPORTING);
    storing.runWhileUnlocked(
        () -> importer.importAll(shown, include),
        ids -> {
          result.set(
              (ids.size() == 1 ? "Added 1 client" : "Added " + ids.size() + " clients")
                  + " from “"
                  + fileName.get()
                  + "”. You will find them in the client list."
                  + (leftOut == 0
                      ? ""
                      : leftOut == 1
                          ? " The likely duplicate was left out."
                          : " The " + leftOut + " likely duplicates were left out."));
          step.set(Step.DONE);
          afterImport.run();
        },
        failure -> {
          step.set(Step.READY);
          dialogs.showError(
              "The clients were not imported",
              "None of the clients were added: they go in all together or not at all. "
                  + UserMessages.explain(failure, "Importing the clients"));
        });
  }

  /**
   * Leaves the import without storing anything (or after it finished). Refused while the clients
   * are being stored; returns whether the page may close.
   */
  public boolean close() {
    if (step.get() == Step.IMPORTING) {
      return false;
    }
    checking.cancel(); // a file still being checked is not shown
    clear();
    step.set(Step.CLOSED);
    return true;
  }

  /** The columns Knotwork reads, one line each, for the help under the problems. */
  public List<String> knownColumns() {
    return ClientCsvImport.knownColumns().stream()
        .map(
            c -> {
              String line = c.name() + (c.required() ? " (required)" : "");
              if (!c.otherNames().isEmpty()) {
                line += " — or " + String.join(", ", c.otherNames());
              }
              if (c.name().equals("Date of birth")) {
                line += "; written 1984-03-14 or 14/03/1984 (day first)";
              }
              return line;
            })
        .toList();
  }

  private void clear() {
    preview = null;
    problems.clear();
    rows.clear();
    alreadyOnFile.set(0);
    repeated.set(0);
    ignoredColumns.set("");
    includeDuplicates.set(false);
    result.set("");
  }

  private static Checked checked(Preview preview) {
    Map<Long, Duplicate> byLine = new HashMap<>();
    preview.duplicates().forEach(d -> byLine.put(d.line(), d));
    List<PreviewRow> rows =
        preview.rows().stream()
            .map(
                r -> {
                  Client c = r.client();
                  Duplicate d = byLine.get(r.line());
                  String same =
                      d == null
                          ? null
                          : d.alreadyOnFile() ? "Already a client" : "Same as " + d.sameAs();
                  return new PreviewRow(
                      r.line(), c.fullName(), c.dateOfBirth(), c.phone(), c.email(), same);
                })
            .toList();
    List<String> problems = preview.problems().stream().map(Object::toString).toList();
    return new Checked(preview, rows, problems);
  }

  private String describe() {
    int adding = toImport.get();
    int onFile = alreadyOnFile.get();
    int twice = repeated.get();
    int dups = onFile + twice;
    String added =
        adding == 0
            ? "No clients will be added"
            : (adding == 1 ? "1 client" : adding + " clients") + " will be added";
    if (dups == 0) {
      return added + ".";
    }
    if (includeDuplicates.get()) {
      return added + ", including " + countOf(dups, "likely duplicate") + ".";
    }
    String onFileText =
        onFile == 1
            ? "1 looks like a client you already have"
            : onFile + " look like clients you already have";
    String twiceText = twice == 1 ? "1 repeats an earlier line" : twice + " repeat earlier lines";
    if (twice == 0) {
      return added + "; " + onFileText + " and " + (onFile == 1 ? "is" : "are") + " left out.";
    }
    if (onFile == 0) {
      return added
          + "; "
          + twiceText
          + " of the file and "
          + (twice == 1 ? "is" : "are")
          + " left out.";
    }
    return added
        + "; "
        + countOf(dups, "likely duplicate")
        + " are left out ("
        + onFileText
        + ", "
        + twiceText
        + ").";
  }

  private static String countOf(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  public ReadOnlyObjectProperty<Step> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileNameProperty() {
    return fileName.getReadOnlyProperty();
  }

  /** "Line 7: …" for every problem, in file order. */
  public ObservableList<String> problems() {
    return readOnlyProblems;
  }

  /** The clients the file holds, likely duplicates marked. */
  public ObservableList<PreviewRow> rows() {
    return readOnlyRows;
  }

  public ReadOnlyIntegerProperty alreadyOnFileProperty() {
    return alreadyOnFile.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty repeatedProperty() {
    return repeated.getReadOnlyProperty();
  }

  public IntegerBinding duplicatesBinding() {
    return duplicates;
  }

  public IntegerBinding toImportBinding() {
    return toImport;
  }

  public BooleanProperty includeDuplicatesProperty() {
    return includeDuplicates;
  }

  public BooleanBinding canImportBinding() {
    return canImport;
  }

  public StringBinding summaryBinding() {
    return summary;
  }

  public StringBinding includeDuplicatesTextBinding() {
    return includeText;
  }

  public StringBinding importTextBinding() {
    return importText;
  }

  /** What is under way while the page waits: checking the file, or adding the clients. */
  public StringBinding progressTextBinding() {
    return progressText;
  }

  public StringBinding problemsHeadlineBinding() {
    return problemsHeadline;
  }

  /** Which columns of the file were not read, or "". */
  public ReadOnlyStringProperty ignoredColumnsProperty() {
    return ignoredColumns.getReadOnlyProperty();
  }

  /** What the last import added, once it is done. */
  public ReadOnlyStringProperty resultProperty() {
    return result.getReadOnlyProperty();
  }
}
