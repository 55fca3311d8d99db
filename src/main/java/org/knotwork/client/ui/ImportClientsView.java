package org.knotwork.client.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.client.ui.ImportClientsViewModel.Step;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The "Import clients" page: what the chosen file would add (or why it cannot), and the buttons to
 * import, choose another file or cancel. Shown in place of the client screen while an import is
 * under way.
 */
public final class ImportClientsView extends BorderPane {
  private final ImportClientsViewModel vm;

  public ImportClientsView(ImportClientsViewModel vm) {
    this.vm = vm;
    setId("import-clients");
    getStyleClass().add("import-clients");

    Label title = new Label("Import clients from a spreadsheet");
    title.getStyleClass().add("title-3");
    Label file = new Label();
    file.setId("import-file-name");
    file.getStyleClass().add("text-muted");
    file.textProperty().bind(Bindings.concat("From “", vm.fileNameProperty(), "”"));
    VBox top = new VBox(2, title, file);
    top.setPadding(new Insets(20, 32, 12, 32));
    setTop(top);

    Node checking = shownWhen(progress(), step(Step.CHECKING).or(step(Step.IMPORTING)));
    Node problems = shownWhen(new ImportProblemsPane(vm), step(Step.PROBLEMS));
    Node preview = shownWhen(new ImportPreviewPane(vm), step(Step.READY));
    Node done = shownWhen(done(), step(Step.DONE));
    StackPane center = new StackPane(checking, problems, preview, done);
    center.setPadding(new Insets(0, 32, 16, 32));
    setCenter(center);
    setBottom(actions());
  }

  private VBox progress() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(48, 48);
    Label what = new Label();
    what.setId("import-progress");
    what.textProperty().bind(vm.progressTextBinding());
    VBox box = new VBox(16, spinner, what);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  private VBox done() {
    FontIcon icon = new FontIcon(Material2AL.CHECK_CIRCLE);
    icon.setIconSize(40);
    icon.getStyleClass().add("import-done-icon");
    Label message = new Label();
    message.setId("import-result");
    message.setWrapText(true);
    message.setMaxWidth(560);
    message.getStyleClass().add("import-result");
    message.textProperty().bind(vm.resultProperty());
    VBox box = new VBox(16, icon, message);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  private HBox actions() {
    Button another = new Button("Choose another file…", new FontIcon(Material2AL.FILE_UPLOAD));
    another.setId("import-choose-another");
    another.setTooltip(new Tooltip("Check a different CSV file instead; nothing is imported yet"));
    another.setOnAction(e -> vm.start());
    show(another, step(Step.PROBLEMS).or(step(Step.READY)));

    Button cancel = new Button();
    cancel.setId("import-cancel");
    cancel.textProperty().bind(Bindings.when(step(Step.READY)).then("Cancel").otherwise("Close"));
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> vm.close());
    show(cancel, step(Step.DONE).or(step(Step.IMPORTING)).not());

    Button confirm = new Button();
    confirm.setId("import-confirm");
    confirm.getStyleClass().add("accent");
    confirm.textProperty().bind(vm.importTextBinding());
    confirm.disableProperty().bind(vm.canImportBinding().not());
    confirm.setDefaultButton(true);
    confirm.setOnAction(e -> vm.importClients());
    show(confirm, step(Step.READY));

    Button done = new Button("Show the client list");
    done.setId("import-done");
    done.getStyleClass().add("accent");
    done.setDefaultButton(true);
    done.setOnAction(e -> vm.close());
    show(done, step(Step.DONE));

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, another, spacer, cancel, confirm, done);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("action-bar");
    bar.setPadding(new Insets(12, 32, 12, 32));
    return bar;
  }

  private BooleanBinding step(Step wanted) {
    return vm.stepProperty().isEqualTo(wanted);
  }

  private static Node shownWhen(Node node, BooleanBinding condition) {
    show(node, condition);
    return node;
  }

  private static void show(Node node, BooleanBinding condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }
}
