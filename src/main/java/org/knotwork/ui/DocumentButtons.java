package org.knotwork.ui;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The row of Print / Save as PDF / Open buttons with a progress mark, and a status line below them
 * in space kept for it: a message never squeezes the buttons nor moves what is under them sideways.
 */
public final class DocumentButtons {
  private DocumentButtons() {}

  /**
   * @param idPrefix prefix for the buttons' ids ("plan" gives plan-print, plan-save, plan-open)
   * @param key supplies the document's key when a button is pressed; null means "nothing to do"
   */
  public static <K> VBox of(String idPrefix, DocumentCommands<K> commands, Supplier<K> key) {
    Button print =
        button("Print…", Material2MZ.PRINT, idPrefix + "-print", "Print (system dialog)");
    Button save =
        button("Save as PDF…", Material2MZ.SAVE_ALT, idPrefix + "-save", "Save as a PDF file");
    Button open =
        button("Open PDF", Material2AL.LAUNCH, idPrefix + "-open", "Open in your PDF viewer");
    print.setOnAction(e -> run(key, commands::print));
    save.setOnAction(e -> run(key, commands::save));
    open.setOnAction(e -> run(key, commands::open));
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(18, 18);
    progress.visibleProperty().bind(commands.busyProperty());
    progress.managedProperty().bind(progress.visibleProperty());
    Label status = new Label();
    status.getStyleClass().add("text-muted");
    status.setId(idPrefix + "-document-status");
    status.textProperty().bind(commands.statusProperty());
    status.setWrapText(true);
    for (Button b : new Button[] {print, save, open}) {
      b.disableProperty().bind(commands.busyProperty());
      b.setMinWidth(Control.USE_PREF_SIZE); // full words; the row wraps when narrow
    }
    FlowPane row = new FlowPane(8, 8, print, save, open, progress);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    // one line is always kept for the status, so a message pushes nothing down either
    javafx.scene.text.Text line = new javafx.scene.text.Text("Ag");
    status.fontProperty().addListener((o, a, f) -> line.setFont(f));
    line.setFont(status.getFont());
    status
        .minHeightProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.ceil(line.getLayoutBounds().getHeight()), line.layoutBoundsProperty()));
    return new VBox(4, row, status);
  }

  private static <K> void run(Supplier<K> key, java.util.function.Consumer<K> action) {
    K k = key.get();
    if (k != null) {
      action.accept(k);
    }
  }

  private static Button button(
      String text, org.kordamp.ikonli.Ikon icon, String id, String tooltip) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setTooltip(new Tooltip(tooltip));
    return b;
  }
}
