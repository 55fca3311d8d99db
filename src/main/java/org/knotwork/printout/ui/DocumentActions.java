package org.knotwork.printout.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.knotwork.print.PdfFiles;
import org.knotwork.print.SystemPrinter;
import org.knotwork.printout.ClientDocuments.Document;
import org.knotwork.ui.BackgroundTask;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Print, Save as PDF and Open for a document: the document is made and written on the lane for long
 * work, with a busy flag for a progress indicator and a quiet status line afterwards.
 */
public final class DocumentActions {
  private static final Logger log = LoggerFactory.getLogger(DocumentActions.class);
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Path printouts;
  private final Consumer<Path> opener;
  private final BackgroundTask pdf;

  /** True while the system's print dialog is open (on a thread of its own). */
  private final ReadOnlyBooleanWrapper printDialogOpen = new ReadOnlyBooleanWrapper();

  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

  public DocumentActions(
      TaskExecutor executor, DialogService dialogs, Path printouts, Consumer<Path> opener) {
    this.executor = executor;
    this.dialogs = dialogs;
    this.printouts = printouts;
    this.opener = opener;
    this.pdf = BackgroundTask.longWork(executor);
    busy.bind(pdf.runningProperty().or(printDialogOpen));
  }

  /** Makes the document, asks where to save it, and writes it there. */
  public void save(Callable<Document> make) {
    run(
        make,
        document -> {
          java.util.Optional<Path> chosen =
              dialogs.showSaveDialog(
                  FileDialogConfiguration.titled("Save as PDF")
                      .withFilter("PDF", "*.pdf")
                      .withInitialFileName(document.saveAsName()));
          if (chosen.isEmpty()) {
            pdf.setMessage("");
            return;
          }
          Path target = chosen.get();
          write(document, target, () -> pdf.setMessage("Saved " + target.getFileName()));
        },
        "Saving the PDF");
  }

  /** Makes the document, writes a private copy and opens it in the system's PDF viewer. */
  public void open(Callable<Document> make) {
    run(
        make,
        document -> {
          Path target = printouts.resolve(document.fileName());
          write(
              document,
              target,
              () -> {
                if (executor.practiceLock().isLocked()) {
                  return; // written before the lock; not put on screen over the lock
                }
                pdf.setMessage("Opened in your PDF viewer");
                opener.accept(target);
              });
        },
        "Opening the PDF");
  }

  /** Makes the document and shows the system's print dialog for it. */
  public void print(Callable<Document> make) {
    run(
        make,
        document -> {
          printDialogOpen.set(true);
          pdf.setMessage("Waiting for the print dialog…");
          // The print dialog blocks its thread until closed: never a lane the database uses.
          PracticeLock lock = executor.practiceLock();
          PracticeLock.Stamp before = lock.stamp();
          executor.executeBlocking(
              () ->
                  SystemPrinter.print(
                      document.pdf(), document.title(), () -> lock.unlockedThroughout(before)),
              printed -> {
                printDialogOpen.set(false);
                pdf.setMessage(printed ? "Sent to the printer" : "Printing cancelled");
              },
              failure -> {
                printDialogOpen.set(false);
                pdf.setMessage("");
                dialogs.showError(
                    "The document was not printed", UserMessages.explain(failure, "Printing"));
              });
        },
        "Printing");
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return pdf.messageProperty();
  }

  private void run(Callable<Document> make, Consumer<Document> then, String attempted) {
    if (busy.get()) {
      return; // one document at a time
    }
    pdf.setMessage("Preparing the document…");
    pdf.runWhileUnlocked(
        make,
        document -> {
          if (executor.practiceLock().isLocked()) {
            pdf.setMessage(""); // made just as Knotwork locked: nothing is shown or sent
            return;
          }
          then.accept(document);
        },
        failure -> {
          pdf.setMessage("");
          dialogs.showError(
              "The document could not be made", UserMessages.explain(failure, attempted));
        });
  }

  private void write(Document document, Path target, Runnable done) {
    pdf.runWhileUnlocked(
        () -> {
          PdfFiles.save(document.pdf(), target);
          return target;
        },
        written -> done.run(),
        failure -> {
          pdf.setMessage("");
          dialogs.showError(
              "The PDF was not saved",
              UserMessages.explain(failure, "Saving " + target.getFileName())
                  + " Any earlier file of that name is unchanged.");
        });
  }
}
