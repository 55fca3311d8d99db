package org.knotwork.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Supplier<Window> owner;
  private final BiFunction<FileChooser, Window, File> showOpenDialog;
  private final BiFunction<FileChooser, Window, File> showSaveDialog;
  private Path lastFolder;

  public FxDialogService(Supplier<Window> owner) {
    this(owner, FileChooser::showOpenDialog);
  }

  public FxDialogService(
      Supplier<Window> owner, BiFunction<FileChooser, Window, File> showOpenDialog) {
    this(owner, showOpenDialog, FileChooser::showSaveDialog);
  }

  /**
   * Like {@link #FxDialogService(Supplier)}, with another way of showing a file chooser (the
   * whole-app tests answer it without a native dialog).
   */
  public FxDialogService(
      Supplier<Window> owner,
      BiFunction<FileChooser, Window, File> showOpenDialog,
      BiFunction<FileChooser, Window, File> showSaveDialog) {
    this.owner = owner;
    this.showOpenDialog = showOpenDialog;
    this.showSaveDialog = showSaveDialog;
  }

  @Override
  public void showError(String title, String message) {
    Alert alert = alert(Alert.AlertType.ERROR, title, message);
    alert.getButtonTypes().setAll(new ButtonType("OK", ButtonData.OK_DONE));
    alert.showAndWait();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
    if (lastFolder != null && Files.isDirectory(lastFolder)) {
      chooser.setInitialDirectory(lastFolder.toFile());
    }
    File chosen = showOpenDialog.apply(chooser, owner.get());
    if (chosen == null) {
      return Optional.empty();
    }
    lastFolder = chosen.toPath().toAbsolutePath().getParent();
    return Optional.of(chosen.toPath());
  }

  @Override
  public UnsavedChoice askUnsavedChanges(String what) {
    ButtonType save = new ButtonType("Save", ButtonData.YES);
    ButtonType discard = new ButtonType("Discard changes", ButtonData.NO);
    ButtonType keep = new ButtonType("Keep editing", ButtonData.CANCEL_CLOSE);
    Alert alert =
        alert(
            Alert.AlertType.CONFIRMATION,
            "Unsaved changes",
            "The changes to " + what + " have not been saved yet.");
    alert.getButtonTypes().setAll(save, discard, keep);
    ButtonType choice = alert.showAndWait().orElse(keep);
    if (choice == save) {
      return UnsavedChoice.SAVE;
    }
    return choice == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    alert.getButtonTypes().setAll(yes, no);
    return alert.showAndWait().orElse(no) == yes;
  }

  @Override
  public Optional<Path> chooseFileToSave(
      String title, String suggestedName, String filterName, String extension) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*" + extension));
    if (lastFolder != null && Files.isDirectory(lastFolder)) {
      chooser.setInitialDirectory(lastFolder.toFile());
    }
    File chosen = showSaveDialog.apply(chooser, owner.get());
    if (chosen == null) {
      return Optional.empty();
    }
    Path file = chosen.toPath().toAbsolutePath();
    lastFolder = file.getParent();
    String name = file.getFileName().toString();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
      file = file.resolveSibling(name + extension);
    }
    return Optional.of(file);
  }

  @Override
  public Optional<String> confirmByTyping(
      String title, String message, String expected, String confirmLabel) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.WARNING, title, message);
    alert.getButtonTypes().setAll(no, yes);
    Label text = (Label) alert.getDialogPane().getContent();
    Label ask = new Label("Type “" + expected + "” exactly as shown to confirm:");
    ask.setWrapText(true);
    javafx.scene.control.TextField typed = new javafx.scene.control.TextField();
    typed.setId("dialog-typed-confirmation");
    ask.setLabelFor(typed);
    typed.setAccessibleText("Type the name to confirm");
    javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, text, ask, typed);
    alert.getDialogPane().setContent(content);
    javafx.scene.Node confirm = alert.getDialogPane().lookupButton(yes);
    confirm.getStyleClass().add("danger");
    confirm
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !TypedConfirmation.matches(typed.getText(), expected), typed.textProperty()));
    // Enter must not delete by accident: only the button, once the name matches, confirms
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
    ((javafx.scene.control.Button) confirm).setDefaultButton(false);
    javafx.application.Platform.runLater(typed::requestFocus);
    return alert.showAndWait().filter(b -> b == yes).map(b -> typed.getText());
  }

  /** An alert with a wrapped message, the title as its header and the main window as owner. */
  public static Alert alert(Alert.AlertType type, String title, String message, Window owner) {
    Alert alert = new Alert(type);
    alert.setTitle(title);
    alert.setHeaderText(title);
    Label text = new Label(message);
    text.setWrapText(true);
    text.setId("dialog-message");
    text.setMaxWidth(460);
    text.setPrefWidth(460); // a wrapping label's own width is its whole text on one line, and the
    // dialog would be placed (centred on the window) as if it were that wide
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().setId("knotwork-dialog");
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    return alert(type, title, message, owner.get());
  }
}
