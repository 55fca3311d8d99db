package org.knotwork.session.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.knotwork.session.NoteStatus;
import org.knotwork.session.SessionNote;
import org.knotwork.session.SessionSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Notes tab of a client: the list of notes on the left, the open note on the right. */
public final class NotesView extends BorderPane {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private final NotesViewModel vm;
  private final ListView<SessionSummary> list = new ListView<>();

  private final VBox left = new VBox(8);
  private final VBox nothingOpen = new VBox(12);

  /**
   * Below this width the list of notes gives its room to the open note (a 1024-pixel window leaves
   * the Notes tab about 640): the list's 240 and the note's 600 do not fit side by side.
   */
  static final double LIST_BESIDE_NOTE_FROM = 840;

  /** The narrow strip the list folds into while a note is open in a narrow window. */
  private final VBox folded = new VBox(8);

  /** Whether the therapist unfolded the list in a narrow window (until they open a note). */
  private boolean listUnfolded;

  public NotesView(NotesViewModel vm) {
    this.vm = vm;
    setId("notes");
    Button newNote = new Button("New note", new FontIcon(Material2MZ.NOTE_ADD));
    newNote.setId("note-new");
    newNote.getStyleClass().add("accent");
    newNote.setTooltip(new Tooltip("Start today's note (Ctrl+Shift+N)"));
    newNote.setMaxWidth(Double.MAX_VALUE);
    newNote.setOnAction(e -> vm.startNote(false));
    Button copy = new Button("Copy forward last note", new FontIcon(Material2AL.CONTENT_COPY));
    copy.setId("note-copy-forward");
    copy.setTooltip(new Tooltip("Start from the last signed note's findings and techniques"));
    copy.setMaxWidth(Double.MAX_VALUE);
    copy.setOnAction(e -> vm.startNote(true));
    copy.disableProperty()
        .bind(Bindings.createBooleanBinding(() -> !vm.canCopyForward(), vm.notes()));

    list.setId("note-list");
    list.setItems(vm.notes());
    list.setCellFactory(v -> new NoteCell());
    Label empty = new Label("No notes yet.\nStart today's note with “New note”.");
    empty.getStyleClass().add("empty-state");
    empty.setWrapText(true);
    list.setPlaceholder(empty);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                vm.open(now.id());
                setListUnfolded(false); // the chosen note gets the room, even the one open
              }
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    Button hideList = new Button("Hide the list", new FontIcon(Material2AL.CHEVRON_LEFT));
    hideList.setId("note-list-hide");
    hideList.getStyleClass().add("flat");
    hideList.setTooltip(new Tooltip("Give the room back to the open note"));
    hideList.setMaxWidth(Double.MAX_VALUE);
    hideList.setOnAction(e -> setListUnfolded(false));
    left.getChildren().addAll(newNote, copy, list, hideList);
    left.setPadding(new Insets(12));
    left.setPrefWidth(240);
    left.setMinWidth(220);
    left.getStyleClass().add("notes-list-pane");

    Button showList = new Button(null, new FontIcon(Material2AL.FORMAT_LIST_BULLETED));
    showList.setId("note-list-show");
    showList.setTooltip(new Tooltip("Show the list of notes, New note and Copy forward"));
    showList.setAccessibleText("Show the list of notes");
    showList.setOnAction(e -> setListUnfolded(true));
    Button newNoteFolded = new Button(null, new FontIcon(Material2MZ.NOTE_ADD));
    newNoteFolded.setId("note-new-folded");
    newNoteFolded.getStyleClass().add("accent");
    newNoteFolded.setTooltip(new Tooltip("Start today's note (Ctrl+Shift+N)"));
    newNoteFolded.setAccessibleText("New note");
    newNoteFolded.setOnAction(e -> vm.startNote(false));
    folded.getChildren().addAll(showList, newNoteFolded);
    folded.setPadding(new Insets(12, 6, 12, 6));
    folded.setAlignment(Pos.TOP_CENTER);
    folded.setMinWidth(USE_PREF_SIZE);
    folded.getStyleClass().add("notes-list-pane");
    // Both stay in the scene, only one on show: the list keeps its state while folded away.
    HBox side = new HBox(folded, left);
    side.setMinWidth(USE_PREF_SIZE);
    setLeft(side);
    widthProperty().addListener((obs, old, now) -> fold());

    // The waiting draft is announced where the open note goes, not above the list: a message that
    // appeared above the list would push the draft's row away from a click already on its way.
    Label waiting = new Label();
    waiting.setId("note-waiting-draft");
    waiting.setGraphic(new FontIcon(Material2MZ.RESTORE));
    waiting.getStyleClass().add("draft-banner");
    waiting.setWrapText(true);
    waiting.setMaxWidth(460);
    waiting
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.waitingDraftBinding()
                        .get()
                        .map(
                            d ->
                                "An unsigned draft for "
                                    + NoteSections.DAY_TIME.format(d.serviceStart())
                                    + " is waiting to be finished and signed.")
                        .orElse(""),
                vm.waitingDraftBinding()));
    Button openWaiting = new Button("Go on writing the draft", new FontIcon(Material2AL.EDIT));
    openWaiting.setId("note-open-waiting-draft");
    openWaiting.getStyleClass().add("accent");
    openWaiting.setOnAction(e -> vm.waitingDraftBinding().get().ifPresent(d -> vm.open(d.id())));
    VBox waitingBox = new VBox(10, waiting, openWaiting);
    waitingBox.setAlignment(Pos.CENTER);
    waitingBox.visibleProperty().bind(waiting.textProperty().isNotEmpty());
    waitingBox.managedProperty().bind(waitingBox.visibleProperty());
    Label hint = new Label("Choose a note on the left, or start today's note.");
    hint.getStyleClass().add("empty-state");
    hint.visibleProperty().bind(waitingBox.visibleProperty().not());
    hint.managedProperty().bind(hint.visibleProperty());
    nothingOpen.getChildren().addAll(waitingBox, hint);
    nothingOpen.setAlignment(Pos.CENTER);
    nothingOpen.setPadding(new Insets(24));

    vm.draftProperty().addListener((obs, old, now) -> showContent());
    vm.readingProperty().addListener((obs, old, now) -> showContent());
    showContent();
    sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
  }

  private void setListUnfolded(boolean unfolded) {
    listUnfolded = unfolded;
    fold();
  }

  /**
   * Folds the list into its strip while a note is open and the window is too narrow for both; the
   * hide button shows only where the list can fold.
   */
  private void fold() {
    boolean noteOpen = vm.draftProperty().get() != null || vm.readingProperty().get() != null;
    boolean narrow = getWidth() > 0 && getWidth() < LIST_BESIDE_NOTE_FROM;
    boolean foldAway = noteOpen && narrow && !listUnfolded;
    show(folded, foldAway);
    show(left, !foldAway);
    Node hide = left.lookup("#note-list-hide");
    if (hide != null) {
      show(hide, noteOpen && narrow);
    }
  }

  private static void show(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  private void showContent() {
    listUnfolded = false; // a note opened or started: it gets the room
    fold();
    if (vm.draftProperty().get() != null) {
      setCenter(new SessionNoteView(vm.draftProperty().get(), vm::signed, vm::discardDraft));
    } else if (vm.readingProperty().get() != null) {
      SessionNote note = vm.readingProperty().get();
      boolean addendumAdded =
          getCenter() instanceof SignedNoteView shown
              && shown.noteId() == note.id()
              && shown.addenda() < note.addenda().size();
      SignedNoteView view = new SignedNoteView(note, vm::addAddendum);
      setCenter(view);
      if (addendumAdded) {
        view.revealLatestAddendum(); // not the top of the note: the therapist checks what they
        // added
      }
    } else {
      setCenter(nothingOpen);
    }
  }

  private void installShortcuts(Scene scene) {
    if (scene == null) {
      return;
    }
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
            () -> {
              if (isVisible() && vm.draftProperty().get() != null) {
                vm.draftProperty().get().sign(vm::signed);
              }
            });
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            () -> {
              if (isVisible() && vm.clientProperty().get() != null) {
                vm.startNote(false);
              }
            });
  }

  /** Date, status and regions of one note. */
  private static final class NoteCell extends ListCell<SessionSummary> {
    private final Label date = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    // The status goes under the date when both do not fit on one line ("Signed · addendum").
    private final FlowPane heading = new FlowPane(8, 2, date, status);
    private final VBox box = new VBox(2, heading, detail);

    NoteCell() {
      heading.setPrefWrapLength(185);
      date.setMinWidth(USE_PREF_SIZE);
      status.setMinWidth(USE_PREF_SIZE);
      date.getStyleClass().add("client-cell-name");
      detail.getStyleClass().addAll("text-muted", "text-small");
      detail.setWrapText(true);
      detail.setMaxWidth(185);
      box.setMaxWidth(185);
      box.setPrefWidth(185);
    }

    @Override
    protected void updateItem(SessionSummary s, boolean empty) {
      super.updateItem(s, empty);
      if (empty || s == null) {
        setGraphic(null);
        return;
      }
      date.setText(DAY.format(s.serviceStart()));
      status
          .getStyleClass()
          .setAll("label", s.status() == NoteStatus.DRAFT ? "draft-tag" : "signed-small");
      status.setText(
          s.status() == NoteStatus.DRAFT
              ? "Draft"
              : s.addenda() > 0 ? "Signed · addendum" : "Signed");
      status.setGraphic(s.redFlag() ? new FontIcon(Material2MZ.WARNING) : null);
      String pain =
          s.painBefore() == null
              ? ""
              : "  ·  pain "
                  + s.painBefore()
                  + (s.painAfter() == null ? "" : " → " + s.painAfter());
      detail.setText((s.regions().isEmpty() ? "No regions recorded" : s.regions()) + pain);
      setGraphic(box);
      setAccessibleText(date.getText() + ", " + status.getText() + ", " + detail.getText());
    }
  }

  /** Adds a control under the note buttons (e.g. handouts to give the client). */
  public void addAction(javafx.scene.Node action) {
    left.getChildren().add(left.getChildren().indexOf(list), action);
  }
}
