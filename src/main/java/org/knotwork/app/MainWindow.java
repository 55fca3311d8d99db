package org.knotwork.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.knotwork.audit.ui.AuditLogView;
import org.knotwork.audit.ui.AuditLogViewModel;
import org.knotwork.backup.ui.RestoreTarget;
import org.knotwork.client.ui.ClientWorkspaceView;
import org.knotwork.client.ui.ClientWorkspaceViewModel;
import org.knotwork.client.ui.ImportClientsViewModel;
import org.knotwork.db.PracticeKeys;
import org.knotwork.export.ui.ExportRecordButton;
import org.knotwork.export.ui.RecordExportViewModel;
import org.knotwork.handout.ui.HandoutLibraryView;
import org.knotwork.handout.ui.HandoutLibraryViewModel;
import org.knotwork.lock.ui.SecurityViewModel;
import org.knotwork.practice.Practice;
import org.knotwork.practice.ui.PracticeSettingsViewModel;
import org.knotwork.practice.ui.WelcomeView;
import org.knotwork.practice.ui.WelcomeViewModel;
import org.knotwork.retention.ui.RetentionView;
import org.knotwork.retention.ui.RetentionViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.OpenEditors;
import org.knotwork.ui.SignerPrompt;
import org.knotwork.ui.TaskExecutor;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The one main window: a navigation rail on the left and the chosen section beside it, or the
 * welcome when the data folder holds no practice yet. Builds the screens and their ViewModels from
 * the {@link AppContext}.
 */
final class MainWindow extends BorderPane {
  private final AppContext context;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Knotwork");
  private ClientWorkspaceViewModel clientWorkspace;

  /** Every editor of the practice on show, asked once on leaving and saved before a lock. */
  private OpenEditors openEditors;

  private ToggleButton shown;
  private final Printing printing;
  private final SecurityViewModel security;
  private final Runnable lockNow;
  private final java.util.function.Consumer<Theme> chooseTheme;
  private Theme theme;
  private final RestoreTarget restoreTarget;

  MainWindow(
      AppContext context,
      TaskExecutor executor,
      DialogService dialogs,
      java.util.function.Consumer<java.nio.file.Path> opener,
      PracticeKeys keys,
      Runnable lockNow,
      RestoreTarget restoreTarget,
      Theme theme,
      java.util.function.Consumer<Theme> chooseTheme) {
    this.context = context;
    this.theme = theme;
    this.chooseTheme = chooseTheme;
    this.restoreTarget = askingFirst(restoreTarget);
    this.lockNow = lockNow;
    this.security =
        new SecurityViewModel(
            context.practices(), keys, context.dataDirectory(), executor, dialogs);
    this.executor = executor;
    this.dialogs = dialogs;
    this.printing =
        new Printing(
            context.documents(),
            executor,
            dialogs,
            context.dataDirectory().printoutsDirectory(),
            opener);
    setId("main-window");
  }

  /**
   * Becomes true once the first screen a therapist can use is on show: the welcome, or the client
   * list with its clients read.
   */
  ReadOnlyBooleanProperty readyProperty() {
    return ready.getReadOnlyProperty();
  }

  ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Shows the welcome for a data folder without a practice. */
  void showWelcome() {
    clientWorkspace = null;
    openEditors = new OpenEditors(dialogs);
    shown = null;
    title.set("Knotwork");
    setLeft(null);
    setTop(null);
    WelcomeViewModel vm =
        new WelcomeViewModel(context.practices(), context::createDemoPractice, executor, dialogs);
    setCenter(new WelcomeView(vm, context.dataDirectory().toString(), this::showPractice));
    ready.set(true);
  }

  /** Shows a practice that has not booked anything yet: the client list first. */
  void showPractice(Practice practice) {
    showPractice(practice, false);
  }

  /**
   * Shows the practice: its day first once it books appointments ({@code startOnToday}), decided
   * before anything is on show so the screen never changes under the therapist; else the client
   * list.
   */
  void showPractice(Practice practice, boolean startOnToday) {
    ClientScreen screen = new ClientScreen(context, executor, dialogs, printing);
    clientWorkspace = screen.workspace();
    openEditors = new OpenEditors(dialogs);
    shown = null;
    var loaded = clientWorkspace.list().loadedProperty();
    if (loaded.get()) {
      ready.set(true);
    } else {
      loaded.addListener((o, was, now) -> ready.set(ready.get() || now));
    }
    ClientWorkspaceView clients = screen.view();
    clients.addHeaderAction(
        new ExportRecordButton(exportViewModel(), screen.workspace().editor().storedProperty()));

    ToggleGroup nav = new ToggleGroup();
    ToggleButton todayButton =
        navButton("Today", new FontIcon(Material2MZ.TODAY), "nav-today", nav);
    ToggleButton clientsButton =
        navButton("Clients", new FontIcon(Material2MZ.PEOPLE), "nav-clients", nav);
    ToggleButton bookButton = navButton("Book", new FontIcon(Material2AL.EVENT), "nav-book", nav);
    ToggleButton handoutsButton =
        navButton("Handouts", new FontIcon(Material2AL.DESCRIPTION), "nav-handouts", nav);
    ToggleButton recordsButton =
        navButton("Records", new FontIcon(Material2AL.FACT_CHECK), "nav-records", nav);
    ToggleButton practiceButton =
        navButton("Practice", new FontIcon(Material2MZ.SETTINGS), "nav-practice", nav);
    // Each screen's editors, asked once whichever way the therapist leaves (decision 31).
    openEditors.register(
        screen.workspace().unsavedWork().shownBy(() -> show(clientsButton, clients, nav)));
    PracticePage practicePage =
        new PracticePage(
            context, executor, dialogs, security, lockNow, restoreTarget, exportViewModel());
    ScrollPane settings = practicePage.view(this::showWelcome);
    practicePage.registerWith(openEditors, () -> show(practiceButton, settings, nav));
    PracticeSettingsViewModel settingsVm = practicePage.settings();
    settingsVm.show(practice);
    SignerPrompt askWhoSigns =
        new TherapistPrompt(context.practices(), executor, dialogs, settingsVm::loadTherapist);
    screen.notes().askForSignerWith(askWhoSigns);
    screen.plans().askForSignerWith(askWhoSigns);
    settingsVm
        .practiceProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                updateTitle(now);
              }
            });

    HandoutLibraryViewModel handoutsVm =
        new HandoutLibraryViewModel(
            context.handouts(), executor, dialogs, screen.workspace().editor().storedProperty());
    HandoutLibraryView handouts = new HandoutLibraryView(handoutsVm, printing.handouts(), dialogs);
    openEditors.register(handoutsVm.shownBy(() -> show(handoutsButton, handouts, nav)));
    handoutsButton.setOnAction(
        e ->
            go(
                handoutsButton,
                nav,
                () -> {
                  handoutsVm.load();
                  show(handoutsButton, handouts, nav);
                }));
    clientsButton.setOnAction(e -> go(clientsButton, nav, () -> show(clientsButton, clients, nav)));
    AppointmentBookScreen book =
        new AppointmentBookScreen(
            context,
            executor,
            dialogs,
            printing,
            clientId ->
                go(
                    clientsButton,
                    nav,
                    () -> {
                      show(clientsButton, clients, nav);
                      screen.workspace().open(clientId);
                    }));
    bookButton.setOnAction(
        e ->
            go(
                bookButton,
                nav,
                () -> {
                  book.viewModel().load();
                  show(bookButton, book.view(), nav);
                }));
    TodayPage today =
        new TodayPage(context, executor, dialogs, screen, () -> show(clientsButton, clients, nav));
    Runnable showToday =
        () -> {
          show(todayButton, today.view(), nav);
          today.load();
        };
    todayButton.setOnAction(e -> go(todayButton, nav, showToday));
    today.setOnBookNext(
        clientId ->
            go(
                bookButton,
                nav,
                () -> {
                  book.viewModel().load();
                  show(bookButton, book.view(), nav);
                  book.view().openFindATimeFor(clientId);
                }));
    showImportPage(screen, clients, clientsButton, nav);
    RecordsPage records = recordsPage(screen);
    recordsButton.setOnAction(
        e ->
            go(
                recordsButton,
                nav,
                () -> {
                  records.load();
                  show(recordsButton, records.view(), nav);
                }));
    practiceButton.setOnAction(
        e -> go(practiceButton, nav, () -> show(practiceButton, settings, nav)));
    Region railSpacer = new Region();
    VBox.setVgrow(railSpacer, Priority.ALWAYS);
    VBox rail =
        new VBox(
            4,
            todayButton,
            clientsButton,
            bookButton,
            handoutsButton,
            recordsButton,
            practiceButton,
            railSpacer,
            themeButton());
    rail.getStyleClass().add("nav-rail");
    rail.setPadding(new Insets(12, 6, 12, 6));
    setLeft(rail);
    setTop(practice.demo() ? demoBanner() : null);
    updateTitle(practice);
    if (startOnToday) {
      showToday.run();
    } else {
      show(clientsButton, clients, nav);
    }
    // after the first screen's reads: the calendar file is written afresh at every start
    CalendarRefresh.start(context.calendarFile(), executor);
  }

  /** Switches between the light and the dark theme; the choice is kept on this computer. */
  private ToggleButton themeButton() {
    ToggleButton dark = new ToggleButton();
    dark.setId("nav-theme");
    dark.getStyleClass().add("nav-button");
    dark.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
    dark.setMaxWidth(Double.MAX_VALUE);
    dark.setSelected(theme == Theme.DARK);
    // The button says what clicking it does: "Dark" while the colours are light, and back.
    Tooltip tip = new Tooltip();
    dark.setTooltip(tip);
    Runnable label =
        () -> {
          boolean isDark = dark.isSelected();
          FontIcon icon = new FontIcon(isDark ? Material2MZ.WB_SUNNY : Material2AL.BRIGHTNESS_2);
          icon.setIconSize(22);
          dark.setGraphic(icon);
          dark.setText(isDark ? "Light" : "Dark");
          dark.setAccessibleText(isDark ? "Switch to light colours" : "Switch to dark colours");
          tip.setText(
              (isDark ? "Switch to light colours" : "Switch to dark colours")
                  + "; the choice is kept on this computer");
        };
    label.run();
    dark.selectedProperty()
        .addListener(
            (o, was, now) -> {
              label.run();
              theme = now ? Theme.DARK : Theme.LIGHT;
              chooseTheme.accept(theme);
            });
    return dark;
  }

  /** The Records section: the retention review and the audit log, each on a tab. */
  private record RecordsPage(TabPane view, RetentionViewModel retention, AuditLogViewModel audit) {
    void load() {
      retention.load();
      audit.load();
    }
  }

  private RecordsPage recordsPage(ClientScreen screen) {
    RetentionViewModel retention =
        new RetentionViewModel(
            context.retention(), executor, dialogs, id -> screen.workspace().forget(id));
    AuditLogViewModel audit = new AuditLogViewModel(context.auditLog(), executor, dialogs);
    RecordExportViewModel export = exportViewModel();
    Tab retentionTab =
        new Tab("Retention review", new RetentionView(retention, export::exportClient));
    retentionTab.setId("records-retention");
    Tab auditTab = new Tab("Audit log", new AuditLogView(audit));
    auditTab.setId("records-audit");
    auditTab.setOnSelectionChanged(
        e -> {
          if (auditTab.isSelected()) {
            audit.load();
          }
        });
    TabPane tabs = new TabPane(retentionTab, auditTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("records-page");
    return new RecordsPage(tabs, retention, audit);
  }

  /** Export record / Export all records, saving through the system's file dialog. */
  private RecordExportViewModel exportViewModel() {
    return new RecordExportViewModel(context.exports(), executor, dialogs);
  }

  /**
   * "Import clients…" asks about unsaved changes, then for a file; its page takes the place of the
   * client screen until it is closed. Clients in the rail leaves an import that is not storing.
   */
  private void showImportPage(
      ClientScreen screen,
      ClientWorkspaceView clients,
      ToggleButton clientsButton,
      ToggleGroup nav) {
    ImportClientsViewModel importVm = screen.importClients();
    Node page = screen.importView();
    clients.setOnImportClients(() -> openEditors.leave(importVm::start));
    importVm
        .stepProperty()
        .addListener(
            (obs, old, step) -> {
              if (step == ImportClientsViewModel.Step.CHECKING) {
                show(clientsButton, page, nav);
              } else if (step == ImportClientsViewModel.Step.CLOSED && getCenter() == page) {
                show(clientsButton, clients, nav);
              }
            });
    clientsButton.setOnAction(
        e ->
            go(
                clientsButton,
                nav,
                () -> show(clientsButton, importVm.close() ? clients : page, nav)));
  }

  /** Minutes without use after which the window locks. */
  javafx.beans.property.ReadOnlyIntegerProperty autoLockMinutesProperty() {
    return security.minutesProperty();
  }

  /**
   * Before the window is hidden by a lock: every editor saves what can be saved, without asking;
   * what cannot be saved yet stays in its editor, behind the lock.
   */
  void prepareToLock() {
    if (openEditors != null) {
      openEditors.saveQuietly();
    }
  }

  /**
   * Closes the window once unsaved changes are saved or discarded (one question over every editor
   * with changes); not at all if kept.
   */
  void requestClose(Runnable close) {
    if (openEditors == null) {
      close.run();
    } else {
      openEditors.leave(close);
    }
  }

  /** Restoring a backup replaces every screen: asks about unsaved changes first, like closing. */
  private RestoreTarget askingFirst(RestoreTarget target) {
    return new RestoreTarget() {
      @Override
      public org.knotwork.backup.BackupManifest check(java.nio.file.Path backup) {
        return target.check(backup);
      }

      @Override
      public void restore(java.nio.file.Path backup, org.knotwork.backup.BackupManifest manifest) {
        requestClose(() -> target.restore(backup, manifest));
      }
    };
  }

  /**
   * A screen from the rail: another one waits until the unsaved changes are dealt with (the one on
   * show stays selected meanwhile), then {@code next} shows it.
   */
  private void go(ToggleButton target, ToggleGroup nav, Runnable next) {
    if (target == shown) {
      next.run(); // the screen on show: nothing is left
      return;
    }
    nav.selectToggle(shown);
    openEditors.leave(next);
  }

  private void show(ToggleButton button, Node content, ToggleGroup nav) {
    shown = button;
    nav.selectToggle(button);
    setCenter(content);
  }

  private void updateTitle(Practice practice) {
    title.set("Knotwork — " + practice.name() + (practice.demo() ? " (demo)" : ""));
  }

  private static ToggleButton navButton(String text, FontIcon icon, String id, ToggleGroup group) {
    icon.setIconSize(22);
    ToggleButton button = new ToggleButton(text, icon);
    button.setId(id);
    button.setToggleGroup(group);
    button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
    button.getStyleClass().add("nav-button");
    button.setTooltip(new Tooltip(text));
    button.setMaxWidth(Double.MAX_VALUE);
    return button;
  }

  private static Node demoBanner() {
    Label banner =
        new Label(
            "Demo practice: every client here is invented. "
                + "Discard it under Practice when you are ready to start your own.");
    banner.setGraphic(new FontIcon(Material2AL.INFO));
    banner.setId("demo-banner");
    banner.getStyleClass().add("demo-banner");
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setAlignment(Pos.CENTER_LEFT);
    return banner;
  }
}
