package org.knotwork.session.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.session.SessionNote;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A draft note, S → red flags → O → A → P in reading and Tab order, with Sign always in reach. */
final class SessionNoteView extends BorderPane {
  private final SessionNoteViewModel vm;

  SessionNoteView(SessionNoteViewModel vm, Consumer<SessionNote> onSigned, Runnable onDiscard) {
    this.vm = vm;
    setId("session-note");
    NoteFields fields = new NoteFields(vm);
    SubjectiveSection subjective = new SubjectiveSection(vm, fields);
    AssessmentPlanSection ap = new AssessmentPlanSection(vm, fields);
    VBox form =
        new VBox(
            28,
            subjective.session(),
            subjective.subjective(),
            new RedFlagSection(vm, fields).build(),
            new FindingsSection(vm, fields).build(),
            ap.assessment(),
            ap.plan());
    form.setPadding(new Insets(16, 24, 24, 24));
    ScrollPane scroll = new ScrollPane(form);
    scroll.setFitToWidth(true);
    scroll.setId("session-note-scroll");
    setCenter(scroll);
    setBottom(actionBar(onSigned, onDiscard));
  }

  private HBox actionBar(Consumer<SessionNote> onSigned, Runnable onDiscard) {
    Button sign = new Button("Sign note", new FontIcon(Material2MZ.VERIFIED));
    sign.setId("note-sign");
    sign.getStyleClass().add("accent");
    sign.setTooltip(
        new Tooltip("Sign and lock the note (Ctrl+Enter). Signed notes can only get addenda."));
    sign.setOnAction(e -> vm.sign(onSigned));
    sign.disableProperty().bind(vm.savingProperty());

    Label problems = new Label();
    problems.setId("note-sign-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("text-small");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  var list = vm.signProblemsBinding().get();
                  return list.isEmpty()
                      ? "Ready to sign"
                      : "Before signing: " + String.join(" ", list);
                },
                vm.signProblemsBinding()));
    problems.setMaxWidth(520);
    problems.setMinWidth(0);
    sign.setMinWidth(USE_PREF_SIZE);
    HBox.setHgrow(problems, Priority.SOMETIMES);

    Label status = new Label();
    status.setId("note-save-status");
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(vm.saveStatusProperty());

    Button discard = new Button("Discard draft", new FontIcon(Material2AL.DELETE_OUTLINE));
    discard.setId("note-discard");
    discard.getStyleClass().add("flat");
    discard.setOnAction(e -> onDiscard.run());
    discard.setMinWidth(USE_PREF_SIZE);
    status.setMinWidth(USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(12, sign, problems, spacer, status, discard);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 24, 10, 24));
    bar.getStyleClass().add("action-bar");
    return bar;
  }

  SessionNoteViewModel viewModel() {
    return vm;
  }
}
