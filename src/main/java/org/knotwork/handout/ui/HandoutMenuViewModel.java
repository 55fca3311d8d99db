package org.knotwork.handout.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.Client;
import org.knotwork.handout.HandoutCautions;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * "Give a handout" on the note screen: the library as it is now, each handout with the reasons it
 * is not advised for the client in front (none when it suits them).
 */
public final class HandoutMenuViewModel {
  /** A handout to give, and why it is not advised for this client (empty when it suits them). */
  public record Choice(LibraryItem item, List<String> notAdvised) {}

  private final HandoutLibrary library;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Supplier<Client> client;
  private final Clock clock;
  private final ObservableList<Choice> choices = FXCollections.observableArrayList();

  public HandoutMenuViewModel(
      HandoutLibrary library,
      TaskExecutor executor,
      DialogService dialogs,
      Supplier<Client> client,
      Clock clock) {
    this.library = library;
    this.executor = executor;
    this.dialogs = dialogs;
    this.client = client;
    this.clock = clock;
  }

  /** Reads the library again, so edits show at once. */
  public void load() {
    Client c = client.get();
    LocalDate today = LocalDate.now(clock);
    executor.execute(
        library::list,
        items ->
            choices.setAll(
                items.stream()
                    .map(
                        item ->
                            new Choice(
                                item,
                                c == null
                                    ? List.of()
                                    : HandoutCautions.reasons(item.handout(), c, today)))
                    .toList()),
        failure ->
            dialogs.showError(
                "The handout library could not be read",
                UserMessages.explain(failure, "Reading it")));
  }

  /** The handout to print for the client in front (with a blank name line when none is open). */
  public HandoutCopy copy(LibraryItem item) {
    Client c = client.get();
    return new HandoutCopy(item.ref(), c == null ? null : c.id());
  }

  public ObservableList<Choice> choices() {
    return choices;
  }
}
