package org.knotwork.handout.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.DocumentCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Give a handout": every handout in the library, each to print, save or open for the client in
 * front. The library is read each time the menu opens, so edits show at once.
 */
public final class HandoutMenu extends MenuButton {
  public HandoutMenu(HandoutMenuViewModel vm, DocumentCommands<HandoutCopy> printing) {
    super("Give a handout", new FontIcon(Material2AL.DESCRIPTION));
    setId("handout-menu");
    setMaxWidth(Double.MAX_VALUE);
    setTooltip(new Tooltip("Print a home-care handout with this client's name"));
    MenuItem loading = new MenuItem("Loading the library…");
    loading.setDisable(true);
    getItems().add(loading);
    vm.choices()
        .addListener(
            (ListChangeListener<HandoutMenuViewModel.Choice>)
                c -> {
                  getItems().clear();
                  vm.choices().forEach(choice -> getItems().add(menu(vm, choice, printing)));
                });
    setOnShowing(e -> vm.load());
  }

  private static Menu menu(
      HandoutMenuViewModel vm,
      HandoutMenuViewModel.Choice choice,
      DocumentCommands<HandoutCopy> printing) {
    LibraryItem item = choice.item();
    Menu menu = new Menu(item.title());
    menu.setId("handout-menu-" + item.ref().replace(':', '-'));
    if (!choice.notAdvised().isEmpty()) {
      // Still there to give, with the reason it is not advised in view before printing.
      menu.setText(item.title() + " (not advised)");
      menu.setGraphic(new FontIcon(Material2MZ.WARNING));
      for (String why : choice.notAdvised()) {
        MenuItem reason = new MenuItem(why);
        reason.setDisable(true);
        menu.getItems().add(reason);
      }
      menu.getItems().add(new SeparatorMenuItem());
    }
    MenuItem print = new MenuItem("Print…");
    print.setOnAction(e -> printing.print(vm.copy(item)));
    MenuItem save = new MenuItem("Save as PDF…");
    save.setOnAction(e -> printing.save(vm.copy(item)));
    MenuItem open = new MenuItem("Open");
    open.setOnAction(e -> printing.open(vm.copy(item)));
    menu.getItems().addAll(print, save, open);
    return menu;
  }
}
