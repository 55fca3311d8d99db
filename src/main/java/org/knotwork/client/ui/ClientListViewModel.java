package org.knotwork.client.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The searchable client list. Every change of the query runs a search in the background; answers to
 * older queries that arrive late are dropped.
 */
public final class ClientListViewModel {
  private final ClientService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;

  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived");
  private final ObservableList<ClientSummary> clients = FXCollections.observableArrayList();
  private final ObservableList<ClientSummary> readOnlyClients =
      FXCollections.unmodifiableObservableList(clients);
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final StringBinding emptyMessage;
  private final StringBinding countText;
  private final BooleanBinding noClientsYet;
  private long generation;

  public ClientListViewModel(ClientService service, TaskExecutor executor, DialogService dialogs) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    query.addListener((obs, old, now) -> refresh());
    showArchived.addListener((obs, old, now) -> refresh());
    emptyMessage = Bindings.createStringBinding(this::describeEmpty, query, loaded);
    countText = Bindings.createStringBinding(this::describeCount, clients, query, showArchived);
    noClientsYet =
        Bindings.createBooleanBinding(
            () ->
                loaded.get() && clients.isEmpty() && (query.get() == null || query.get().isBlank()),
            loaded,
            clients,
            query);
  }

  /** Runs the current search again, e.g. after a record was saved. */
  public void refresh() {
    long mine = ++generation;
    String q = query.get();
    boolean archived = showArchived.get();
    executor.execute(
        () -> service.search(q, archived),
        (List<ClientSummary> found) -> {
          if (mine == generation) {
            clients.setAll(found);
            loaded.set(true);
          }
        },
        failure -> {
          if (mine == generation) {
            clients.clear();
            loaded.set(true);
          }
          dialogs.showError(
              "The client list could not be loaded", UserMessages.explain(failure, "Searching"));
        });
  }

  private String describeEmpty() {
    if (!loaded.get()) {
      return "Loading clients…";
    }
    if (query.get() == null || query.get().isBlank()) {
      return "No clients yet.\nAdd your first with “New client” (Ctrl+N), or import a list from a"
          + " spreadsheet (CSV).";
    }
    return "No client matches “"
        + query.get().strip()
        + "”.\nCheck the spelling, or search by phone or e-mail.";
  }

  private String describeCount() {
    int n = clients.size();
    String noun = n == 1 ? "client" : "clients";
    String scope = showArchived.get() ? " (archived included)" : "";
    return query.get() == null || query.get().isBlank()
        ? n + " " + noun + scope
        : n + " found" + scope;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public BooleanProperty showArchivedProperty() {
    return showArchived;
  }

  public ObservableList<ClientSummary> clients() {
    return readOnlyClients;
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  public StringBinding emptyMessageBinding() {
    return emptyMessage;
  }

  /** True once loaded, when the practice has no client to show and nothing is searched for. */
  public BooleanBinding noClientsYetBinding() {
    return noClientsYet;
  }

  public StringBinding countTextBinding() {
    return countText;
  }
}
