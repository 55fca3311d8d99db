package org.knotwork.session.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The red-flag screen: urgent questions first (each must be answered), then refer-first ones. A
 * "yes" shows its advice at once and asks what was advised.
 */
final class RedFlagSection {
  private final SessionNoteViewModel vm;
  private final NoteFields fields;

  RedFlagSection(SessionNoteViewModel vm, NoteFields fields) {
    this.vm = vm;
    this.fields = fields;
  }

  VBox build() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(6);
    int row = 0;
    grid.add(heading("Urgent — ask every session"), 0, row++, 3, 1);
    for (RedFlagQuestion q : RedFlagQuestion.values()) {
      if (q.tier() == 2 && row > 0 && q == RedFlagQuestion.RECENT_TRAUMA) {
        grid.add(heading("Refer before treating"), 0, row++, 3, 1);
      }
      addQuestion(grid, row++, q);
    }
    Button allNo = new Button("Answer the rest “No”");
    allNo.setId("note-red-flags-rest-no");
    allNo.setOnAction(e -> vm.answerRemainingNo());

    Label urgentAlert = new Label(RedFlagQuestion.URGENT_ADVICE);
    urgentAlert.setId("note-urgent-alert");
    urgentAlert.setGraphic(new FontIcon(Material2MZ.REPORT));
    urgentAlert.setWrapText(true);
    urgentAlert.getStyleClass().add("red-flag-alert");
    urgentAlert.setMaxWidth(Double.MAX_VALUE);
    urgentAlert.visibleProperty().bind(vm.urgentBinding());
    urgentAlert.managedProperty().bind(urgentAlert.visibleProperty());

    var anyYes =
        Bindings.createBooleanBinding(
            () -> vm.redFlags().values().stream().anyMatch(p -> p.get() == RedFlagAnswer.YES),
            vm.redFlags().values().toArray(javafx.beans.Observable[]::new));
    Label referNote = new Label(RedFlagQuestion.REFER_ADVICE);
    referNote.setGraphic(new FontIcon(Material2MZ.WARNING));
    referNote.getStyleClass().add("caution-text");
    referNote.setWrapText(true);
    referNote.visibleProperty().bind(anyYes.and(vm.urgentBinding().not()));
    referNote.managedProperty().bind(referNote.visibleProperty());
    VBox advice =
        Forms.field(
            "What you advised the client (required before signing)",
            fields.area(
                vm.redFlagAdviceProperty(),
                "note-red-flag-advice",
                "Advice given",
                "e.g. Advised to go to A&E now; did not treat.",
                2),
            "note-red-flag-advice",
            true);
    advice.visibleProperty().bind(anyYes);
    advice.managedProperty().bind(advice.visibleProperty());

    VBox box = new VBox(10, urgentAlert, grid, allNo, referNote, advice);
    return NoteSections.section("Red-flag screen", null, box);
  }

  private void addQuestion(GridPane grid, int row, RedFlagQuestion q) {
    Label question = new Label(q.question());
    question.setWrapText(true);
    question.setMaxWidth(Double.MAX_VALUE);
    GridPane.setHgrow(question, Priority.ALWAYS);
    ToggleGroup group = new ToggleGroup();
    String id = "flag-" + q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    RadioButton yes = new RadioButton("Yes");
    yes.setId(id + "-yes");
    yes.setAccessibleText(q.question() + " Yes");
    yes.setToggleGroup(group);
    yes.setUserData(RedFlagAnswer.YES);
    RadioButton no = new RadioButton("No");
    no.setId(id + "-no");
    no.setAccessibleText(q.question() + " No");
    no.setToggleGroup(group);
    no.setUserData(RedFlagAnswer.NO);
    var answer = vm.redFlags().get(q);
    Runnable show =
        () ->
            group.selectToggle(
                answer.get() == null ? null : answer.get() == RedFlagAnswer.YES ? yes : no);
    show.run();
    answer.addListener((obs, old, now) -> show.run());
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              RedFlagAnswer picked = now == null ? null : (RedFlagAnswer) now.getUserData();
              if (picked != answer.get() && picked != null) {
                answer.set(picked);
              }
            });
    yes.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    no.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox answers = new HBox(14, yes, no);
    answers.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    answers.setAlignment(Pos.CENTER_LEFT);
    Label marker = new Label();
    marker.setMinWidth(20);
    marker
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    answer.get() == RedFlagAnswer.YES
                        ? new FontIcon(q.urgent() ? Material2MZ.REPORT : Material2MZ.WARNING)
                        : answer.get() == null && q.urgent()
                            ? new FontIcon(Material2AL.HELP_OUTLINE)
                            : null,
                answer));
    question.getStyleClass().add(q.urgent() ? "flag-urgent" : "flag-refer");
    grid.addRow(row, marker, question, answers);
  }

  private static Label heading(String text) {
    Label label = Forms.sectionLabel(text);
    label.setPadding(new Insets(6, 0, 0, 0));
    return label;
  }
}
