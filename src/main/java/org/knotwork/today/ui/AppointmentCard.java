package org.knotwork.today.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.today.TodayAppointment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One appointment of the day: time, client, service and place; the alerts; the last visit; what is
 * due; and the actions. A cancelled or missed one is struck through and keeps only Open.
 */
final class AppointmentCard extends VBox {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  AppointmentCard(
      TodayAppointment a,
      boolean next,
      TodayViewModel vm,
      Function<Supplier<Client>, Node> handoutMenu) {
    super(4);
    getStyleClass().add("today-card");
    String id = "today-appointment-" + a.id();
    setId(id);

    Label time =
        new Label(TIME.format(a.appointment().start()) + "–" + TIME.format(a.appointment().end()));
    time.getStyleClass().addAll("title-4", "today-time");
    time.setMinWidth(Region.USE_PREF_SIZE);
    Label name = new Label(a.appointment().clientName());
    name.getStyleClass().addAll("title-4", "today-client");
    Label state = new Label(a.state().label());
    state.getStyleClass().add("today-state");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(12, time, name, state, spacer);
    head.setAlignment(Pos.BASELINE_LEFT);
    if (next) {
      Label nextTag = new Label("Next");
      nextTag.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
      nextTag.getStyleClass().add("today-next-tag");
      head.getChildren().add(2, nextTag);
    }
    if (!a.open()) {
      getStyleClass().add("today-closed");
      name.getStyleClass().add(a.state().isCancelled() ? "struck" : "today-done");
    }

    String where =
        (a.service() == null ? "" : a.service() + " · ")
            + a.appointment().lengthMinutes()
            + " min · "
            + (a.appointment().place().isMobile()
                ? "Home visit: " + a.appointment().place().shortName()
                : "In the room");
    Label place = new Label(where);
    place.setGraphic(
        new FontIcon(
            a.appointment().place().isMobile() ? Material2AL.DIRECTIONS_CAR : Material2MZ.ROOM));
    getChildren().addAll(head, place);

    if (a.open()) {
      for (ClientAlert alert : a.alerts()) {
        Label chip = new Label(alert.headline());
        chip.setGraphic(new FontIcon(Material2MZ.WARNING));
        chip.getStyleClass().add("alert-chip");
        chip.setTooltip(new Tooltip(alert.text()));
        chip.setAccessibleText("Precaution: " + alert.text());
        chip.setWrapText(true);
        chip.setMaxWidth(Region.USE_PREF_SIZE);
        getChildren().add(chip);
      }
      getChildren().add(story(a));
      getChildren().add(actions(a, vm, handoutMenu));
    } else {
      Button open = button("Open", "today-open-" + a.id(), Material2MZ.PERSON, "Open the client");
      open.setOnAction(e -> vm.open(a));
      getChildren().add(open);
    }
  }

  /** The last visit, and what is due: reassessment, draft, plan session. */
  private static Node story(TodayAppointment a) {
    FlowPane line = new FlowPane(16, 4);
    Label last;
    if (a.lastVisit() == null) {
      last = new Label("First visit: no signed note yet");
    } else {
      var v = a.lastVisit();
      String regions =
          v.regions().isEmpty()
              ? ""
              : ": "
                  + String.join(
                      ", ", v.regions().stream().map(TodayAppointment.RegionPain::text).toList());
      last = new Label("Last visit " + v.ago() + " (" + DAY.format(v.on()) + ")" + regions);
      last.setTooltip(new Tooltip("Pain before → after treatment, 0–10"));
    }
    last.setGraphic(new FontIcon(Material2MZ.UPDATE));
    last.setWrapText(true);
    line.getChildren().add(last);
    if (a.reassessment() != null) {
      Label due = new Label(a.reassessment().text());
      due.setGraphic(new FontIcon(Material2AL.ASSIGNMENT_LATE));
      due.getStyleClass().add("today-due");
      line.getChildren().add(due);
    }
    if (a.draftId() != null) {
      Label draft =
          new Label(a.draftIsThisVisits() ? "Note started, not signed" : "Unsigned draft waiting");
      draft.setGraphic(new FontIcon(Material2MZ.NOTE));
      draft.getStyleClass().add("today-draft");
      line.getChildren().add(draft);
    }
    if (a.planSession() != null) {
      Label plan = new Label(a.planSession().text());
      plan.setGraphic(new FontIcon(Material2AL.EVENT_NOTE));
      line.getChildren().add(plan);
    }
    return line;
  }

  private static Node actions(
      TodayAppointment a, TodayViewModel vm, Function<Supplier<Client>, Node> handoutMenu) {
    Button open =
        button("Open", "today-open-" + a.id(), Material2MZ.PERSON, "Open the client (Enter)");
    open.setOnAction(e -> vm.open(a));
    Button arrived =
        button("Arrived", "today-arrived-" + a.id(), Material2AL.HOW_TO_REG, "The client is here");
    arrived.setDisable(!vm.canMarkArrived(a));
    arrived.setOnAction(e -> vm.markArrived(a));
    Button note =
        button(
            vm.noteLabel(a),
            "today-note-" + a.id(),
            Material2MZ.NOTE_ADD,
            "The note takes the appointment's time and length; signing it completes the appointment");
    note.setDisable(!vm.canStartNote(a));
    note.setOnAction(e -> vm.startNote(a));
    note.setDefaultButton(false);
    Button noShow =
        button(
            "No-show",
            "today-noshow-" + a.id(),
            Material2MZ.PERSON_REMOVE,
            "The client did not come (asks first)");
    noShow.setDisable(!vm.canMarkNoShow(a));
    noShow.setOnAction(e -> vm.markNoShow(a));
    Button bookNext =
        button(
            "Book next", "today-book-" + a.id(), Material2AL.EVENT, "Book the client's next visit");
    bookNext.setOnAction(e -> vm.bookNext(a.clientId()));
    FlowPane row = new FlowPane(6, 6, open, arrived, note, noShow);
    if (a.client() != null) {
      Node handout = handoutMenu.apply(a::client);
      handout.setId("today-handout-" + a.id());
      row.getChildren().add(handout);
    }
    row.getChildren().add(bookNext);
    return row;
  }

  private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon, String tip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setTooltip(new Tooltip(tip));
    b.setAccessibleText(text);
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }
}
