package org.knotwork.today.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.today.DraftWaiting;
import org.knotwork.today.PlanToBook;

/** Beside the day: unsigned notes from earlier days, and plans with sessions left to book. */
final class TodaySidePanel extends VBox {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

  TodaySidePanel(TodayViewModel vm) {
    super(8);
    getStyleClass().add("today-side");
    Label draftsTitle = new Label("Unsigned notes from earlier days");
    draftsTitle.getStyleClass().add("title-4");
    ListView<DraftWaiting> drafts =
        list(
            vm.earlierDrafts(),
            "today-drafts",
            "No notes waiting: everything from earlier days is signed.",
            d -> d.clientName() + "\n" + WHEN.format(d.start()),
            "Open",
            (d, b) -> vm.openDraft(d));
    draftsTitle.setLabelFor(drafts);
    Label plansTitle = new Label("Plans with sessions left, nothing booked");
    plansTitle.getStyleClass().add("title-4");
    plansTitle.setWrapText(true);
    ListView<PlanToBook> plans =
        list(
            vm.plansToBook(),
            "today-plans",
            "Every plan with sessions left has its next visit booked.",
            p -> p.clientName() + "\n" + p.text(),
            "Book next",
            (p, b) -> vm.bookNext(p.clientId()));
    plansTitle.setLabelFor(plans);
    getChildren().addAll(draftsTitle, drafts, plansTitle, plans);
  }

  private static <T> ListView<T> list(
      ObservableList<T> items,
      String id,
      String empty,
      Function<T, String> text,
      String action,
      BiConsumer<T, Button> onAction) {
    ListView<T> list = new ListView<>(items);
    list.setId(id);
    Label placeholder = new Label(empty);
    placeholder.setWrapText(true);
    list.setPlaceholder(placeholder);
    list.setPrefHeight(220);
    VBox.setVgrow(list, Priority.ALWAYS);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              {
                setPrefWidth(0); // the list's width, not the longest name's: no sideways scroll
              }

              @Override
              protected void updateItem(T item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null) {
                  setGraphic(null);
                  setText(null);
                  return;
                }
                Label label = new Label(text.apply(item));
                label.setWrapText(true);
                label.setMinWidth(0);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Button go = new Button(action);
                go.setMinWidth(Region.USE_PREF_SIZE);
                go.setOnAction(e -> onAction.accept(item, go));
                HBox row = new HBox(8, label, spacer, go);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setText(null);
                setGraphic(row);
              }
            });
    list.setOnKeyPressed(
        e -> {
          T selected = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == KeyCode.ENTER && selected != null) {
            onAction.accept(selected, null);
            e.consume();
          }
        });
    return list;
  }
}
