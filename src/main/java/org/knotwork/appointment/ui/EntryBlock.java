package org.knotwork.appointment.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.Appointment;
import org.knotwork.appointment.BookableService;

/**
 * One appointment in the time grid: the time and client, the service, and for a mobile visit the
 * place, tinted in the service's colour. Dragging it moves it; dragging its lower edge changes its
 * length; a click selects it and a double click opens it.
 */
final class EntryBlock {
  private final Appointment a;
  private final TimeGrid grid;
  private final VBox box;
  private double pressX;
  private double pressY;
  private boolean resizing;
  private boolean dragged;

  EntryBlock(Appointment a, BookableService service, TimeGrid grid) {
    this.a = a;
    this.grid = grid;
    List<Node> lines = new ArrayList<>();
    Label title = new Label(a.clientName());
    title.getStyleClass().add("book-entry-title");
    lines.add(title);
    String serviceName = service == null ? "Appointment" : service.name();
    lines.add(new Label(TimeGrid.hm(a.start()) + " " + serviceName));
    if (a.place().isMobile()) {
      lines.add(new Label("At " + a.place().shortName()));
    }
    if (a.state().isCancelled() || a.state() != org.knotwork.appointment.AppointmentState.BOOKED) {
      lines.add(new Label(a.state().label()));
    }
    box = new VBox(lines.toArray(Node[]::new));
    box.setId("appointment-" + a.id());
    box.getStyleClass().add("book-entry");
    box.setMinSize(0, 0);
    box.setClip(null);
    String colour = service == null ? null : service.colour();
    // Inline, so that it wins over the stylesheet: the service's colour, as a tint and an edge.
    box.getProperties()
        .put(
            BASE_STYLE,
            "-fx-background-color: "
                + TimeGrid.css(colour, 0.28)
                + "; -fx-border-color: "
                + TimeGrid.css(colour, 1)
                + ";");
    var selected = grid.viewModel().selectedProperty().get();
    mark(box, selected != null && selected.id() == a.id());
    if (a.state().isCancelled()) {
      box.getStyleClass().add("cancelled");
    }
    String place = a.place().isMobile() ? ", at " + a.place().shortName() : "";
    String text =
        a.clientName()
            + ", "
            + serviceName
            + ", "
            + AppointmentBookViewModel.WHEN.format(a.start())
            + " for "
            + a.lengthMinutes()
            + " minutes"
            + place
            + " ("
            + a.state().label()
            + ")";
    box.setAccessibleText(text);
    Tooltip.install(
        box, new Tooltip(text + "\nDrag to move, drag the lower edge to change the length."));
    box.setOnMouseMoved(
        e -> box.setCursor(onEdge(e) ? javafx.scene.Cursor.S_RESIZE : javafx.scene.Cursor.HAND));
    box.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    box.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    box.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    box.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
  }

  private static final String BASE_STYLE = "knotwork.book.style";

  /** Marks a block selected (an accent frame around it) or not. */
  static void mark(Node block, boolean selected) {
    String base = (String) block.getProperties().get(BASE_STYLE);
    block.setStyle(
        selected
            ? base + " -fx-border-color: -color-accent-emphasis; -fx-border-width: 2 2 2 5;"
            : base);
    if (selected && !block.getStyleClass().contains("selected")) {
      block.getStyleClass().add("selected");
    } else if (!selected) {
      block.getStyleClass().remove("selected");
    }
  }

  Node node() {
    return box;
  }

  private boolean onEdge(MouseEvent e) {
    return e.getY() >= box.getHeight() - TimeGrid.edge();
  }

  private boolean movable() {
    return a.state() == org.knotwork.appointment.AppointmentState.BOOKED;
  }

  private void pressed(MouseEvent e) {
    e.consume();
    if (e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    grid.requestFocus();
    pressX = e.getSceneX();
    pressY = e.getSceneY();
    resizing = onEdge(e);
    dragged = false;
    box.toFront();
  }

  private void dragged(MouseEvent e) {
    e.consume();
    if (!movable() || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    double dx = e.getSceneX() - pressX;
    double dy = e.getSceneY() - pressY;
    if (!dragged && Math.abs(dx) < 3 && Math.abs(dy) < 3) {
      return;
    }
    dragged = true;
    double snap = TimeGrid.STEP * grid.perMinute();
    double snappedY = Math.round(dy / snap) * snap;
    if (resizing) {
      box.setScaleY(1);
      box.resize(box.getWidth(), Math.max(snap, box.getHeight() + snappedY - box.getTranslateY()));
    } else {
      double col = grid.columnWidth();
      box.setTranslateX(Math.round(dx / col) * col);
      box.setTranslateY(snappedY);
    }
    box.setOpacity(0.8);
  }

  private void released(MouseEvent e) {
    e.consume();
    if (!dragged || !movable()) {
      return;
    }
    double dx = e.getSceneX() - pressX;
    double dy = e.getSceneY() - pressY;
    int minutes = (int) Math.round(dy / grid.perMinute() / TimeGrid.STEP) * TimeGrid.STEP;
    if (resizing) {
      int length = Math.max(TimeGrid.STEP, a.lengthMinutes() + minutes);
      grid.viewModel().changeLength(a, length);
    } else {
      int days = (int) Math.round(dx / grid.columnWidth());
      LocalDateTime start = a.start().plusDays(days).plusMinutes(minutes);
      grid.viewModel().move(a, start);
    }
  }

  private void clicked(MouseEvent e) {
    e.consume();
    if (dragged || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    grid.viewModel().select(a);
    if (e.getClickCount() == 2) {
      grid.open();
    }
  }
}
