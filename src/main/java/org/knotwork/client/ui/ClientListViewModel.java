package org.knotwork.client.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.knotwork.client.ClientMatches;
import org.knotwork.client.ClientService;
import org.knotwork.client.ClientSummary;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;

/**
 * The searchable client list. Every change of the query runs a search in the background; answers to
 * older queries that arrive late are dropped.
 *
 * <p>The list shows at most {@link #LIMIT} clients, the most recent first, and says how many more
 * matched: nobody scrolls through thousands of names, and filling the list with all of them at each
 * keystroke would make typing lag in a large practice.
 */
public final class ClientListViewModel {
  /** How many clients the list shows at most. */
  public static final int LIMIT = 200;

  private final ClientService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;

  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived");
  private final ObservableList<ClientSummary> clients = FXCollections.observableArrayList();
  private final ObservableList<ClientSummary> readOnlyClients =
      FXCollections.unmodifiableObservableList(clients);
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
  private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
  private final StringBinding moreHint;
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
    countText =
        Bindings.createStringBinding(this::describeCount, clients, total, query, showArchived);
    moreHint = Bindings.createStringBinding(this::describeMore, clients, total, query);
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
        () -> service.search(q, archived, LIMIT),
        (ClientMatches found) -> {
          if (mine == generation) {
            total.set(found.total());
            clients.setAll(found.listed());
            loaded.set(true);
          }
        },
        failure -> {
          if (mine == generation) {
            total.set(0);
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
    int all = Math.max(n, total.get());
    String scope = showArchived.get() ? " (archived included)" : "";
    if (isBlank(query.get())) {
      String noun = all == 1 ? "client" : "clients";
      return n < all
          ? String.format("%,d most recent of %,d %s", n, all, noun) + scope
          : String.format("%,d %s", all, noun) + scope;
    }
    return n < all
        ? String.format("%,d of %,d found", n, all) + scope
        : String.format("%,d found", n) + scope;
  }

  /** Below a shortened list: how to reach the clients it leaves out; empty when none are. */
  private String describeMore() {
    int hidden = total.get() - clients.size();
    if (hidden <= 0) {
      return "";
    }
    String others = String.format("%,d more %s", hidden, hidden == 1 ? "client" : "clients");
    return isBlank(query.get())
        ? others + " not shown. Search by name, phone or e-mail to find them."
        : others + " match. Type more of the name to narrow the list.";
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
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

  /** How many clients matched in all, listed or not. */
  public ReadOnlyIntegerProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  /** What the list says below itself when it does not show every match; empty otherwise. */
  public StringBinding moreHintBinding() {
    return moreHint;
  }
}
