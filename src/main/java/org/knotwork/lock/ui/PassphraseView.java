package org.knotwork.lock.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.ui.Forms;
import org.knotwork.ui.ReservedRoom;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The passphrase screen: set it the first time, or unlock the records. */
public final class PassphraseView extends StackPane {
  public PassphraseView(PassphraseViewModel vm) {
    setId("passphrase-screen");
    getStyleClass().add("passphrase-screen");
    FontIcon lock = new FontIcon(Material2AL.LOCK);
    lock.setIconSize(40);
    lock.getStyleClass().add("icon-muted");
    Label title = new Label(title(vm.mode()));
    title.getStyleClass().add("title-2");
    Label intro = new Label(intro(vm.mode()));
    intro.setWrapText(true);

    PasswordField passphrase = new PasswordField();
    passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
    VBox card = new VBox(14, lock, title, intro);
    card.getChildren()
        .add(
            Forms.field(
                vm.mode() == PassphraseViewModel.Mode.UNLOCK ? "Passphrase" : "New passphrase",
                passphrase,
                "passphrase",
                true));
    if (vm.mode() != PassphraseViewModel.Mode.UNLOCK) {
      Label hint = new Label();
      hint.setId("passphrase-hint");
      hint.setWrapText(true);
      hint.getStyleClass().add("text-muted");
      hint.textProperty().bind(vm.hintBinding());
      PasswordField repeat = new PasswordField();
      repeat.textProperty().bindBidirectional(vm.repeatProperty());
      repeat.setOnAction(e -> vm.submit());
      Label warning =
          new Label(
              "Write the passphrase down and keep it somewhere safe, away from this computer. If"
                  + " it is forgotten, nobody can open these records, not even us: there is no way"
                  + " to reset it.");
      warning.setWrapText(true);
      warning.setGraphic(new FontIcon(Material2AL.INFO));
      warning.getStyleClass().add("alert-chip");
      warning.setId("passphrase-warning");
      VBox again = Forms.field("Type it again", repeat, "passphrase-repeat", true);
      Forms.showErrorsInPlace(again, repeat, vm.mismatchBinding());
      card.getChildren()
          .addAll(
              // The hint keeps its room when it changes or goes, so "Type it again" stays put.
              ReservedRoom.around(hint, vm.possibleHints()), again, warning);
    } else {
      passphrase.setOnAction(e -> vm.submit());
    }
    Label error = new Label();
    error.setId("passphrase-error");
    error.setWrapText(true);
    error.getStyleClass().add("field-error");
    error.textProperty().bind(vm.errorProperty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    Button submit = new Button(button(vm.mode()), new FontIcon(Material2AL.LOCK_OPEN));
    submit.setId("passphrase-submit");
    submit.getStyleClass().add("accent");
    submit.setDefaultButton(true);
    submit.disableProperty().bind(vm.canSubmitBinding().not());
    submit.setOnAction(e -> vm.submit());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(20, 20);
    working.visibleProperty().bind(vm.busyProperty());
    HBox actions = new HBox(12, submit, working);
    actions.setAlignment(Pos.CENTER_LEFT);
    // The error appears below the button, where it pushes nothing the therapist may click.
    card.getChildren().addAll(actions, error);
    card.setMaxWidth(520);
    card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    card.setPadding(new Insets(32));
    card.getStyleClass().add("passphrase-card");
    getChildren().add(card);
    // Held from the top, not centred: a card that grows (an error below the button) moves nothing.
    setAlignment(Pos.TOP_CENTER);
    paddingProperty()
        .bind(
            javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Insets(Math.max(24, heightProperty().get() * 0.08), 24, 24, 24),
                heightProperty()));
    sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                passphrase.requestFocus();
              }
            });
  }

  private static String title(PassphraseViewModel.Mode mode) {
    return switch (mode) {
      case CREATE -> "Protect your records";
      case ENCRYPT -> "Protect your existing records";
      case UNLOCK -> "Knotwork is locked";
    };
  }

  private static String intro(PassphraseViewModel.Mode mode) {
    return switch (mode) {
      case CREATE ->
          "Choose a passphrase. Your client records are encrypted with it on this computer, so"
              + " nobody who takes the laptop can read them.";
      case ENCRYPT ->
          "This version of Knotwork encrypts your client records. Choose a passphrase and your"
              + " records will be encrypted with it now. A safety copy is kept until that has"
              + " worked.";
      case UNLOCK -> "Enter your passphrase to open your client records.";
    };
  }

  private static String button(PassphraseViewModel.Mode mode) {
    return switch (mode) {
      case CREATE -> "Protect and continue";
      case ENCRYPT -> "Encrypt my records";
      case UNLOCK -> "Unlock";
    };
  }
}
