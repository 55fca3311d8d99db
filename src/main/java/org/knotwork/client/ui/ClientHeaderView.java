package org.knotwork.client.ui;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.client.Client;
import org.knotwork.client.ClientAlert;
import org.knotwork.client.ClientAlerts;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The client's name, age and alert banner, shown above every client screen. It shows the record as
 * stored, so the banner is what the health history on file says.
 */
final class ClientHeaderView extends VBox {
  private final Label name = new Label();
  private final Label facts = new Label();
  private final Label archivedTag = new Label("Archived");
  private final VBox banner = new VBox(6);
  private final HBox title;
  private final Clock clock;

  ClientHeaderView(ClientEditorViewModel vm, Clock clock) {
    this.clock = clock;
    setId("client-header");
    getStyleClass().add("client-header");
    setSpacing(8);
    setMinWidth(0);
    name.setId("client-header-name");
    name.getStyleClass().add("title-2");
    facts.setId("client-header-facts");
    facts.getStyleClass().add("text-muted");
    archivedTag.getStyleClass().add("tag-archived");
    archivedTag.setGraphic(new FontIcon(Material2AL.ARCHIVE));
    banner.setId("client-alert-banner");
    title = new HBox(12, name, archivedTag);
    title.setAlignment(Pos.BASELINE_LEFT);
    getChildren().addAll(title, facts, banner);
    vm.storedProperty().addListener((obs, old, client) -> show(client));
    archivedTag
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.storedProperty().get().isArchived(), vm.storedProperty()));
    show(vm.storedProperty().get());
  }

  /** Adds an action for the open client at the right of the name (e.g. "Export record…"). */
  void addAction(javafx.scene.Node action) {
    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
    HBox.setHgrow(action, javafx.scene.layout.Priority.SOMETIMES);
    title.getChildren().addAll(gap, action);
  }

  private void show(Client client) {
    if (client.id() == null) {
      name.setText("New client");
      facts.setText("Fill in at least the full name, then save with Ctrl+S.");
      banner.getChildren().clear();
      return;
    }
    name.setText(client.fullName());
    facts.setText(describe(client));
    banner.getChildren().clear();
    var alerts = ClientAlerts.of(client, LocalDate.now(clock));
    if (alerts.isEmpty()) {
      Label none = new Label("No contraindications or allergies recorded in the health history");
      none.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE_OUTLINE));
      none.getStyleClass().add("alert-none");
      banner.getChildren().add(none);
      return;
    }
    VBox chips = new VBox(4);
    for (ClientAlert alert : alerts) {
      Label chip = new Label(alert.text());
      chip.setGraphic(new FontIcon(Material2MZ.WARNING));
      chip.getStyleClass().add("alert-chip");
      chip.setWrapText(true);
      chip.setMinWidth(0);
      chip.setMaxWidth(USE_PREF_SIZE);
      chip.setAccessibleText("Precaution: " + alert.text());
      chips.getChildren().add(chip);
    }
    banner.getChildren().add(chips);
  }

  private String describe(Client c) {
    StringBuilder sb = new StringBuilder();
    c.ageOn(LocalDate.now(clock)).ifPresent(age -> sb.append(age).append(" years"));
    if (c.preferredName() != null) {
      append(sb, "goes by " + c.preferredName());
    }
    if (c.pronouns() != null) {
      append(sb, c.pronouns());
    }
    if (c.occupation() != null) {
      append(sb, c.occupation());
    }
    if (c.pressurePreference() != null) {
      append(
          sb,
          c.pressurePreference().label().toLowerCase(java.util.Locale.ROOT)
              + " pressure preferred");
    }
    return sb.length() == 0 ? "No date of birth on file" : sb.toString();
  }

  private static void append(StringBuilder sb, String part) {
    if (sb.length() > 0) {
      sb.append("  ·  ");
    }
    sb.append(part);
  }
}
