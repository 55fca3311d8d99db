package org.knotwork.plan.ui;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.knotwork.body.BackRegion;
import org.knotwork.body.Side;
import org.knotwork.handout.LibraryItem;
import org.knotwork.outcome.Instrument;
import org.knotwork.plan.FocusArea;
import org.knotwork.plan.Frequency;
import org.knotwork.plan.PlanGoal;
import org.knotwork.plan.PlanStatus;
import org.knotwork.plan.TreatmentPlan;
import org.knotwork.session.Technique;
import org.knotwork.ui.DocumentButtons;
import org.knotwork.ui.DocumentCommands;
import org.knotwork.ui.EnumCells;
import org.knotwork.ui.Forms;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Plans section of a client: the plans on the left, the plan or the draft editor beside. */
public final class PlansView extends BorderPane {
  private final PlansViewModel vm;
  private final DocumentCommands<Long> documents;
  private final VBox detail = new VBox(14);
  private final VBox editor = new VBox(16);
  private final VBox goalRows = new VBox(10);
  private final VBox handoutChecks = new VBox(4);
  private final java.util.Map<String, CheckBox> handoutBoxes = new java.util.HashMap<>();

  public PlansView(PlansViewModel vm, DocumentCommands<Long> documents) {
    this.vm = vm;
    this.documents = documents;
    setId("plans-view");
    setLeft(planList());
    ScrollPane detailScroll = scroll(detail, "plan-detail");
    ScrollPane editorScroll = scroll(editor, "plan-editor");
    buildEditor();
    editorScroll.visibleProperty().bind(vm.editingProperty().isNotNull());
    detailScroll.visibleProperty().bind(vm.editingProperty().isNull());
    setCenter(new StackPane(detailScroll, editorScroll));
    vm.selectedProperty().addListener((o, a, b) -> showDetail());
    vm.plans().addListener((ListChangeListener<TreatmentPlan>) c -> showDetail());
    showDetail();
  }

  private Node planList() {
    Button add = new Button("New plan", new FontIcon(Material2AL.ADD));
    add.setId("plan-new");
    add.getStyleClass().add("accent");
    add.setTooltip(new Tooltip("Start a draft from the latest note and measures"));
    add.setOnAction(e -> vm.newPlan());
    add.disableProperty().bind(vm.editingProperty().isNotNull());
    ListView<TreatmentPlan> list = new ListView<>(vm.plans());
    list.setId("plan-list");
    list.setPlaceholder(
        wrap(
            "No plan yet. Start one with New plan: it is filled in from the latest note and"
                + " measures."));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(TreatmentPlan p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label status = statusChip(p.status());
                HBox chip = new HBox(status);
                Label when = new Label("From " + PlanFormat.day(p.startsOn()));
                when.getStyleClass().add("text-bold");
                Label schedule =
                    new Label(
                        p.frequency().label()
                            + " × "
                            + p.sessionCount()
                            + " · "
                            + p.sessionMinutes()
                            + " min");
                schedule.getStyleClass().add("text-muted");
                setGraphic(new VBox(2, when, schedule, chip));
                setText(null);
              }
            });
    bindSelection(list);
    VBox.setVgrow(list, Priority.ALWAYS);
    // what was just done ("Draft deleted", "Draft saved 14:02"), below the list: it pushes nothing
    Label status = new Label();
    status.setId("plans-status");
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    status.textProperty().bind(vm.statusProperty());
    status.setMinHeight(USE_PREF_SIZE);
    VBox box = new VBox(10, add, list, status);
    box.setPadding(new Insets(16, 8, 16, 16));
    box.setPrefWidth(230);
    box.setMinWidth(200);
    return box;
  }

  /**
   * A click on another plan while a draft is open asks about the draft's unsaved changes first;
   * "Keep editing" leaves the list as it was.
   */
  private void bindSelection(ListView<TreatmentPlan> list) {
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, before, now) -> {
              if (now == null || now == vm.selectedProperty().get()) {
                return;
              }
              if (vm.editingProperty().get() == null) {
                vm.selectedProperty().set(now);
              } else if (!vm.leaveEditor(() -> vm.selectedProperty().set(now))) {
                javafx.application.Platform.runLater(
                    () -> list.getSelectionModel().select(vm.selectedProperty().get()));
              }
            });
    vm.selectedProperty()
        .addListener(
            (o, before, now) -> {
              if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
              }
            });
  }

  // ----- the plan as agreed (read-only) -----

  private void showDetail() {
    detail.getChildren().clear();
    TreatmentPlan p = vm.selectedProperty().get();
    if (p == null) {
      Label empty =
          wrap(
              "A treatment plan records what you and the client agreed: the goals, the regions"
                  + " and techniques, how often you meet, home care and when to reassess. Start"
                  + " one with New plan, print it for the client to sign, then record their"
                  + " agreement.");
      empty.setId("plans-empty");
      detail.getChildren().add(empty);
      return;
    }
    Label title = new Label("Treatment plan from " + PlanFormat.day(p.startsOn()));
    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    title.setMinWidth(0); // wraps rather than widening the page
    VBox head = new VBox(4, title, new HBox(statusChip(p.status())));
    FlowPane actions = new FlowPane(8, 8);
    if (p.status() == PlanStatus.DRAFT) {
      actions
          .getChildren()
          .add(button("Edit draft", "plan-edit", Material2AL.EDIT, () -> vm.edit(p)));
    } else {
      actions
          .getChildren()
          .add(
              button(
                  p.status() == PlanStatus.ACTIVE ? "Revise…" : "Start a new plan from this",
                  "plan-revise",
                  Material2AL.CONTENT_COPY,
                  vm::revise));
    }
    if (p.status() == PlanStatus.ACTIVE) {
      actions
          .getChildren()
          .add(button("Complete", "plan-complete", Material2AL.DONE_ALL, vm::complete));
    }
    detail
        .getChildren()
        .addAll(
            head,
            DocumentButtons.of("plan", documents, () -> p.id()),
            actions,
            fact("Clinical impression", p.impression().isBlank() ? "—" : p.impression()),
            fact(
                "Focus",
                p.focus().isEmpty()
                    ? "—"
                    : String.join(", ", p.focus().stream().map(FocusArea::label).toList())),
            fact(
                "Techniques",
                p.modalities().isEmpty()
                    ? "—"
                    : String.join(", ", p.modalities().stream().map(Technique::label).toList())),
            fact("Schedule", p.schedule() + ", starting " + PlanFormat.day(p.startsOn())),
            goals(p),
            fact(
                "Home care",
                String.join(
                        "\n", p.handouts().stream().map(r -> "• " + vm.handoutTitle(r)).toList())
                    + (p.homeCare().isBlank() ? "" : "\n" + p.homeCare())),
            fact("Reassessment", PlanFormat.day(p.reassessOn())),
            fact("Referrals", p.referrals().isBlank() ? "None" : p.referrals()),
            fact(
                "Client's agreement",
                p.consentOn() == null
                    ? "Not yet agreed. Print the plan for the client to read and sign."
                    : "Agreed on " + PlanFormat.day(p.consentOn())));
    if (p.status() == PlanStatus.ACTIVE
        && p.reassessOn() != null
        && p.reassessOn().isBefore(vm.today())) {
      Label overdue =
          new Label(
              "Reassessment was due on "
                  + PlanFormat.day(p.reassessOn())
                  + ". Reassess the client, then revise or complete the plan.");
      overdue.setId("plan-reassessment-overdue");
      overdue.setWrapText(true);
      overdue.setGraphic(new FontIcon(Material2MZ.WARNING));
      overdue.getStyleClass().add("alert-chip");
      detail.getChildren().add(1, overdue);
    }
  }

  private Node goals(TreatmentPlan p) {
    if (p.goals().isEmpty()) {
      return fact("Goals", "—");
    }
    StringBuilder text = new StringBuilder();
    for (PlanGoal g : p.goals()) {
      text.append("• ").append(g.text());
      if (g.baseline() != null) {
        text.append(" — ")
            .append(g.measureName())
            .append(' ')
            .append(g.baseline().stripTrailingZeros().toPlainString())
            .append(" → ")
            .append(g.target().stripTrailingZeros().toPlainString());
      }
      if (g.byDate() != null) {
        text.append(" by ").append(PlanFormat.day(g.byDate()));
      }
      text.append('\n');
    }
    return fact("Goals", text.toString().strip());
  }

  // ----- the draft editor -----

  private void buildEditor() {
    Label title = new Label("Draft plan");
    title.getStyleClass().add("title-3");
    Button save = button("Save draft", "plan-save-draft", Material2MZ.SAVE, vm::saveDraft);
    save.disableProperty().bind(vm.canSaveProperty().not());
    save.setTooltip(new Tooltip("Save the draft (Ctrl+S)"));
    Button discard =
        button("Delete draft", "plan-discard", Material2AL.DELETE_OUTLINE, vm::discardDraft);
    discard.getStyleClass().add("danger");
    Button close = button("Save and close", "plan-close", Material2AL.CLOSE, vm::saveAndClose);
    close.setTooltip(new Tooltip("Save the draft and close the editor"));
    discard.setTooltip(new Tooltip("Delete this draft (asks first)"));
    FlowPane head = new FlowPane(8, 8, save, close, discard);
    head.setAlignment(Pos.CENTER_LEFT);

    DatePicker starts = Forms.datePicker();
    starts.valueProperty().bindBidirectional(vm.startsOnProperty());
    DatePicker reassess = Forms.datePicker();
    reassess.valueProperty().bindBidirectional(vm.reassessOnProperty());
    GridPane dates = Forms.grid();
    dates.add(withError(Forms.field("Starts on", starts, "plan-starts", true), "startsOn"), 0, 0);
    dates.add(
        withError(Forms.field("Reassess on", reassess, "plan-reassess", false), "reassessOn"),
        1,
        0);

    TextArea impression =
        Forms.textArea(3, "In your own words: what you find and what you think is going on");
    impression.textProperty().bindBidirectional(vm.impressionProperty());

    editor
        .getChildren()
        .addAll(
            title,
            head,
            dates,
            withError(
                Forms.field("Clinical impression", impression, "plan-impression", false),
                "impression"),
            Forms.group("Regions to work on", focusGrid()),
            Forms.group("Techniques", modalityChecks()),
            Forms.group("Schedule", schedule()),
            goalsEditor(),
            homeCare(),
            referrals(),
            agreement());
  }

  private Node focusGrid() {
    FlowPane grid = new FlowPane(16, 6);
    BackRegion[] regions = BackRegion.values();
    for (int i = 0; i < regions.length; i++) {
      BackRegion r = regions[i];
      ComboBox<Side> side = new ComboBox<>();
      side.getItems().add(null);
      side.getItems().addAll(Side.values());
      EnumCells.labelled(side, PlansView::sideLabel, "Not included");
      side.setId("plan-focus-" + r.name().toLowerCase(java.util.Locale.ROOT));
      side.setMinWidth(USE_PREF_SIZE);
      side.setValue(vm.focus().get(r));
      vm.focus()
          .addListener(
              (javafx.collections.MapChangeListener<BackRegion, Side>)
                  c -> side.setValue(vm.focus().get(r)));
      side.valueProperty().addListener((o, a, b) -> vm.setFocus(r, b));
      Label label = new Label(r.label());
      label.setLabelFor(side);
      label.setMinWidth(90);
      HBox pair = new HBox(8, label, side);
      pair.setAlignment(Pos.CENTER_LEFT);
      grid.getChildren().add(pair);
    }
    return grid;
  }

  private static String sideLabel(Side s) {
    return switch (s) {
      case LEFT -> "Left";
      case RIGHT -> "Right";
      case BILATERAL -> "Both sides";
      case LEFT_GREATER -> "Both, left worse (L>R)";
      case RIGHT_GREATER -> "Both, right worse (R>L)";
    };
  }

  private Node modalityChecks() {
    FlowPane pane = new FlowPane(14, 6);
    for (Technique t : Technique.values()) {
      CheckBox box = new CheckBox(t.label());
      box.setId("plan-technique-" + t.name().toLowerCase(java.util.Locale.ROOT));
      box.setSelected(vm.modalities().contains(t));
      vm.modalities()
          .addListener(
              (javafx.collections.SetChangeListener<Technique>)
                  c -> box.setSelected(vm.modalities().contains(t)));
      box.selectedProperty()
          .addListener(
              (o, a, b) -> {
                if (b) {
                  vm.modalities().add(t);
                } else {
                  vm.modalities().remove(t);
                }
              });
      pane.getChildren().add(box);
    }
    return pane;
  }

  private Node schedule() {
    Spinner<Integer> minutes = Forms.spinner(15, 180, 60, 5);
    minutes.setId("plan-minutes");
    minutes.setPrefWidth(100);
    minutes.getValueFactory().valueProperty().addListener((o, a, b) -> vm.minutesProperty().set(b));
    vm.minutesProperty().addListener((o, a, b) -> minutes.getValueFactory().setValue(b.intValue()));
    ComboBox<Frequency> frequency = new ComboBox<>();
    frequency.getItems().setAll(Frequency.values());
    EnumCells.labelled(frequency, Frequency::label, "");
    frequency.valueProperty().bindBidirectional(vm.frequencyProperty());
    frequency.setId("plan-frequency");
    Spinner<Integer> count = Forms.spinner(1, 52, 6, 1);
    count.setId("plan-count");
    count.setPrefWidth(90);
    count.getValueFactory().valueProperty().addListener((o, a, b) -> vm.countProperty().set(b));
    vm.countProperty().addListener((o, a, b) -> count.getValueFactory().setValue(b.intValue()));
    FlowPane row =
        new FlowPane(
            8,
            6,
            frequency,
            new Label("×"),
            count,
            new Label("sessions of"),
            minutes,
            new Label("minutes"));
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private Node goalsEditor() {
    Button add = button("Add goal", "plan-add-goal", Material2AL.ADD, vm::addGoal);
    // Rows are rebuilt when goals come or go, never while one is typed in (an edit is an update).
    vm.goals()
        .addListener(
            (ListChangeListener<GoalRow>)
                c -> {
                  boolean structural = false;
                  while (c.next()) {
                    structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
                  }
                  if (structural) {
                    rebuildGoals();
                  }
                });
    rebuildGoals();
    Label hint =
        wrap(
            "Make each goal measurable: something the client wants to do again, the measure that"
                + " shows it, where they are now and where they aim to be by when.");
    hint.getStyleClass().add("text-muted");
    VBox box = new VBox(8, Forms.sectionLabel("Goals"), hint, goalRows, add);
    box.getChildren().add(error("goals"));
    return box;
  }

  private void rebuildGoals() {
    goalRows.getChildren().clear();
    for (int i = 0; i < vm.goals().size(); i++) {
      goalRows.getChildren().add(goalRow(vm.goals().get(i), i));
    }
  }

  private Node goalRow(GoalRow row, int index) {
    TextField text = Forms.textField("e.g. Sit at my desk for 2 hours");
    text.textProperty().bindBidirectional(row.textProperty());
    text.setId("plan-goal-text-" + index);
    HBox.setHgrow(text, Priority.ALWAYS);
    ComboBox<Instrument> measure = new ComboBox<>();
    measure.getItems().add(null);
    measure.getItems().addAll(vm.instruments());
    measure.setCellFactory(l -> instrumentCell());
    measure.setButtonCell(shortInstrumentCell());
    measure.setPrefWidth(190); // the list shows the full names
    measure.valueProperty().bindBidirectional(row.measureProperty());
    measure.setId("plan-goal-measure-" + index);
    measure.setAccessibleText("Measure");
    TextField baseline = Forms.textField("now");
    baseline.setPrefColumnCount(4);
    baseline.textProperty().bindBidirectional(row.baselineProperty());
    baseline.setId("plan-goal-baseline-" + index);
    TextField target = Forms.textField("aim");
    target.setPrefColumnCount(4);
    target.textProperty().bindBidirectional(row.targetProperty());
    target.setId("plan-goal-target-" + index);
    baseline.disableProperty().bind(row.measureProperty().isNull());
    target.disableProperty().bind(row.measureProperty().isNull());
    DatePicker by = Forms.datePicker();
    by.setPrefWidth(150);
    by.valueProperty().bindBidirectional(row.byDateProperty());
    by.setId("plan-goal-by-" + index);
    Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
    remove.setTooltip(new Tooltip("Remove this goal"));
    remove.getStyleClass().addAll("flat", "button-icon");
    remove.setOnAction(e -> vm.removeGoal(row));
    for (javafx.scene.control.Control c :
        new javafx.scene.control.Control[] {measure, baseline, target, by, remove}) {
      c.setMinWidth(USE_PREF_SIZE);
    }
    HBox first = new HBox(8, text, remove);
    first.setAlignment(Pos.CENTER_LEFT);
    // The scores are in the measure's stored unit: say which, so an NDI is not typed as a
    // percentage.
    Label unit = new Label();
    unit.setId("plan-goal-unit-" + index);
    unit.getStyleClass().add("text-muted");
    unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    unit.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    row.measureProperty().get() == null
                        ? ""
                        : row.measureProperty().get().unitWords(),
                row.measureProperty()));
    HBox scores = new HBox(8, baseline, new Label("→"), target, unit);
    scores.setAlignment(Pos.CENTER_LEFT);
    HBox when = new HBox(8, new Label("by"), by);
    when.setAlignment(Pos.CENTER_LEFT);
    FlowPane second = new FlowPane(8, 6, measure, scores, when);
    second.setAlignment(Pos.CENTER_LEFT);
    VBox line = new VBox(6, first, second);
    Label problems = new Label();
    problems.getStyleClass().add("field-error");
    problems.setId("plan-goal-error-" + index);
    problems.setWrapText(true);
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  if (!row.problemsShownProperty().get()) {
                    return "";
                  }
                  Map<String, String> all = vm.problemsProperty().get();
                  return String.join(
                      " ",
                      all.entrySet().stream()
                          .filter(e -> e.getKey().startsWith("goal." + index + "."))
                          .map(Map.Entry::getValue)
                          .toList());
                },
                vm.problemsProperty(),
                row.problemsShownProperty()));
    problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());
    // a field left shows this goal's problems from then on
    for (javafx.scene.control.Control c :
        new javafx.scene.control.Control[] {text, baseline, target}) {
      c.focusedProperty()
          .addListener(
              (o, was, is) -> {
                if (!is) {
                  row.problemsShownProperty().set(true);
                }
              });
    }
    return new VBox(4, line, problems);
  }

  private static ListCell<Instrument> shortInstrumentCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Instrument i, boolean empty) {
        super.updateItem(i, empty);
        setText(empty ? null : i == null ? "In words only" : i.code());
      }
    };
  }

  private static ListCell<Instrument> instrumentCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(Instrument i, boolean empty) {
        super.updateItem(i, empty);
        setText(empty ? null : i == null ? "In words only" : i.code() + " — " + i.name());
      }
    };
  }

  private Node homeCare() {
    vm.handoutChoices().addListener((ListChangeListener<LibraryItem>) c -> rebuildHandouts());
    vm.handouts().addListener((ListChangeListener<String>) c -> syncHandouts());
    rebuildHandouts();
    TextArea more = Forms.textArea(2, "Anything else to do at home, in the client's words");
    more.textProperty().bindBidirectional(vm.homeCareProperty());
    VBox box =
        new VBox(
            8,
            Forms.sectionLabel("Home care: handouts to give (printed after the plan)"),
            handoutChecks,
            Forms.field("Further instructions", more, "plan-home-care", false));
    return box;
  }

  private void rebuildHandouts() {
    handoutChecks.getChildren().clear();
    handoutBoxes.clear();
    for (LibraryItem item : vm.handoutChoices()) {
      CheckBox box = new CheckBox(item.title());
      box.setUserData(item.ref());
      box.setId("plan-handout-" + item.ref().replace(':', '-'));
      box.setSelected(vm.handouts().contains(item.ref()));
      box.selectedProperty()
          .addListener(
              (o, a, b) -> {
                if (b && !vm.handouts().contains(item.ref())) {
                  vm.handouts().add(item.ref());
                } else if (!b) {
                  vm.handouts().remove(item.ref());
                }
              });
      handoutBoxes.put(item.ref(), box);
      java.util.List<String> warning = vm.handoutWarning(item.ref());
      if (warning.isEmpty()) {
        handoutChecks.getChildren().add(box);
      } else {
        // Not suggested for this client; the reason stays in view whether it is ticked or not.
        Label why =
            new Label(
                "Not advised for this client. " + String.join(". ", warning) + ".",
                new FontIcon(Material2MZ.WARNING));
        why.setId("plan-handout-warning-" + item.ref().replace(':', '-'));
        why.getStyleClass().add("caution-text");
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAccessibleText(item.title() + ". " + why.getText());
        VBox line = new VBox(2, box, why);
        handoutChecks.getChildren().add(line);
      }
    }
  }

  private void syncHandouts() {
    handoutBoxes.forEach((ref, box) -> box.setSelected(vm.handouts().contains(ref)));
  }

  private Node referrals() {
    TextArea area = Forms.textArea(2, "e.g. Suggested the client sees their GP about night pain");
    area.textProperty().bindBidirectional(vm.referralsProperty());
    return withError(Forms.field("Referrals", area, "plan-referrals", false), "referrals");
  }

  private Node agreement() {
    DatePicker consent = Forms.datePicker();
    consent.valueProperty().bindBidirectional(vm.consentOnProperty());
    consent.setId("plan-consent");
    consent.setPrefWidth(170);
    Button agree = button("Agree plan", "plan-agree", Material2AL.CHECK_CIRCLE, vm::agree);
    agree.getStyleClass().add("accent");
    agree.setTooltip(new Tooltip("Record the client's agreement and make this the active plan"));
    Label hint =
        wrap(
            "Print the plan for the client to read and sign. When they agree, record the day"
                + " here; the plan becomes the active one and is not changed afterwards.");
    hint.getStyleClass().add("text-muted");
    agree.setMinWidth(USE_PREF_SIZE);
    FlowPane row = new FlowPane(8, 6, new Label("Client agreed on"), consent, agree);
    row.setAlignment(Pos.CENTER_LEFT);
    VBox print =
        DocumentButtons.of(
            "draft",
            new SavingFirst(documents, vm),
            () -> vm.editingProperty().get() == null ? null : 0L);
    VBox box =
        new VBox(8, Forms.sectionTitle("Print and agree"), print, hint, row, error("consentOn"));
    box.getStyleClass().add("plan-agreement");
    return box;
  }

  /** Saves the draft first, so the printed plan is the saved one. */
  private record SavingFirst(DocumentCommands<Long> inner, PlansViewModel vm)
      implements DocumentCommands<Long> {
    @Override
    public void print(Long ignored) {
      vm.saveDraft(p -> inner.print(p.id()));
    }

    @Override
    public void save(Long ignored) {
      vm.saveDraft(p -> inner.save(p.id()));
    }

    @Override
    public void open(Long ignored) {
      vm.saveDraft(p -> inner.open(p.id()));
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
      return inner.busyProperty();
    }

    @Override
    public javafx.beans.property.ReadOnlyStringProperty statusProperty() {
      return inner.statusProperty();
    }
  }

  // ----- helpers -----

  private VBox withError(VBox field, String key) {
    field.getChildren().add(error(key));
    return field;
  }

  private Label error(String key) {
    Label label = new Label();
    label.getStyleClass().add("field-error");
    label.setId("plan-error-" + key);
    label.setWrapText(true);
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.showProblemsProperty().get()
                        ? vm.problemsProperty().get().getOrDefault(key, "")
                        : "",
                vm.problemsProperty(),
                vm.showProblemsProperty()));
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Node fact(String label, String value) {
    Label caption = Forms.sectionLabel(label);
    Label text = new Label(value);
    text.setWrapText(true);
    return new VBox(2, caption, text);
  }

  private static Label statusChip(PlanStatus status) {
    Label chip = new Label(status.label());
    chip.setMinWidth(USE_PREF_SIZE);
    chip.getStyleClass().addAll("plan-status", "plan-status-" + status.name().toLowerCase());
    return chip;
  }

  private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon, Runnable r) {
    Button b = new Button(text, new FontIcon(icon));
    b.setId(id);
    b.setOnAction(e -> r.run());
    return b;
  }

  private static Label wrap(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  private static ScrollPane scroll(VBox content, String id) {
    content.setPadding(new Insets(16, 24, 24, 16));
    content.setMaxWidth(900);
    ScrollPane pane = new ScrollPane(content);
    pane.setFitToWidth(true);
    pane.setId(id);
    return pane;
  }
}
