package org.knotwork.app;

import java.util.function.LongConsumer;
import org.knotwork.appointment.ui.AppointmentBookView;
import org.knotwork.appointment.ui.AppointmentBookViewModel;
import org.knotwork.appointment.ui.BookingViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;

/** Builds the appointment book's screen and its booking form from the {@link AppContext}. */
final class AppointmentBookScreen {
  private final AppointmentBookViewModel viewModel;
  private final AppointmentBookView view;

  AppointmentBookScreen(
      AppContext context, TaskExecutor executor, DialogService dialogs, LongConsumer openClient) {
    viewModel =
        new AppointmentBookViewModel(
            context.appointments(), executor, dialogs, context.clock(), openClient);
    view =
        new AppointmentBookView(
            viewModel,
            onBooked ->
                new BookingViewModel(
                    context.appointments(), context.clients(), executor, dialogs, onBooked));
  }

  AppointmentBookViewModel viewModel() {
    return viewModel;
  }

  AppointmentBookView view() {
    return view;
  }
}
