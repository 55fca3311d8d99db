package org.knotwork.app;

import java.util.List;
import org.knotwork.client.ui.ClientEditorViewModel;
import org.knotwork.client.ui.ClientListViewModel;
import org.knotwork.client.ui.ClientWorkspaceView;
import org.knotwork.client.ui.ClientWorkspaceViewModel;
import org.knotwork.history.ui.HistoryView;
import org.knotwork.history.ui.HistoryViewModel;
import org.knotwork.history.ui.OverviewView;
import org.knotwork.history.ui.OverviewViewModel;
import org.knotwork.outcome.ui.MeasuresView;
import org.knotwork.outcome.ui.MeasuresViewModel;
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
  private final ClientWorkspaceView view;

  ClientScreen(AppContext context, TaskExecutor executor, DialogService dialogs) {
    var list = new ClientListViewModel(context.clients(), executor, dialogs);
    ClientEditorViewModel editor =
        new ClientEditorViewModel(context.clients(), executor, dialogs, context.clock());
    workspace = new ClientWorkspaceViewModel(list, editor, dialogs);
    notes =
        new NotesViewModel(
            context.sessions(), executor, dialogs, new FxScheduler(), context.clock());
    OverviewViewModel overview =
        new OverviewViewModel(
            context.history(), context.outcomes(), executor, dialogs, context.clock());
    HistoryViewModel history = new HistoryViewModel(context.history(), executor, dialogs);
    MeasuresViewModel measures =
        new MeasuresViewModel(context.outcomes(), executor, dialogs, context.clock());
    editor
        .storedProperty()
        .addListener(
            (obs, old, client) -> {
              if (client != null && client.id() != null) {
                notes.show(client);
                overview.load(client.id());
                history.load(client.id());
                measures.load(client.id());
              }
            });
    // A signed note or a new measure changes the story: show it.
    javafx.beans.value.ChangeListener<Number> storyChanged =
        (o, before, after) -> {
          Long id = editor.storedProperty().get().id();
          if (id != null) {
            overview.load(id);
            history.reload();
          }
        };
    notes.revisionProperty().addListener(storyChanged);
    measures.revisionProperty().addListener(storyChanged);
    view =
        new ClientWorkspaceView(
            workspace,
            context.clock(),
            List.of(
                new ClientWorkspaceView.ClientTab(
                    "Overview", "tab-overview", new OverviewView(overview)),
                new ClientWorkspaceView.ClientTab("Notes", "tab-notes", new NotesView(notes)),
                new ClientWorkspaceView.ClientTab(
                    "History", "tab-history", new HistoryView(history, this::openNote)),
                new ClientWorkspaceView.ClientTab(
                    "Measures", "tab-measures", new MeasuresView(measures))));
  }

  private void openNote(long sessionId) {
    notes.open(sessionId);
    view.selectTab("tab-notes");
  }

  ClientWorkspaceView view() {
    return view;
  }

  ClientWorkspaceViewModel workspace() {
    return workspace;
  }

  NotesViewModel notes() {
    return notes;
  }
}
