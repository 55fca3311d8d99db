package org.knotwork.session.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.knotwork.session.SessionNote;
import org.knotwork.ui.ReservedRoom;
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

  private FlowPane actionBar(Consumer<SessionNote> onSigned, Runnable onDiscard) {
    Button sign = new Button("Sign note", new FontIcon(Material2MZ.VERIFIED));
    sign.setId("note-sign");
    sign.getStyleClass().add("accent");
    sign.setTooltip(
        new Tooltip("Sign and lock the note (Ctrl+Enter). Signed notes can only get addenda."));
    sign.setOnAction(e -> vm.sign(onSigned));
    sign.disableProperty().bind(vm.savingProperty());

    // One short line that keeps its size: the bar never grows, so Sign never moves. The list
    // itself is in the tooltip, and in the message Sign shows while anything is missing.
    Label problems = new Label();
    problems.setId("note-sign-problems");
    problems.getStyleClass().add("text-small");
    problems.setMinWidth(USE_PREF_SIZE);
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  int n = vm.signProblemsBinding().get().size();
                  return n == 0
                      ? "Ready to sign"
                      : n + (n == 1 ? " thing" : " things") + " to do before signing";
                },
                vm.signProblemsBinding()));
    problems
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    vm.signProblemsBinding().get().isEmpty()
                        ? new FontIcon(Material2AL.CHECK)
                        : new FontIcon(Material2AL.INFO),
                vm.signProblemsBinding()));
    Tooltip list = new Tooltip();
    list.setWrapText(true);
    list.setMaxWidth(420);
    list.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "• " + String.join("\n• ", vm.signProblemsBinding().get()),
                vm.signProblemsBinding()));
    problems
        .tooltipProperty()
        .bind(
            Bindings.createObjectBinding(
                () -> vm.signProblemsBinding().get().isEmpty() ? null : list,
                vm.signProblemsBinding()));
    problems
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.signProblemsBinding().get().isEmpty()
                        ? "Ready to sign"
                        : "Before signing: " + String.join(" ", vm.signProblemsBinding().get()),
                vm.signProblemsBinding()));
    sign.setMinWidth(USE_PREF_SIZE);

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
    // Each message keeps the room of its longest wording, so the bar never reflows as it
    // changes. Where the window is narrow the bar takes two lines, whatever the messages say.
    HBox signing =
        new HBox(
            12, sign, ReservedRoom.around(problems, List.of("10 things to do before signing")));
    signing.setAlignment(Pos.CENTER_LEFT);
    HBox draft =
        new HBox(
            12,
            ReservedRoom.around(
                status, List.of("Unsaved changes", "Draft saved 00:00", "Not saved")),
            discard);
    draft.setAlignment(Pos.CENTER_LEFT);
    FlowPane bar = new FlowPane(16, 6, signing, draft);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(10, 16, 10, 16));
    bar.getStyleClass().add("action-bar");
    return bar;
  }

  SessionNoteViewModel viewModel() {
    return vm;
  }
}
