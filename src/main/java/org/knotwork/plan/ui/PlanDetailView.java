package org.knotwork.plan.ui;

import static org.knotwork.plan.ui.PlanControls.button;
import static org.knotwork.plan.ui.PlanControls.fact;
import static org.knotwork.plan.ui.PlanControls.statusChip;
import static org.knotwork.plan.ui.PlanControls.wrap;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.Technique;
import org.knotwork.ui.DocumentButtons;
import org.knotwork.ui.DocumentCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The plan in front as it was agreed (or drafted), read-only, with what can be done with it. */
final class PlanDetailView extends VBox {
  private final PlansViewModel vm;
  private final DocumentCommands<Long> documents;
  private final PlanBookingDialog booking;
  private final Label booked = new Label();

  PlanDetailView(PlansViewModel vm, DocumentCommands<Long> documents, PlanBookingDialog booking) {
    super(14);
    this.vm = vm;
    this.documents = documents;
    this.booking = booking;
    booked.setId("plan-booked");
    booked.setWrapText(true);
    booked.getStyleClass().add("text-muted");
    booked.managedProperty().bind(booked.textProperty().isNotEmpty());
    vm.selectedProperty().addListener((o, a, b) -> show());
    vm.plans().addListener((ListChangeListener<TreatmentPlan>) c -> show());
    show();
  }

  private void show() {
    getChildren().clear();
    booked.setText("");
    TreatmentPlan p = vm.selectedProperty().get();
    if (p == null) {
      Label empty =
          wrap(
              "A treatment plan records what you and the client agreed: the goals, the regions"
                  + " and techniques, how often you meet, home care and when to reassess. Start"
                  + " one with New plan, print it for the client to sign, then record their"
                  + " agreement.");
      empty.setId("plans-empty");
      getChildren().add(empty);
      return;
    }
    Label title = new Label("Treatment plan from " + PlanFormat.day(p.startsOn()));
    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    title.setMinWidth(0); // wraps rather than widening the page
    getChildren()
        .addAll(
            new VBox(4, title, new HBox(statusChip(p.status()))),
            DocumentButtons.of("plan", documents, () -> p.id()),
            actions(p),
            fact("Clinical impression", p.impression().isBlank() ? "—" : p.impression()),
            fact("Focus", listed(p.focus().stream().map(FocusArea::label).toList())),
            fact("Techniques", listed(p.modalities().stream().map(Technique::label).toList())),
            fact("Schedule", p.schedule() + ", starting " + PlanFormat.day(p.startsOn())),
            goals(p),
            fact(
                "Home care",
                String.join(
                        "\n", p.handouts().stream().map(r -> "• " + vm.handoutTitle(r)).toList())
                    + (p.homeCare().isBlank() ? "" : "\n" + p.homeCare())),
            fact("Reassessment", PlanFormat.day(p.reassessOn())),
            fact("Referrals", p.referrals().isBlank() ? "None" : p.referrals()),
            fact(
                "Client's agreement",
                p.consentOn() == null
                    ? "Not yet agreed. Print the plan for the client to read and sign."
                    : "Agreed on " + PlanFormat.day(p.consentOn())));
    if (p.status() == PlanStatus.ACTIVE
        && p.reassessOn() != null
        && p.reassessOn().isBefore(vm.today())) {
      Label overdue =
          new Label(
              "Reassessment was due on "
                  + PlanFormat.day(p.reassessOn())
                  + ". Reassess the client, then revise or complete the plan.");
      overdue.setId("plan-reassessment-overdue");
      overdue.setWrapText(true);
      overdue.setGraphic(new FontIcon(Material2MZ.WARNING));
      overdue.getStyleClass().add("alert-chip");
      getChildren().add(1, overdue);
    }
  }

  private Node actions(TreatmentPlan p) {
    FlowPane actions = new FlowPane(8, 8);
    if (p.status() == PlanStatus.DRAFT) {
      actions
          .getChildren()
          .add(button("Edit draft", "plan-edit", Material2AL.EDIT, vm::editSelected));
    } else {
      actions
          .getChildren()
          .add(
              button(
                  p.status() == PlanStatus.ACTIVE ? "Revise…" : "Start a new plan from this",
                  "plan-revise",
                  Material2AL.CONTENT_COPY,
                  vm::revise));
    }
    if (p.status() == PlanStatus.ACTIVE) {
      actions
          .getChildren()
          .add(button("Complete", "plan-complete", Material2AL.DONE_ALL, vm::complete));
      if (booking != null) {
        actions
            .getChildren()
            .add(
                button(
                    "Book the plan's sessions…",
                    "plan-book-sessions",
                    Material2AL.EVENT,
                    () -> booking.open(p, list -> booked.setText(bookedText(list)))));
      }
    }
    return booking == null ? actions : new VBox(6, actions, booked);
  }

  private static String bookedText(java.util.List<org.knotwork.appointment.Appointment> list) {
    if (list.isEmpty()) {
      return "";
    }
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("EEE d MMMM, HH:mm", java.util.Locale.UK);
    return (list.size() == 1 ? "1 session booked" : list.size() + " sessions booked")
        + ", the first on "
        + day.format(list.get(0).start())
        + ".";
  }

  private static String listed(java.util.List<String> items) {
    return items.isEmpty() ? "—" : String.join(", ", items);
  }

  private static Node goals(TreatmentPlan p) {
    if (p.goals().isEmpty()) {
      return fact("Goals", "—");
    }
    StringBuilder text = new StringBuilder();
    for (PlanGoal g : p.goals()) {
      text.append("• ").append(g.text());
      if (g.baseline() != null) {
        text.append(" — ")
            .append(g.measureName())
            .append(' ')
            .append(g.baseline().stripTrailingZeros().toPlainString())
            .append(" → ")
            .append(g.target().stripTrailingZeros().toPlainString());
      }
      if (g.byDate() != null) {
        text.append(" by ").append(PlanFormat.day(g.byDate()));
      }
      text.append('\n');
    }
    return fact("Goals", text.toString().strip());
  }
}
