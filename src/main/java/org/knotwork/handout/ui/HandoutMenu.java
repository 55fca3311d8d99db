package org.knotwork.handout.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.knotwork.client.Client;
import org.knotwork.handout.HandoutCautions;
import org.knotwork.handout.HandoutLibrary;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UserMessages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * "Give a handout": every handout in the library, each to print, save or open for the client in
 * front. The library is read each time the menu opens, so edits show at once.
 */
public final class HandoutMenu extends MenuButton {
  public HandoutMenu(
      HandoutLibrary library,
      TaskExecutor executor,
      DialogService dialogs,
      DocumentCommands<HandoutCopy> printing,
      Supplier<Client> client,
      Clock clock) {
    super("Give a handout", new FontIcon(Material2AL.DESCRIPTION));
    setId("handout-menu");
    setMaxWidth(Double.MAX_VALUE);
    setTooltip(new Tooltip("Print a home-care handout with this client's name"));
    MenuItem loading = new MenuItem("Loading the library…");
    loading.setDisable(true);
    getItems().add(loading);
    setOnShowing(
        e ->
            executor.execute(
                library::list,
                items -> fill(items, printing, client, LocalDate.now(clock)),
                failure ->
                    dialogs.showError(
                        "The handout library could not be read",
                        UserMessages.explain(failure, "Reading it"))));
  }

  private void fill(
      List<LibraryItem> items,
      DocumentCommands<HandoutCopy> printing,
      Supplier<Client> client,
      LocalDate today) {
    getItems().clear();
    Client c = client.get();
    Supplier<Long> clientId = () -> client.get() == null ? null : client.get().id();
    for (LibraryItem item : items) {
      List<String> warning =
          c == null ? List.of() : HandoutCautions.reasons(item.handout(), c, today);
      Menu menu = new Menu(item.title());
      menu.setId("handout-menu-" + item.ref().replace(':', '-'));
      if (!warning.isEmpty()) {
        // Still there to give, with the reason it is not advised in view before printing.
        menu.setText(item.title() + " (not advised)");
        menu.setGraphic(new FontIcon(org.kordamp.ikonli.material2.Material2MZ.WARNING));
        for (String why : warning) {
          MenuItem reason = new MenuItem(why);
          reason.setDisable(true);
          menu.getItems().add(reason);
        }
        menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
      }
      MenuItem print = new MenuItem("Print…");
      print.setOnAction(e -> printing.print(new HandoutCopy(item.ref(), clientId.get())));
      MenuItem save = new MenuItem("Save as PDF…");
      save.setOnAction(e -> printing.save(new HandoutCopy(item.ref(), clientId.get())));
      MenuItem open = new MenuItem("Open");
      open.setOnAction(e -> printing.open(new HandoutCopy(item.ref(), clientId.get())));
      menu.getItems().addAll(print, save, open);
      getItems().add(menu);
    }
  }
}
