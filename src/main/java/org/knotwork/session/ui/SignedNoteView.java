package org.knotwork.session.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.knotwork.session.Addendum;
import org.knotwork.session.NoteHash;
import org.knotwork.session.Position;
import org.knotwork.session.RedFlagQuestion;
import org.knotwork.session.RedFlagSummary;
import org.knotwork.session.RegionFinding;
import org.knotwork.session.SessionNote;
import org.knotwork.session.Subjective;
import org.knotwork.session.Treatment;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A signed note, read-only, with its addenda below and a form to add one. */
final class SignedNoteView extends ScrollPane {
  private static final String[] GRADES = {"0", "I", "II", "III", "IV"};

  private final long noteId;
  private final int addenda;
  private final VBox page = new VBox(18);

  SignedNoteView(SessionNote note, BiConsumer<String, String> addAddendum) {
    noteId = note.id();
    addenda = note.addenda().size();
    setId("signed-note");
    setFitToWidth(true);
    page.setPadding(new Insets(16, 24, 24, 24));
    Label signed =
        new Label(
            "Signed "
                + NoteSections.DAY_TIME.format(note.signedAt())
                + (note.signer() == null ? "" : " by " + note.signer().nameAndTitle())
                + " — read-only");
    signed.setId("signed-note-status");
    signed.setGraphic(new FontIcon(Material2AL.LOCK));
    signed.getStyleClass().add("signed-tag");
    page.getChildren().add(signed);
    if (!NoteHash.intact(note) && note.contentHash() != null) {
      Label broken =
          new Label(
              "This note no longer matches what was signed. Its stored text was changed outside "
                  + "Knotwork. Keep the backup copies and check them.");
      broken.getStyleClass().add("red-flag-alert");
      broken.setWrapText(true);
      page.getChildren().add(broken);
    }
    page.getChildren()
        .addAll(
            session(note),
            subjective(note.subjective()),
            redFlags(note),
            findings(note),
            block(
                "A — Assessment / clinical impression",
                List.of(
                    line("Response", note.response()),
                    line("Adverse reactions", note.adverseReactions()))),
            block(
                "P — Plan",
                List.of(
                    line("Next focus", note.plan().nextFocus()),
                    line("Frequency", note.plan().frequency()),
                    line("Home care", note.plan().homeCare()),
                    line("Referral", note.plan().referral()))),
            addenda(note, addAddendum));
    // A narrow window wraps the note's words rather than cutting them short.
    page.lookupAll(".label")
        .forEach(
            n -> {
              if (n instanceof Label label) {
                label.setWrapText(true);
                label.setMinHeight(USE_PREF_SIZE);
              }
            });
    setContent(page);
  }

  long noteId() {
    return noteId;
  }

  /** How many addenda this view shows. */
  int addenda() {
    return addenda;
  }

  /**
   * Scrolls, once laid out, so that the latest addendum stands near the top of the view with the
   * form to add another below it.
   */
  void revealLatestAddendum() {
    Scene scene = getScene();
    if (scene == null) {
      return;
    }
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          // Listeners are not removed while the scene runs them.
          Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
          if (getScene() == scene) {
            scrollToLatestAddendum();
          }
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  private void scrollToLatestAddendum() {
    Set<Node> all = page.lookupAll(".addendum");
    Node latest = null;
    for (Node n : all) {
      latest = n;
    }
    double content = page.getLayoutBounds().getHeight();
    double viewport = getViewportBounds().getHeight();
    if (latest == null || content <= viewport) {
      return;
    }
    double y = page.sceneToLocal(latest.localToScene(latest.getLayoutBounds())).getMinY() - 16;
    setVvalue(Math.max(0, Math.min(1, y / (content - viewport))));
  }

  private static Node session(SessionNote n) {
    List<String[]> lines = new ArrayList<>();
    lines.add(
        line(
            "Session",
            NoteSections.DAY_TIME.format(n.serviceStart()) + ", " + n.durationMinutes() + " min"));
    lines.add(
        line(
            "Position",
            String.join(", ", n.positions().stream().sorted().map(Position::label).toList())));
    lines.add(
        line(
            "Written",
            NoteSections.DAY_TIME.format(n.writtenAt()) + (n.lateEntry() ? " (late entry)" : "")));
    return block("Session", lines);
  }

  private static Node subjective(Subjective s) {
    return block(
        "S — Subjective",
        List.of(
            line("Chief complaint", s.chiefComplaint()),
            line(
                "Pain now / worst / best",
                pain(s.painNow()) + " / " + pain(s.painWorst()) + " / " + pain(s.painBest())),
            line("Onset", s.onset()),
            line("Character", s.character()),
            line("Worse with", s.aggravating()),
            line("Better with", s.relieving()),
            line("Radiation", s.radiation()),
            line("Changes since last", s.changesSinceLast()),
            line(
                "Health history",
                s.historyReviewed()
                    ? "Reviewed"
                        + (s.historyChanges() == null ? ", no changes" : ": " + s.historyChanges())
                    : "Not reviewed"),
            line("Stress, sleep, work", s.stressSleepWork()),
            line("Client's goal", s.clientGoal())));
  }

  private static Node redFlags(SessionNote n) {
    List<RedFlagQuestion> yes = n.yesFlags();
    List<String[]> lines = new ArrayList<>();
    if (yes.isEmpty()) {
      lines.add(
          line(
              "Answers",
              n.redFlags().isEmpty()
                  ? "Not asked"
                  : n.notAsked().isEmpty()
                      ? "No red flags reported"
                      : "No red flags reported to the questions asked"));
    }
    yes.forEach(q -> lines.add(line(RedFlagSummary.yesLabel(n, q), q.question())));
    if (!n.notAsked().isEmpty()) {
      lines.add(line("Not asked (no answer recorded)", RedFlagSummary.notAsked(n)));
    }
    if (!yes.isEmpty()) {
      lines.add(line("Advice given", n.redFlagAdvice()));
    }
    if (n.endedWithoutTreatment()) {
      lines.add(line("Outcome", RedFlagSummary.ENDED_WITHOUT_TREATMENT));
    }
    VBox box = block("Red-flag screen", lines);
    if (!yes.isEmpty()) {
      box.getStyleClass().add(n.urgentFlags().isEmpty() ? "caution-box" : "red-flag-box");
    }
    if (n.endedWithoutTreatment()) {
      box.setId("signed-ended-without-treatment");
    }
    return box;
  }

  private static Node findings(SessionNote n) {
    VBox box = new VBox(10, Forms.sectionTitle("O — Findings and treatment"));
    if (n.findings().isEmpty()) {
      box.getChildren().add(new Label("No regions recorded."));
    }
    for (RegionFinding f : n.findings()) {
      List<String[]> lines = new ArrayList<>();
      lines.add(line("Pain before → after", pain(f.painBefore()) + " → " + pain(f.painAfter())));
      List<String> palpation = new ArrayList<>();
      if (f.tone() != null) palpation.add(f.tone().label().toLowerCase(Locale.ROOT));
      if (f.triggerActive()) palpation.add("active trigger points");
      if (f.triggerLatent()) palpation.add("latent trigger points");
      if (f.tenderness() != null) palpation.add("tenderness grade " + GRADES[f.tenderness()]);
      if (f.adhesions()) palpation.add("adhesions");
      lines.add(line("Palpation", String.join(", ", palpation)));
      lines.add(line("Range of motion", f.romNotes()));
      lines.add(line("Observations", f.observations()));
      lines.add(
          line(
              "Treatment",
              String.join("; ", f.treatments().stream().map(SignedNoteView::treatment).toList())));
      VBox region = block(f.label(), lines);
      region.getStyleClass().add("finding-block");
      box.getChildren().add(region);
    }
    return box;
  }

  private static String treatment(Treatment t) {
    return t.technique().label()
        + (t.pressure() == null ? "" : ", " + t.pressure().label().toLowerCase(Locale.ROOT))
        + (t.minutes() == null ? "" : ", " + t.minutes() + " min");
  }

  private static Node addenda(SessionNote n, BiConsumer<String, String> addAddendum) {
    VBox box = new VBox(10, Forms.sectionTitle("Addenda"));
    box.setId("addenda");
    for (Addendum a : n.addenda()) {
      Label head =
          new Label(
              NoteSections.DAY_TIME.format(a.writtenAt())
                  + " · "
                  + (a.signer() == null ? a.author() : a.signer().nameAndTitle())
                  + " · Reason: "
                  + a.reason());
      head.getStyleClass().add("text-muted");
      Label text = new Label(a.text());
      text.setWrapText(true);
      VBox entry = new VBox(4, head, text);
      entry.getStyleClass().add("addendum");
      box.getChildren().add(entry);
    }
    TextField reason = Forms.textField("e.g. Late entry, correction of pain score");
    TextArea text =
        Forms.textArea(3, "What is added or corrected. The original note stays as it is.");
    Button add = new Button("Add addendum", new FontIcon(Material2MZ.NOTE_ADD));
    add.setId("addendum-add");
    add.disableProperty().bind(reason.textProperty().isEmpty().or(text.textProperty().isEmpty()));
    add.setOnAction(e -> addAddendum.accept(reason.getText(), text.getText()));
    box.getChildren()
        .addAll(
            Forms.field("Reason for the addendum", reason, "addendum-reason", true),
            Forms.field("Addendum", text, "addendum-text", true),
            add);
    return box;
  }

  private static VBox block(String title, List<String[]> lines) {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(4);
    int row = 0;
    for (String[] l : lines) {
      if (l[1] == null || l[1].isBlank()) {
        continue;
      }
      Label key = new Label(l[0]);
      key.getStyleClass().add("text-muted");
      key.setMinWidth(170);
      Label value = new Label(l[1]);
      value.setWrapText(true);
      grid.addRow(row++, key, value);
    }
    VBox box = new VBox(8, Forms.sectionTitle(title), grid);
    box.getStyleClass().add("note-block");
    return box;
  }

  private static String[] line(String key, String value) {
    return new String[] {key, value};
  }

  private static String pain(Integer p) {
    return p == null ? "–" : p + "/10";
  }
}
