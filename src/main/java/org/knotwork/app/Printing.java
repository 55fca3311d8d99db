package org.knotwork.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.knotwork.calendar.CardChoice;
import org.knotwork.handout.ui.HandoutCopy;
import org.knotwork.printout.AppointmentCards;
import org.knotwork.printout.ClientDocuments;
import org.knotwork.printout.ClientDocuments.Document;
import org.knotwork.printout.ui.DocumentActions;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.TaskExecutor;

/** Gives the screens Print / Save as PDF / Open for plans and handouts. */
final class Printing {
  private final ClientDocuments documents;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Path printouts;
  private final Consumer<Path> opener;

  Printing(
      ClientDocuments documents,
      TaskExecutor executor,
      DialogService dialogs,
      Path printouts,
      Consumer<Path> opener) {
    this.documents = documents;
    this.executor = executor;
    this.dialogs = dialogs;
    this.printouts = printouts;
    this.opener = opener;
  }

  /** Commands for a treatment plan, by the plan's id. */
  DocumentCommands<Long> plans() {
    return commands(id -> documents.plan(id));
  }

  /** Commands for one handout, prepared for a client or left blank. */
  DocumentCommands<HandoutCopy> handouts() {
    return commands(copy -> documents.handout(copy.ref(), copy.clientId()));
  }

  /** Commands for an appointment card: one appointment, or all of the client's upcoming ones. */
  DocumentCommands<CardChoice> appointmentCards(AppointmentCards cards) {
    return commands(cards::card);
  }

  private <K> DocumentCommands<K> commands(Function<K, Document> make) {
    DocumentActions actions = new DocumentActions(executor, dialogs, printouts, opener);
    return new DocumentCommands<>() {
      @Override
      public void print(K key) {
        actions.print(() -> make.apply(key));
      }

      @Override
      public void save(K key) {
        actions.save(() -> make.apply(key));
      }

      @Override
      public void open(K key) {
        actions.open(() -> make.apply(key));
      }

      @Override
      public ReadOnlyBooleanProperty busyProperty() {
        return actions.busyProperty();
      }

      @Override
      public ReadOnlyStringProperty statusProperty() {
        return actions.statusProperty();
      }
    };
  }
}
