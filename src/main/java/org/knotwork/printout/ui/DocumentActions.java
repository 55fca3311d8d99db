package org.knotwork.printout.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.knotwork.print.PdfFiles;
import org.knotwork.print.SystemPrinter;
import org.knotwork.printout.ClientDocuments.Document;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FileChoosers;
import org.knotwork.ui.PracticeLock;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Print, Save as PDF and Open for a document: the document is made and written away from the JavaFX
 * thread, with a busy flag for a progress indicator and a quiet status line afterwards.
 */
public final class DocumentActions {
  private static final Logger log = LoggerFactory.getLogger(DocumentActions.class);
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Path printouts;
  private final Consumer<Path> opener;
  private final Supplier<Window> owner;
  private final FileChoosers files;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private File lastFolder;

  public DocumentActions(
      TaskExecutor executor,
      DialogService dialogs,
      Path printouts,
      Consumer<Path> opener,
      Supplier<Window> owner,
      FileChoosers files) {
    this.files = files;
    this.executor = executor;
    this.dialogs = dialogs;
    this.printouts = printouts;
    this.opener = opener;
    this.owner = owner;
  }

  /** Makes the document, asks where to save it, and writes it there. */
  public void save(Callable<Document> make) {
    run(
        make,
        document -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle("Save as PDF");
          chooser.setInitialFileName(document.saveAsName());
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
          if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
          }
          java.util.Optional<Path> chosen = files.save(chooser, owner.get());
          if (chosen.isEmpty()) {
            status.set("");
            return;
          }
          Path target = chosen.get();
          lastFolder = target.getParent().toFile();
          write(document, target, () -> status.set("Saved " + target.getFileName()));
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
                status.set("Opened in your PDF viewer");
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
          busy.set(true);
          status.set("Waiting for the print dialog…");
          // The print dialog blocks its thread until closed: never the worker the database uses.
          Thread printing =
              new Thread(
                  () -> {
                    try {
                      PracticeLock lock = executor.practiceLock();
                      PracticeLock.Stamp before = lock.stamp();
                      boolean printed =
                          SystemPrinter.print(
                              document.pdf(),
                              document.title(),
                              () -> lock.unlockedThroughout(before));
                      Platform.runLater(
                          () -> {
                            busy.set(false);
                            status.set(printed ? "Sent to the printer" : "Printing cancelled");
                          });
                    } catch (Exception | LinkageError e) {
                      log.warn("Printing failed", e);
                      Platform.runLater(
                          () -> {
                            busy.set(false);
                            status.set("");
                            dialogs.showError(
                                "The document was not printed",
                                UserMessages.explain(e, "Printing"));
                          });
                    }
                  },
                  "knotwork-print");
          printing.setDaemon(true);
          printing.start();
        },
        "Printing");
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  private void run(Callable<Document> make, Consumer<Document> then, String attempted) {
    busy.set(true);
    status.set("Preparing the document…");
    executor.executeWhileUnlocked(
        make,
        document -> {
          busy.set(false);
          if (executor.practiceLock().isLocked()) {
            status.set(""); // made just as Knotwork locked: nothing is shown or sent
            return;
          }
          then.accept(document);
        },
        failure -> {
          busy.set(false);
          status.set("");
          dialogs.showError(
              "The document could not be made", UserMessages.explain(failure, attempted));
        });
  }

  private void write(Document document, Path target, Runnable done) {
    busy.set(true);
    executor.executeWhileUnlocked(
        () -> {
          PdfFiles.save(document.pdf(), target);
          return target;
        },
        written -> {
          busy.set(false);
          done.run();
        },
        failure -> {
          busy.set(false);
          status.set("");
          dialogs.showError(
              "The PDF was not saved",
              UserMessages.explain(failure, "Saving " + target.getFileName())
                  + " Any earlier file of that name is unchanged.");
        });
  }
}
