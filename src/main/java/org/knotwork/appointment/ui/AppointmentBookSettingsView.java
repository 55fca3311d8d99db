package org.knotwork.appointment.ui;

import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;

/**
 * The "Appointment book" section of the Practice page: the book's rules ({@link BookSettingsView}),
 * its services ({@link BookServicesView}) and blocked time ({@link BlockedTimeView}).
 */
public final class AppointmentBookSettingsView extends VBox {
  public AppointmentBookSettingsView(
      BookSettingsViewModel rules, BookServicesViewModel services, BlockedTimeViewModel blocked) {
    super(12);
    setId("appointment-book-settings");
    getChildren()
        .addAll(
            Forms.sectionTitle("Appointment book"),
            new BookSettingsView(rules),
            new Separator(),
            new BookServicesView(services),
            new Separator(),
            new BlockedTimeView(blocked));
  }
}
