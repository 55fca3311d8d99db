package org.knotwork.handout.ui;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.handout.Handout;
import org.knotwork.handout.HandoutFigure;
import org.knotwork.handout.HandoutSection;
import org.knotwork.handout.LibraryItem;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.DocumentButtons;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.FileDialogConfiguration;
import org.knotwork.ui.Forms;
import org.knotwork.ui.ListSelection;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Handouts section: the library on the left, the handout (or its editor) beside it. */
public final class HandoutLibraryView extends BorderPane {
  private final DialogService files;
  private final HandoutLibraryViewModel vm;
  private final VBox preview = new VBox(12);

  public HandoutLibraryView(
      HandoutLibraryViewModel vm, DocumentCommands<HandoutCopy> printing, DialogService files) {
    this.files = files;
    this.vm = vm;
    setId("handout-library");
    ListView<LibraryItem> list = new ListView<>(vm.items());
    list.setId("handout-list");
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(LibraryItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setGraphic(null);
                  setText(null);
                  setAccessibleText(null);
                  return;
                }
                Label title = new Label(item.title());
                title.getStyleClass().add("text-bold");
                title.setWrapText(true);
                title.setMaxWidth(250);
                VBox lines = new VBox(2, title);
                String tag = listTag(item.kind());
                if (!tag.isEmpty()) {
                  Label kind = new Label(tag);
                  kind.getStyleClass().addAll("text-muted", "text-small");
                  lines.getChildren().add(kind);
                }
                setGraphic(lines);
                setAccessibleText(tag.isEmpty() ? item.title() : item.title() + ", " + tag);
              }
            });
    ListSelection.bind(list, vm.selectedProperty());
    vm.selectedProperty().addListener((o, a, b) -> showPreview(printing));
    Button create = new Button("New handout", new FontIcon(Material2AL.ADD));
    create.setId("handout-new");
    create.setOnAction(e -> vm.create());
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox left = new VBox(10, create, list);
    left.setPadding(new Insets(16, 8, 16, 16));
    left.setPrefWidth(300);
    left.setMinWidth(260);
    list.disableProperty().bind(vm.editingProperty());
    create.disableProperty().bind(vm.editingProperty());
    setLeft(left);

    ScrollPane previewScroll = scroll(preview);
    ScrollPane editorScroll = scroll(editor());
    previewScroll.visibleProperty().bind(vm.editingProperty().not());
    editorScroll.visibleProperty().bind(vm.editingProperty());
    setCenter(new StackPane(previewScroll, editorScroll));
    vm.openClientProperty().addListener((o, a, b) -> showPreview(printing));
  }

  private void showPreview(DocumentCommands<HandoutCopy> printing) {
    preview.getChildren().clear();
    LibraryItem item = vm.selectedProperty().get();
    if (item == null) {
      return;
    }
    Handout h = item.handout();
    Label title = new Label(h.title());
    title.getStyleClass().add("title-3");
    title.setId("handout-title");
    Label kind = new Label(item.kind().label());
    kind.getStyleClass().add("text-muted");

    CheckBox forClient = new CheckBox();
    forClient.setId("handout-for-client");
    forClient.selectedProperty().bindBidirectional(vm.forOpenClientProperty());
    String name = vm.preparedFor();
    if (name == null) {
      forClient.setText("Open a client to print it with their name");
      forClient.setDisable(true);
    } else {
      forClient.setText("Print for " + name);
    }
    Button edit = button("Edit", "handout-edit", Material2AL.EDIT, vm::edit);
    edit.setTooltip(
        new Tooltip(
            item.kind() == LibraryItem.Kind.OWN
                ? "Change this handout"
                : "Change this handout; the original can be restored"));
    Button duplicate =
        button("Duplicate", "handout-duplicate", Material2AL.CONTENT_COPY, vm::duplicate);
    HBox actions = new HBox(8, edit, duplicate);
    if (item.kind() == LibraryItem.Kind.EDITED) {
      actions
          .getChildren()
          .add(button("Restore original", "handout-restore", Material2MZ.RESTORE, vm::restore));
    }
    if (item.kind() == LibraryItem.Kind.OWN) {
      Button delete = button("Delete", "handout-delete", Material2AL.DELETE_OUTLINE, vm::delete);
      delete.getStyleClass().add("danger");
      actions.getChildren().add(delete);
    }
    Label status = new Label();
    status.getStyleClass().add("text-muted");
    status.textProperty().bind(vm.statusProperty());
    status.visibleProperty().bind(status.textProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    preview
        .getChildren()
        .addAll(
            new VBox(2, title, kind),
            forClient,
            DocumentButtons.of("handout", printing, vm::copy),
            actions,
            status,
            contentPreview(h));
  }

  /**
   * What the list says under a title: nothing for a built-in handout as it came, so that the
   * therapist's edited and own handouts stand out.
   */
  private static String listTag(LibraryItem.Kind kind) {
    return switch (kind) {
      case BUILT_IN -> "";
      case EDITED -> "Edited";
      case OWN -> "Your own";
    };
  }

  private static Node contentPreview(Handout h) {
    VBox box = new VBox(10);
    box.getStyleClass().add("handout-preview");
    // the drawing and the picture side by side, as the printed handout has them
    HBox pictures = new HBox(16);
    pictures.setAlignment(Pos.CENTER_LEFT);
    if (h.figure() != null) {
      HandoutFigureView figure = new HandoutFigureView(h.figure());
      figure.setId("handout-figure");
      pictures.getChildren().add(figure);
    }
    if (h.image() != null) {
      ImageView image = new ImageView(new Image(new ByteArrayInputStream(h.image())));
      image.setFitWidth(240);
      image.setPreserveRatio(true);
      pictures.getChildren().add(image);
    }
    if (!pictures.getChildren().isEmpty()) {
      box.getChildren().add(pictures);
    }
    if (!h.intro().isBlank()) {
      box.getChildren().add(wrapped(h.intro()));
    }
    for (HandoutSection s : h.sections()) {
      Label heading = new Label(s.heading());
      heading.getStyleClass().add("text-bold");
      box.getChildren().add(heading);
      if (!s.text().isBlank()) {
        box.getChildren().add(wrapped(s.text()));
      }
      for (int i = 0; i < s.bullets().size(); i++) {
        box.getChildren()
            .add(wrapped((s.numbered() ? (i + 1) + ".  " : "•  ") + s.bullets().get(i)));
      }
    }
    if (!h.howOften().isBlank()) {
      Label heading = new Label("How often");
      heading.getStyleClass().add("text-bold");
      box.getChildren().addAll(heading, wrapped(h.howOften()));
    }
    if (!h.safety().isBlank()) {
      Label safety = wrapped(h.safety());
      safety.setGraphic(new FontIcon(Material2AL.INFO));
      safety.getStyleClass().add("handout-safety");
      box.getChildren().add(safety);
    }
    return box;
  }

  private VBox editor() {
    TextField title = Forms.textField("e.g. Foam roller for the upper back");
    title.textProperty().bindBidirectional(vm.titleProperty());
    TextArea intro = Forms.textArea(2, "One or two sentences on what this is for");
    intro.textProperty().bindBidirectional(vm.introProperty());
    TextArea body = Forms.textArea(14, "");
    body.textProperty().bindBidirectional(vm.bodyProperty());
    body.setStyle("-fx-font-family: monospace;");
    Label help =
        new Label(
            "Start each section with a line beginning “#”. Number the steps (1. 2. 3.), start"
                + " tips with “-”; other lines become the section's text.");
    help.setWrapText(true);
    help.getStyleClass().add("text-muted");
    TextField howOften = Forms.textField("e.g. Twice a day, most days");
    howOften.textProperty().bindBidirectional(vm.howOftenProperty());
    TextField safety = Forms.textField("e.g. Stop if the pain spreads or you feel tingling");
    safety.textProperty().bindBidirectional(vm.safetyProperty());
    ComboBox<HandoutFigure> figure = new ComboBox<>();
    figure.getItems().add(null);
    figure.getItems().addAll(HandoutFigure.values());
    EnumCells.labelled(figure, HandoutFigure::label, "No drawing");
    figure.valueProperty().bindBidirectional(vm.figureProperty());
    Button image = new Button("Add picture…", new FontIcon(Material2AL.IMAGE));
    image.setOnAction(
        e ->
            files
                .showOpenDialog(
                    FileDialogConfiguration.titled("Choose a picture")
                        .withFilter("PNG or JPEG", "*.png", "*.jpg", "*.jpeg"))
                .ifPresent(vm::chooseImage));
    Button removeImage = new Button("Remove picture");
    removeImage.disableProperty().bind(vm.imageProperty().isNull());
    removeImage.setOnAction(e -> vm.imageProperty().set(null));
    Label hasImage = new Label();
    hasImage
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.imageProperty().get() == null ? "No picture" : "Picture added",
                vm.imageProperty()));
    HBox pictures = new HBox(8, figure, image, removeImage, hasImage);
    pictures.setAlignment(Pos.CENTER_LEFT);

    Button save = button("Save handout", "handout-save", Material2MZ.SAVE, vm::save);
    save.getStyleClass().add("accent");
    Button cancel = button("Cancel", "handout-cancel", Material2AL.CLOSE, vm::cancelEdit);
    Label status = new Label();
    status.setId("handout-editor-status");
    status.textProperty().bind(vm.statusProperty());
    status.getStyleClass().add("field-error");
    HBox buttons = new HBox(8, save, cancel, status);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Label heading = new Label("Edit handout");
    heading.getStyleClass().add("title-3");
    return new VBox(
        12,
        heading,
        Forms.field("Title", title, "handout-edit-title", true),
        Forms.field("Introduction", intro, "handout-edit-intro", false),
        Forms.field("Sections", body, "handout-edit-body", false),
        help,
        Forms.field("How often", howOften, "handout-edit-how-often", false),
        Forms.field("Safety line", safety, "handout-edit-safety", false),
        Forms.group("Drawing or picture", pictures),
        buttons);
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    return label;
  }

  private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon, Runnable r) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setOnAction(e -> r.run());
    return b;
  }

  private static ScrollPane scroll(VBox content) {
    content.setPadding(new Insets(16, 24, 24, 16));
    content.setMaxWidth(820);
    ScrollPane pane = new ScrollPane(content);
    pane.setFitToWidth(true);
    return pane;
  }
}
