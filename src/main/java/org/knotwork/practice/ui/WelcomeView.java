package org.knotwork.practice.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.practice.Practice;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The small welcome shown the first time Knotwork opens on a data folder. */
public final class WelcomeView extends StackPane {

  public WelcomeView(WelcomeViewModel vm, String dataFolder, Consumer<Practice> onStarted) {
    setId("welcome");
    Label title = new Label("Welcome to Knotwork");
    title.getStyleClass().add("title-1");
    Label lead =
        new Label(
            "Client records and SOAP session notes for your massage practice, kept on this computer. "
                + "Nothing is sent over the internet.");
    lead.setWrapText(true);
    lead.getStyleClass().add("text-muted");

    TextField name = Forms.textField("e.g. Riverside Back Care");
    name.textProperty().bindBidirectional(vm.practiceNameProperty());
    VBox nameField = Forms.field("Name of your practice", name, "welcome-practice-name", true);
    Forms.showErrorsOnceTyped(nameField, name, vm.nameErrorBinding());
    Label who =
        new Label(
            "You sign every note, addendum and agreed plan with these details, as your"
                + " registration body has them. You can change them later under Practice.");
    who.setWrapText(true);
    who.getStyleClass().add("text-muted");
    VBox therapist =
        new VBox(
            8,
            Forms.sectionTitle("You, the therapist"),
            who,
            new TherapistFieldsView(vm.therapist(), "welcome-therapist-"));
    Button start = new Button("Start my practice", new FontIcon(Material2MZ.PLAY_ARROW));
    start.setId("welcome-start");
    start.getStyleClass().add("accent");
    start.setDefaultButton(true);
    start.disableProperty().bind(vm.canStartBinding().not());
    start.setOnAction(e -> vm.startMyPractice(onStarted));

    Label demoText =
        new Label(
            "Not ready yet? Explore a demo practice with invented clients first. "
                + "It is clearly marked as a demo and you can discard it in one step when you start for real.");
    demoText.setWrapText(true);
    Button demo = new Button("Explore a demo practice", new FontIcon(Material2AL.EXPLORE));
    demo.setId("welcome-demo");
    demo.disableProperty().bind(vm.busyProperty());
    demo.setOnAction(e -> vm.exploreDemo(onStarted));

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(20, 20);
    Label progressText = new Label();
    progressText.textProperty().bind(vm.progressProperty());
    HBox progress = new HBox(8, spinner, progressText);
    progress.setAlignment(Pos.CENTER_LEFT);
    // Its line is kept while hidden: the card is centred, so a line appearing would move the
    // button just clicked.
    progress.visibleProperty().bind(vm.busyProperty());

    Label where = new Label("Records are stored in " + dataFolder);
    where.setWrapText(true);
    where.getStyleClass().addAll("text-muted", "text-small");

    VBox card =
        new VBox(
            16,
            title,
            lead,
            nameField,
            therapist,
            start,
            new Separator(),
            demoText,
            demo,
            progress,
            where);
    card.getStyleClass().add("welcome-card");
    card.setPadding(new Insets(32));
    card.setMaxWidth(620);
    card.setMaxHeight(USE_PREF_SIZE);
    // Centred while it fits; on a small screen the card scrolls instead of being cut off.
    StackPane centre = new StackPane(card);
    centre.setPadding(new Insets(16));
    ScrollPane scroll = new ScrollPane(centre);
    scroll.setId("welcome-scroll");
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    scroll
        .viewportBoundsProperty()
        .addListener((o, was, now) -> centre.setMinHeight(now.getHeight()));
    getChildren().add(scroll);
    setAlignment(Pos.CENTER);
  }
}
