package org.knotwork.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dialogs as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {
  private static final Logger log = LoggerFactory.getLogger(FxDialogService.class);
  private final Supplier<Window> owner;
  private final PracticeLock lock;
  private final FileChoosers files;
  private Path lastFolder;

  /** For screens shown before the records are unlocked (nothing to lock yet). */
  public FxDialogService(Supplier<Window> owner) {
    this(owner, new PracticeLock(), new FileChoosers(new PracticeLock()));
  }

  /**
   * Dialogs that respect the lock: none is shown while the practice is locked (messages wait for
   * the unlock), and an answer given to a dialog that was open when Knotwork locked counts as
   * "cancel".
   */
  public FxDialogService(Supplier<Window> owner, PracticeLock lock, FileChoosers files) {
    this.owner = owner;
    this.lock = lock;
    this.files = files;
  }

  @Override
  public void showError(String title, String message) {
    if (lock.isLocked()) { // shown once unlocked, never over the lock screen
      lock.whenUnlocked(() -> errorAlert(title, message).show());
      return;
    }
    errorAlert(title, message).showAndWait();
  }

  private Alert errorAlert(String title, String message) {
    Alert alert = alert(Alert.AlertType.ERROR, title, message);
    alert.getButtonTypes().setAll(new ButtonType("OK", ButtonData.OK_DONE));
    return alert;
  }

  /**
   * Shows a question and waits; empty when it was closed without an answer, when the practice is
   * locked, or when it locked while the question was open (the lock closes it).
   */
  private Optional<ButtonType> ask(Alert alert) {
    if (lock.isLocked()) {
      return Optional.empty();
    }
    PracticeLock.Stamp before = lock.stamp();
    Optional<ButtonType> answer = alert.showAndWait();
    if (!lock.unlockedThroughout(before)) {
      log.info("A question was open when Knotwork locked; it counts as cancelled");
      return Optional.empty();
    }
    return answer;
  }

  @Override
  public Optional<Path> showOpenDialog(FileDialogConfiguration dialog) {
    Optional<Path> chosen = files.open(fileChooser(dialog), owner.get());
    chosen.ifPresent(file -> lastFolder = file.getParent());
    return chosen;
  }

  @Override
  public Optional<Path> showSaveDialog(FileDialogConfiguration dialog) {
    Optional<Path> chosen = files.save(fileChooser(dialog), owner.get());
    chosen.ifPresent(file -> lastFolder = file.getParent());
    return chosen.map(dialog::withDefaultExtension);
  }

  @Override
  public Optional<Path> showDirectoryDialog(FileDialogConfiguration dialog) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(dialog.title());
    startingFolder(dialog).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    return files.folder(chooser, owner.get());
  }

  private FileChooser fileChooser(FileDialogConfiguration dialog) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(dialog.title());
    for (FileDialogConfiguration.Filter filter : dialog.filters()) {
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
    }
    if (dialog.initialFileName() != null) {
      chooser.setInitialFileName(dialog.initialFileName());
    }
    startingFolder(dialog).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
    return chooser;
  }

  /** The dialog's own starting folder, else the folder used last time, if it still exists. */
  private Optional<Path> startingFolder(FileDialogConfiguration dialog) {
    Path folder = dialog.initialDirectory() != null ? dialog.initialDirectory() : lastFolder;
    return Optional.ofNullable(folder).filter(Files::isDirectory);
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
    ButtonType choice = ask(alert).orElse(keep);
    if (choice == save) {
      return UnsavedChoice.SAVE;
    }
    return choice == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel) {
    return confirm(title, message, confirmLabel, "Cancel");
  }

  @Override
  public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
    ButtonType no = new ButtonType(cancelLabel, ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    alert.getButtonTypes().setAll(yes, no);
    return ask(alert).orElse(no) == yes;
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
    return ask(alert).filter(b -> b == yes).map(b -> typed.getText());
  }

  @Override
  public boolean askForm(
      String title,
      String message,
      javafx.scene.Node form,
      String confirmLabel,
      javafx.beans.value.ObservableBooleanValue canConfirm) {
    ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
    ButtonType no = new ButtonType("Not now", ButtonData.CANCEL_CLOSE);
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    alert.getButtonTypes().setAll(no, yes);
    Label text = (Label) alert.getDialogPane().getContent();
    text.setPrefWidth(560);
    text.setMaxWidth(560);
    javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(14, text, form);
    content.setPrefWidth(560);
    alert.getDialogPane().setContent(content);
    javafx.scene.Node confirm = alert.getDialogPane().lookupButton(yes);
    confirm
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !canConfirm.get(), canConfirm));
    return ask(alert).filter(b -> b == yes).isPresent();
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
    OpenWindows.remember(alert);
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    return alert(type, title, message, owner.get());
  }
}
