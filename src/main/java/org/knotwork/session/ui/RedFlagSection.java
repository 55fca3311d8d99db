package org.knotwork.session.ui;

import java.util.Locale;
import java.util.stream.Collectors;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.session.RedFlagAnswer;
import org.knotwork.session.RedFlagGroup;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RedFlagUrgency;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The red-flag screen: emergency questions first (each answered one by one), then same-day and soon
 * ones. Questions the client's record raises say why. The advice for every "yes" appears below the
 * questions, where it pushes nothing the therapist is about to click.
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
    RedFlagUrgency urgency = null;
    RedFlagGroup group = null;
    for (RedFlagQuestion q : vm.askedQuestions()) {
      if (q.urgency() != urgency) {
        urgency = q.urgency();
        group = null;
        grid.add(heading(urgency), 0, row++, 3, 1);
      }
      if (q.group() != group) {
        group = q.group();
        Label label = new Label(group.label());
        label.getStyleClass().add("text-muted");
        grid.add(label, 1, row++, 2, 1);
      }
      addQuestion(grid, row++, q);
    }
    Button allNo = new Button("Answer the rest “No” (not the emergency questions)");
    allNo.setId("note-red-flags-rest-no");
    allNo.setOnAction(e -> vm.answerRemainingNo());

    Label numbersHint =
        new Label(
            "Advice names no emergency number until you choose the practice's country in"
                + " Settings → Practice.");
    numbersHint.setId("note-numbers-hint");
    numbersHint.getStyleClass().add("text-muted");
    numbersHint.setWrapText(true);
    numbersHint.setVisible(vm.emergencyNumbers().country() == null);
    numbersHint.setManaged(numbersHint.isVisible());

    Label adviceList = new Label();
    adviceList.setId("note-urgent-alert");
    adviceList.setWrapText(true);
    adviceList.setMaxWidth(Double.MAX_VALUE);
    adviceList.setMinHeight(Region.USE_PREF_SIZE);
    adviceList
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.answeredYesBinding().get().stream()
                        .map(
                            q ->
                                q.urgency().label().toUpperCase(Locale.ROOT)
                                    + " — "
                                    + q.question()
                                    + "\n"
                                    + q.advice(vm.emergencyNumbers()))
                        .collect(Collectors.joining("\n\n")),
                vm.answeredYesBinding()));
    adviceList
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    new FontIcon(
                        vm.urgentBinding().get() ? Material2MZ.REPORT : Material2MZ.WARNING),
                vm.urgentBinding()));
    vm.urgentBinding()
        .addListener(
            (o, was, now) -> {
              adviceList.getStyleClass().removeAll("red-flag-alert", "caution-text");
              adviceList.getStyleClass().add(now ? "red-flag-alert" : "caution-text");
            });
    adviceList.getStyleClass().add(vm.urgentBinding().get() ? "red-flag-alert" : "caution-text");
    adviceList.visibleProperty().bind(adviceList.textProperty().isNotEmpty());
    adviceList.managedProperty().bind(adviceList.visibleProperty());

    Label noTreatment =
        new Label(
            "No treatment today: record your findings, the advice and any referral. Techniques"
                + " cannot be added, and signing records that the session ended without"
                + " treatment.");
    noTreatment.setId("note-no-treatment");
    noTreatment.setGraphic(new FontIcon(Material2MZ.PAN_TOOL));
    noTreatment.setWrapText(true);
    noTreatment.getStyleClass().add("red-flag-alert");
    noTreatment.setMaxWidth(Double.MAX_VALUE);
    noTreatment.visibleProperty().bind(vm.noTreatmentBinding());
    noTreatment.managedProperty().bind(noTreatment.visibleProperty());

    Button suggest = new Button("Add the suggested advice", new FontIcon(Material2AL.ADD));
    suggest.setId("note-red-flag-suggest");
    suggest.setOnAction(e -> vm.useSuggestedAdvice());
    VBox advice =
        Forms.field(
            "What you advised the client (required before signing)",
            fields.area(
                vm.redFlagAdviceProperty(),
                "note-red-flag-advice",
                "Advice given",
                "e.g. Advised to call the emergency number now; did not treat.",
                2),
            "note-red-flag-advice",
            true);
    VBox adviceBox = new VBox(6, advice, suggest);
    adviceBox.visibleProperty().bind(adviceList.visibleProperty());
    adviceBox.managedProperty().bind(adviceBox.visibleProperty());

    VBox box = new VBox(10, grid, allNo, numbersHint, adviceList, noTreatment, adviceBox);
    return NoteSections.section("Red-flag screen", null, box);
  }

  private void addQuestion(GridPane grid, int row, RedFlagQuestion q) {
    Label question = new Label(q.question());
    question.setWrapText(true);
    question.setMaxWidth(Double.MAX_VALUE);
    GridPane.setHgrow(question, Priority.ALWAYS);
    VBox text = new VBox(2, question);
    vm.reasonAsked(q)
        .ifPresent(
            reason -> {
              Label why = new Label("Asked because: " + reason);
              why.setId("flag-reason-" + id(q));
              why.getStyleClass().add("text-muted");
              why.setWrapText(true);
              text.getChildren().add(why);
            });
    ToggleGroup group = new ToggleGroup();
    String id = "flag-" + id(q);
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
    yes.setMinWidth(Region.USE_PREF_SIZE);
    no.setMinWidth(Region.USE_PREF_SIZE);
    HBox answers = new HBox(14, yes, no);
    answers.setMinWidth(Region.USE_PREF_SIZE);
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
                        : answer.get() == null ? new FontIcon(Material2AL.HELP_OUTLINE) : null,
                answer));
    question.getStyleClass().add(q.urgent() ? "flag-urgent" : "flag-refer");
    grid.addRow(row, marker, text, answers);
  }

  private static String id(RedFlagQuestion q) {
    return q.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Label heading(RedFlagUrgency urgency) {
    Label label = Forms.sectionLabel(urgency.heading());
    label.setPadding(new Insets(6, 0, 0, 0));
    return label;
  }
}
