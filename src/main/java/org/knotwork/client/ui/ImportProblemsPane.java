package org.knotwork.client.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Why a file cannot be imported: every problem with its line, what to do, and the columns Knotwork
 * reads.
 */
final class ImportProblemsPane extends HBox {

  ImportProblemsPane(ImportClientsViewModel vm) {
    setSpacing(24);

    Label headline = new Label();
    headline.setId("import-problems-headline");
    headline.setWrapText(true);
    headline.getStyleClass().add("import-problems-headline");
    headline.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
    headline.textProperty().bind(vm.problemsHeadlineBinding());
    Label fix =
        new Label(
            "Correct these lines in your spreadsheet, save it again as CSV (UTF-8), then choose"
                + " it again. Line 1 is the row of column names; Knotwork imports all the clients"
                + " together or none of them.");
    fix.setWrapText(true);
    ListView<String> problems = new ListView<>(vm.problems());
    problems.setId("import-problems");
    problems.setAccessibleText("Problems in the file");
    problems.setCellFactory(
        l ->
            new javafx.scene.control.ListCell<>() {
              {
                setWrapText(true);
                getStyleClass().add("import-problem-cell");
                prefWidthProperty().bind(l.widthProperty().subtract(24));
              }

              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
              }
            });
    VBox.setVgrow(problems, Priority.ALWAYS);
    VBox left = new VBox(10, headline, fix, problems);
    HBox.setHgrow(left, Priority.ALWAYS);

    Label title = new Label("Columns Knotwork reads");
    title.getStyleClass().add("section-title");
    Label intro =
        new Label(
            "The first line of the file names the columns, in any order. Upper or lower case"
                + " does not matter.");
    intro.setWrapText(true);
    intro.getStyleClass().add("text-small");
    VBox help = new VBox(6, title, intro);
    for (String column : vm.knownColumns()) {
      Label line = new Label("• " + column);
      line.setWrapText(true);
      line.getStyleClass().add("text-small");
      help.getChildren().add(line);
    }
    Label other =
        new Label(
            "Other columns are left out. Values may be separated by commas or semicolons; the"
                + " file must be UTF-8 text (in Excel: Save as “CSV UTF-8”).");
    other.setWrapText(true);
    other.getStyleClass().addAll("text-small", "text-muted");
    help.getChildren().add(other);
    help.setId("import-known-columns");
    help.getStyleClass().add("import-help");
    help.setPadding(new Insets(14));
    help.setPrefWidth(380);
    help.setMinWidth(320);
    help.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    getChildren().addAll(left, help);
  }
}
