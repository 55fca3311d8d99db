package org.knotwork.app;

import java.util.function.LongConsumer;
import org.knotwork.appointment.ui.AppointmentBookView;
import org.knotwork.appointment.ui.AppointmentBookViewModel;
import org.knotwork.appointment.ui.BookingViewModel;
import org.knotwork.calendar.ui.ForTheClientActions;
import org.knotwork.calendar.ui.ForTheClientViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;

/** Builds the appointment book's screen and its booking form from the {@link AppContext}. */
final class AppointmentBookScreen {
  private final AppointmentBookViewModel viewModel;
  private final AppointmentBookView view;

  AppointmentBookScreen(
      AppContext context,
      TaskExecutor executor,
      DialogService dialogs,
      Printing printing,
      LongConsumer openClient) {
    viewModel =
        new AppointmentBookViewModel(
            context.appointments(), executor, dialogs, context.clock(), openClient);
    view =
        new AppointmentBookView(
            viewModel,
            onBooked ->
                new BookingViewModel(
                    context.appointments(), context.clients(), executor, dialogs, onBooked));
    // An opened appointment offers the client a card, a calendar entry or a reminder text.
    var cards = printing.appointmentCards(context.appointmentCards());
    view.setExtraActions(
        opened ->
            new ForTheClientActions(
                new ForTheClientViewModel(context.forTheClient(), executor, dialogs),
                cards,
                opened::id));
  }

  AppointmentBookViewModel viewModel() {
    return viewModel;
  }

  AppointmentBookView view() {
    return view;
  }
}
