package org.knotwork.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.knotwork.client.Client;
import org.knotwork.client.ui.ClientEditorViewModel;
import org.knotwork.client.ui.ClientListViewModel;
import org.knotwork.client.ui.ClientWorkspaceView;
import org.knotwork.client.ui.ClientWorkspaceViewModel;
import org.knotwork.client.ui.ImportClientsView;
import org.knotwork.client.ui.ImportClientsViewModel;
import org.knotwork.handout.ui.HandoutMenu;
import org.knotwork.handout.ui.HandoutMenuViewModel;
import org.knotwork.history.ui.HistoryView;
import org.knotwork.history.ui.HistoryViewModel;
import org.knotwork.history.ui.OverviewView;
import org.knotwork.history.ui.OverviewViewModel;
import org.knotwork.outcome.ui.MeasuresView;
import org.knotwork.outcome.ui.MeasuresViewModel;
import org.knotwork.plan.ui.PlanBookingDialog;
import org.knotwork.plan.ui.PlanBookingViewModel;
import org.knotwork.plan.ui.PlansView;
import org.knotwork.plan.ui.PlansViewModel;
import org.knotwork.session.ui.NotesView;
import org.knotwork.session.ui.NotesViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.FxScheduler;
import org.knotwork.ui.TaskExecutor;

/**
 * Builds the Clients screen: the list and the open client with its sections (Overview, Notes,
 * History, Measures, Intake), and keeps the sections showing the same client.
 */
final class ClientScreen {
  private final ClientWorkspaceViewModel workspace;
  private final NotesViewModel notes;
  private final PlansViewModel plans;
  private final ClientWorkspaceView view;
  private final ImportClientsViewModel importClients;
  private final ImportClientsView importView;
  private final Map<String, Consumer<Client>> loaders = new HashMap<>();
  private final Map<String, Long> loadedFor = new HashMap<>();
  private Client current;

  /** A note to open once its client's record is open (from the Today screen). */
  private record NoteToOpen(long clientId, long sessionId) {}

  private NoteToOpen noteToOpen;
  private final AppContext context;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Printing printing;

  ClientScreen(
      AppContext context, TaskExecutor executor, DialogService dialogs, Printing printing) {
    this.context = context;
    this.executor = executor;
    this.dialogs = dialogs;
    this.printing = printing;
    var list = new ClientListViewModel(context.clients(), executor, dialogs);
    ClientEditorViewModel editor =
        new ClientEditorViewModel(context.clients(), executor, dialogs, context.clock());
    workspace = new ClientWorkspaceViewModel(list, editor, dialogs);
    // The clients are read on the worker while the rest of the window is built here.
    workspace.start();
    importClients =
        new ImportClientsViewModel(context.clientImport(), executor, dialogs, list::refresh);
    importView = new ImportClientsView(importClients);
    notes =
        new NotesViewModel(
            context.sessions(), executor, dialogs, new FxScheduler(), context.clock());
    OverviewViewModel overview =
        new OverviewViewModel(
            context.history(), context.outcomes(), executor, dialogs, context.clock());
    HistoryViewModel history = new HistoryViewModel(context.history(), executor, dialogs);
    MeasuresViewModel measures =
        new MeasuresViewModel(context.outcomes(), executor, dialogs, context.clock());
    plans =
        new PlansViewModel(
            context.plans(),
            context.outcomes(),
            context.handouts(),
            executor,
            dialogs,
            context.clock());
    // "Keep editing" on the draft plan shows it, from whichever section the therapist was in.
    workspace.alsoAsk(plans.editor().shownBy(() -> bringForward("tab-plans")));
    workspace.alsoAsk(notes); // saves itself: leaving the client saves it, never asks
    loaders.put("tab-plans", client -> plans.load(client.id()));
    loaders.put("tab-overview", client -> overview.load(client.id()));
    loaders.put("tab-notes", notes::show);
    loaders.put("tab-history", client -> history.load(client.id()));
    loaders.put("tab-measures", client -> measures.load(client.id()));
    editor
        .storedProperty()
        .addListener(
            (obs, old, client) -> {
              if (client == null || client.id() == null) {
                return;
              }
              boolean another = current == null || !current.id().equals(client.id());
              current = client;
              if (another) {
                loadedFor.clear();
              } else if (loadedFor.containsKey("tab-notes")) {
                notes.show(client); // the intake changed: cautions follow the saved record
              }
              loadVisible();
              if (noteToOpen != null && noteToOpen.clientId() == client.id()) {
                long sessionId = noteToOpen.sessionId();
                noteToOpen = null;
                openNote(sessionId);
              }
            });
    // A signed note or a new measure changes the story: show it.
    javafx.beans.value.ChangeListener<Number> storyChanged =
        (o, before, after) -> {
          loadedFor.remove("tab-overview");
          loadedFor.remove("tab-history");
          loadVisible();
        };
    notes.revisionProperty().addListener(storyChanged);
    // Signing a note moves the client's last visit, which the client list shows and sorts by.
    notes.revisionProperty().addListener((o, before, after) -> list.refresh());
    measures.revisionProperty().addListener(storyChanged);
    plans.revisionProperty().addListener(storyChanged);
    NotesView notesView = new NotesView(notes);
    notesView.addAction(
        new HandoutMenu(
            new HandoutMenuViewModel(
                context.handouts(), executor, dialogs, () -> current, context.clock()),
            printing.handouts()));
    view =
        new ClientWorkspaceView(
            workspace,
            context.clock(),
            List.of(
                new ClientWorkspaceView.ClientTab(
                    "Overview", "tab-overview", new OverviewView(overview)),
                new ClientWorkspaceView.ClientTab("Notes", "tab-notes", notesView),
                new ClientWorkspaceView.ClientTab(
                    "History", "tab-history", new HistoryView(history, this::openEntry)),
                new ClientWorkspaceView.ClientTab(
                    "Plans",
                    "tab-plans",
                    new PlansView(
                        plans,
                        printing.plans(),
                        new PlanBookingDialog(
                            new PlanBookingViewModel(
                                context.appointments(), executor, dialogs, context.clock()),
                            dialogs))),
                new ClientWorkspaceView.ClientTab(
                    "Measures", "tab-measures", new MeasuresView(measures))));
    view.selectedTabProperty().addListener((obs, old, tab) -> loadVisible());
  }

  /**
   * Loads the section in front for the open client, unless it already shows that client. The other
   * sections load when they are first brought to the front, so a click on a client refreshes only
   * what the therapist sees.
   */
  private void loadVisible() {
    if (view == null || current == null || view.selectedTabProperty().get() == null) {
      return;
    }
    String tab = view.selectedTabProperty().get().getId();
    Consumer<Client> loader = loaders.get(tab);
    if (loader != null && !current.id().equals(loadedFor.get(tab))) {
      loadedFor.put(tab, current.id());
      loader.accept(current);
    }
  }

  private void bringForward(String tab) {
    if (view != null) {
      view.selectTab(tab);
    }
  }

  /** Opens what a timeline line records: its note, its plan or the measures. */
  private void openEntry(org.knotwork.history.TimelineEntry entry) {
    switch (entry.kind()) {
      case PLAN -> {
        plans.show(entry.refId());
        view.selectTab("tab-plans");
      }
      case MEASURE -> view.selectTab("tab-measures");
      default -> {
        if (entry.sessionId() != 0) {
          openNote(entry.sessionId());
        }
      }
    }
  }

  private void openNote(long sessionId) {
    if (!current.id().equals(loadedFor.get("tab-notes"))) {
      loadedFor.put("tab-notes", current.id());
      notes.show(current);
    }
    notes.open(sessionId);
    view.selectTab("tab-notes");
  }

  /**
   * Opens the client's record (after asking about unsaved changes); false when the therapist chose
   * to keep editing.
   */
  boolean openClient(long clientId) {
    return workspace.open(clientId);
  }

  /** Opens the client's record on the Notes tab with the note open. */
  boolean openClientNote(long clientId, long sessionId) {
    if (current != null && current.id() == clientId && workspace.editorOpenProperty().get()) {
      openNote(sessionId);
      return true;
    }
    noteToOpen = new NoteToOpen(clientId, sessionId);
    boolean opened = workspace.open(clientId);
    if (!opened) {
      noteToOpen = null;
    }
    return opened;
  }

  /** "Give a handout" for a client other than the open one (the Today screen's). */
  javafx.scene.Node handoutMenu(java.util.function.Supplier<Client> client) {
    return new HandoutMenu(
        new HandoutMenuViewModel(context.handouts(), executor, dialogs, client, context.clock()),
        printing.handouts());
  }

  ClientWorkspaceView view() {
    return view;
  }

  ClientWorkspaceViewModel workspace() {
    return workspace;
  }

  /** Importing clients from a CSV file; its page is shown in place of this screen. */
  ImportClientsViewModel importClients() {
    return importClients;
  }

  ImportClientsView importView() {
    return importView;
  }

  NotesViewModel notes() {
    return notes;
  }

  PlansViewModel plans() {
    return plans;
  }
}
