package org.knotwork.calendar.ui;

import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.knotwork.calendar.CardChoice;
import org.knotwork.ui.DocumentCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "For the client": the appointment card (this appointment, or all upcoming ones) to print or save
 * as PDF, the appointment as a calendar entry to attach to an e-mail, and a reminder text to paste.
 * Built from a supplier of the appointment in front (null: nothing to do).
 */
public final class ForTheClientMenu extends MenuButton {
  public ForTheClientMenu(
      ForTheClientViewModel vm, DocumentCommands<CardChoice> cards, Supplier<Long> appointment) {
    super("For the client", new FontIcon(Material2MZ.SEND));
    setId("for-the-client");
    setTooltip(new Tooltip("An appointment card, a calendar entry or a reminder for the client"));
    setAccessibleText("For the client: appointment card, calendar entry, reminder text");
    MenuItem print = item("Print card…", "for-the-client-print", Material2MZ.PRINT);
    print.setOnAction(e -> card(appointment, false, cards::print));
    MenuItem save = item("Save card as PDF…", "for-the-client-save", Material2MZ.SAVE_ALT);
    save.setOnAction(e -> card(appointment, false, cards::save));
    MenuItem printAll =
        item("Print card with all upcoming…", "for-the-client-print-all", Material2MZ.PRINT);
    printAll.setOnAction(e -> card(appointment, true, cards::print));
    MenuItem saveAll =
        item(
            "Save card with all upcoming as PDF…", "for-the-client-save-all", Material2MZ.SAVE_ALT);
    saveAll.setOnAction(e -> card(appointment, true, cards::save));
    MenuItem ics = item("Save as calendar entry (.ics)…", "for-the-client-ics", Material2AL.EVENT);
    ics.setOnAction(e -> vm.saveCalendarEntry(appointment.get()));
    MenuItem copy = item("Copy reminder text", "for-the-client-reminder", Material2AL.CONTENT_COPY);
    copy.setOnAction(e -> vm.copyReminderText(appointment.get(), ForTheClientMenu::toClipboard));
    getItems().addAll(print, save, printAll, saveAll, new SeparatorMenuItem(), ics, copy);
    disableProperty().bind(vm.busyProperty().or(cards.busyProperty()));
  }

  private static void card(
      Supplier<Long> appointment,
      boolean allUpcoming,
      java.util.function.Consumer<CardChoice> action) {
    Long id = appointment.get();
    if (id != null) {
      action.accept(new CardChoice(id, allUpcoming));
    }
  }

  private static void toClipboard(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  private static MenuItem item(String text, String id, org.kordamp.ikonli.Ikon icon) {
    MenuItem item = new MenuItem(text, new FontIcon(icon));
    item.setId(id);
    return item;
  }
}
