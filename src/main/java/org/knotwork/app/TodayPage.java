package org.knotwork.app;

import java.util.function.Consumer;
import org.knotwork.today.ui.TodayView;
import org.knotwork.today.ui.TodayViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;

/**
 * The Today screen of the main window: its actions open the client (or the client's note) on the
 * Clients screen; Book next opens the book's form finding a time for the client, as the main window
 * connects it with {@link #setOnBookNext}.
 */
final class TodayPage {
  private final TodayViewModel vm;
  private final TodayView view;

  /**
   * @param showClients brings the Clients screen forward once a record is opening
   */
  TodayPage(
      AppContext context,
      TaskExecutor executor,
      DialogService dialogs,
      ClientScreen clients,
      Runnable showClients) {
    vm = new TodayViewModel(context.today(), executor, dialogs);
    vm.setOnOpenClient(
        id -> {
          if (clients.openClient(id)) {
            showClients.run();
          }
        });
    vm.setOnOpenNote(
        (clientId, noteId) -> {
          if (clients.openClientNote(clientId, noteId)) {
            showClients.run();
          }
        });
    view = new TodayView(vm, clients::handoutMenu);
  }

  /** Books a client's next visit (the book's dialog); by default Book next opens the client. */
  void setOnBookNext(Consumer<Long> bookNext) {
    vm.setOnBookNext(bookNext);
  }

  TodayView view() {
    return view;
  }

  TodayViewModel viewModel() {
    return vm;
  }

  /** Reads the day again and puts the keyboard on the next appointment. */
  void load() {
    vm.load(view::focusNext);
  }
}
