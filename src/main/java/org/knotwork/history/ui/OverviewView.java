package org.knotwork.history.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.history.ClientOverview;
import org.knotwork.history.RegionProgress;
import org.knotwork.history.Trend;
import org.knotwork.outcome.Change;
import org.knotwork.outcome.OutcomeService;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Overview tab: visits, pain per region with its trend, outcome measures, what is due. */
public final class OverviewView extends ScrollPane {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private final VBox page = new VBox(22);

  public OverviewView(OverviewViewModel vm) {
    setId("overview");
    setFitToWidth(true);
    page.setPadding(new Insets(16, 24, 24, 24));
    setContent(page);
    vm.storyProperty().addListener((obs, old, story) -> show(story));
  }

  private void show(OverviewViewModel.Story story) {
    page.getChildren().clear();
    if (story == null) {
      return;
    }
    ClientOverview o = story.overview();
    FlowPane facts =
        cards(
            fact(
                "overview-last-visit",
                "Last visit",
                o.lastVisit() == null ? "None yet" : DAY.format(o.lastVisit()),
                o.daysSinceLastVisit() == null ? "" : days(o.daysSinceLastVisit())),
            fact("overview-sessions", "Sessions", story.sessionsValue(), story.sessionsDetail()),
            fact(
                "overview-next-reassessment",
                "Next reassessment",
                story.nextReassessment().map(DAY::format).orElse("None planned"),
                story.nextReassessment().isEmpty()
                    ? "no measures recorded yet"
                    : story.reassessmentOverdueDays() > 0
                        ? "overdue by " + story.reassessmentOverdueDays() + " days"
                        : "based on the last measures"),
            fact(
                "overview-last-red-flag",
                "Last red flag",
                o.lastRedFlag().map(DAY::format).orElse("None recorded"),
                ""));
    facts.setId("overview-facts");
    page.getChildren().addAll(facts, regions(o), measures(story));
  }

  private static Node regions(ClientOverview o) {
    VBox box = new VBox(8, Forms.sectionTitle("Pain by region (before treatment, 0–10)"));
    if (o.regions().isEmpty()) {
      box.getChildren().add(muted("No region has been recorded in a signed note yet."));
      return box;
    }
    GridPane grid = table("Region", "First", "Latest", "Sessions", "Since the first session");
    grid.setId("overview-regions");
    int row = 1;
    for (RegionProgress r : o.regions()) {
      grid.addRow(
          row++,
          wrapping(r.region().label(), 80),
          dated(Integer.toString(r.firstPain()), r.firstDate()),
          dated(Integer.toString(r.latestPain()), r.latestDate()),
          new Label(Integer.toString(r.sessions())),
          trend(r.trend(), r.sessions() == 1 ? "Seen once" : r.trend().label()));
    }
    box.getChildren()
        .addAll(
            grid, muted("A change of 2 points or more on the 0–10 scale counts as meaningful."));
    return box;
  }

  private static Node measures(OverviewViewModel.Story story) {
    VBox box = new VBox(8, Forms.sectionTitle("Outcome measures"));
    if (story.measures().isEmpty()) {
      box.getChildren().add(muted("No measure has been recorded twice yet; see the Measures tab."));
      return box;
    }
    GridPane grid = table("Measure", "Baseline", "Latest", "Change");
    grid.setId("overview-measures");
    int row = 1;
    for (OutcomeService.Progress p : story.measures()) {
      Trend t =
          p.change() == Change.IMPROVED
              ? Trend.IMPROVING
              : p.change() == Change.WORSE ? Trend.WORSE : Trend.UNCHANGED;
      Label change = trend(t, p.change().label() + " " + p.since().label());
      change.setId("overview-measure-change");
      grid.addRow(
          row++,
          wrapping(p.instrument().name(), 120),
          dated(p.first().formattedScore(), p.first().takenOn()),
          dated(p.latest().formattedScore(), p.latest().takenOn()),
          change);
    }
    box.getChildren()
        .addAll(
            grid,
            muted(
                "Progress is measured from the first score of the client's current treatment"
                    + " plan, or from a score you mark as a new baseline on the Measures tab."));
    return box;
  }

  private static Label trend(Trend trend, String text) {
    Label label = new Label(text);
    label.setGraphic(
        new FontIcon(
            switch (trend) {
              case IMPROVING -> Material2MZ.THUMB_UP;
              case WORSE -> Material2MZ.WARNING;
              case UNCHANGED -> Material2MZ.REMOVE;
            }));
    label.getStyleClass().add("trend-" + trend.name().toLowerCase(Locale.ROOT));
    label.setWrapText(true);
    label.setMinWidth(110);
    return label;
  }

  /**
   * A small table that fits a narrow window: its wrapping cells (names, trends, headings) give way
   * first, down to their own minimum width; nothing else is ever cut short.
   */
  private static GridPane table(String... headers) {
    GridPane grid = new GridPane();
    grid.getChildren()
        .addListener(
            (javafx.collections.ListChangeListener<Node>)
                c -> {
                  while (c.next()) {
                    for (Node n : c.getAddedSubList()) {
                      Region cell = (Region) n;
                      if (!(cell instanceof Label l && l.isWrapText())) {
                        cell.setMinWidth(Region.USE_PREF_SIZE);
                      }
                      cell.setMinHeight(Region.USE_PREF_SIZE);
                    }
                  }
                });
    grid.setHgap(18);
    grid.setVgap(6);
    for (int i = 0; i < headers.length; i++) {
      Label h = muted(headers[i]);
      h.setMinWidth(60);
      grid.add(h, i, 0);
    }
    return grid;
  }

  /** A name that wraps onto a second line in a narrow window, never narrower than {@code min}. */
  private static Label wrapping(String text, double min) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinWidth(min);
    return label;
  }

  /** A score with the day it was taken under it. */
  private static VBox dated(String score, java.time.LocalDate day) {
    Label date = new Label(DAY.format(day));
    date.getStyleClass().addAll("text-muted", "text-small");
    date.setMinWidth(Region.USE_PREF_SIZE);
    Label value = new Label(score);
    value.setMinWidth(Region.USE_PREF_SIZE);
    return new VBox(0, value, date);
  }

  /**
   * The fact cards side by side, four in a row where there is room, else two (or one), all of a row
   * the same width; a card never runs off the page.
   */
  private static FlowPane cards(VBox... cards) {
    double gap = 16;
    double narrowest = 170;
    FlowPane flow = new FlowPane(gap, gap, cards);
    flow.setMinWidth(0);
    flow.widthProperty()
        .addListener(
            (obs, old, width) -> {
              double w = width.doubleValue();
              int columns = w >= 4 * narrowest + 3 * gap ? 4 : w >= 2 * narrowest + gap ? 2 : 1;
              double each = Math.floor((w - (columns - 1) * gap) / columns);
              for (VBox card : cards) {
                card.setPrefWidth(each);
              }
            });
    return flow;
  }

  private static VBox fact(String id, String title, String value, String detail) {
    Label t = muted(title);
    Label v = new Label(value);
    v.getStyleClass().add("title-4");
    Label d = muted(detail);
    VBox box = new VBox(2, t, v, d);
    box.getStyleClass().add("fact-card");
    box.setId(id);
    box.setAlignment(Pos.TOP_LEFT);
    box.setMinWidth(0);
    return box;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("text-muted");
    label.setWrapText(true);
    return label;
  }

  private static String days(long days) {
    return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
  }
}
