package org.knotwork.app;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.knotwork.appointment.ui.AppointmentBookSettingsView;
import org.knotwork.appointment.ui.BlockedTimeViewModel;
import org.knotwork.appointment.ui.BookServicesViewModel;
import org.knotwork.appointment.ui.BookSettingsViewModel;
import org.knotwork.backup.ui.BackupsView;
import org.knotwork.backup.ui.BackupsViewModel;
import org.knotwork.backup.ui.RestoreTarget;
import org.knotwork.calendar.ui.CalendarFileView;
import org.knotwork.calendar.ui.CalendarFileViewModel;
import org.knotwork.export.ui.ExportPracticeView;
import org.knotwork.export.ui.RecordExportViewModel;
import org.knotwork.lock.ui.SecurityView;
import org.knotwork.lock.ui.SecurityViewModel;
import org.knotwork.outcome.ui.InstrumentsView;
import org.knotwork.outcome.ui.InstrumentsViewModel;
import org.knotwork.practice.ui.EmergencyNumbersView;
import org.knotwork.practice.ui.EmergencyNumbersViewModel;
import org.knotwork.practice.ui.LetterheadView;
import org.knotwork.practice.ui.LetterheadViewModel;
import org.knotwork.practice.ui.PracticeSettingsView;
import org.knotwork.practice.ui.PracticeSettingsViewModel;
import org.knotwork.session.ui.QuickPhrasesView;
import org.knotwork.session.ui.QuickPhrasesViewModel;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.OpenEditors;
import org.knotwork.ui.TaskExecutor;

/**
 * Builds the Practice page: the practice and its therapist, emergency numbers, letterhead, the
 * appointment book's rules, services and blocked time, security, backups, the calendar file,
 * export, quick phrases and measures; its editors register with the window's.
 */
final class PracticePage {
  private final AppContext context;
  private final SecurityViewModel security;
  private final Runnable lockNow;
  private final RecordExportViewModel export;
  private final PracticeSettingsViewModel settings;
  private final LetterheadViewModel letterhead;
  private final EmergencyNumbersViewModel emergencyNumbers;
  private final BackupsViewModel backups;
  private final QuickPhrasesViewModel quickPhrases;
  private final InstrumentsViewModel instruments;
  private final BookSettingsViewModel bookRules;
  private final BookServicesViewModel bookServices;
  private final BlockedTimeViewModel blockedTime;
  private final CalendarFileViewModel calendarFile;

  PracticePage(
      AppContext context,
      TaskExecutor executor,
      DialogService dialogs,
      SecurityViewModel security,
      Runnable lockNow,
      RestoreTarget restoreTarget,
      RecordExportViewModel export) {
    this.context = context;
    this.security = security;
    this.lockNow = lockNow;
    this.export = export;
    settings = new PracticeSettingsViewModel(context.practices(), executor, dialogs);
    letterhead = new LetterheadViewModel(context.practices(), executor, dialogs);
    letterhead.load();
    emergencyNumbers = new EmergencyNumbersViewModel(context.practices(), executor, dialogs);
    emergencyNumbers.load();
    security.load();
    backups = new BackupsViewModel(context.backups(), executor, dialogs, restoreTarget);
    backups.load();
    quickPhrases = new QuickPhrasesViewModel(context.sessions(), executor, dialogs);
    instruments = new InstrumentsViewModel(context.outcomes(), executor, dialogs);
    bookRules =
        new BookSettingsViewModel(
            context.appointments(), executor, dialogs, context.clock().getZone());
    bookRules.load();
    bookServices = new BookServicesViewModel(context.appointments(), executor, dialogs);
    bookServices.load();
    blockedTime =
        new BlockedTimeViewModel(context.appointments(), executor, dialogs, context.clock());
    blockedTime.load();
    calendarFile =
        new CalendarFileViewModel(
            context.calendarFile(), executor, dialogs, context.clock().getZone());
    calendarFile.load();
  }

  /** The practice's name and therapist. */
  PracticeSettingsViewModel settings() {
    return settings;
  }

  /**
   * Every editor on the page, in the order the page shows them; {@code show} brings it in front.
   */
  void registerWith(OpenEditors editors, Runnable show) {
    editors.register(settings.shownBy(show));
    editors.register(emergencyNumbers.shownBy(show));
    editors.register(letterhead.shownBy(show));
    editors.register(bookRules.shownBy(show));
    editors.register(bookServices.shownBy(show));
    editors.register(quickPhrases.shownBy(show));
    editors.register(instruments.shownBy(show));
  }

  /** The page; {@code afterDemoDiscarded} shows the welcome once a demo practice is gone. */
  ScrollPane view(Runnable afterDemoDiscarded) {
    VBox page =
        new VBox(
            8,
            new PracticeSettingsView(
                settings, context.dataDirectory().toString(), afterDemoDiscarded),
            new EmergencyNumbersView(emergencyNumbers),
            new LetterheadView(letterhead),
            new AppointmentBookSettingsView(bookRules, bookServices, blockedTime),
            new SecurityView(security, lockNow),
            new BackupsView(backups),
            new CalendarFileView(calendarFile),
            new ExportPracticeView(export),
            new QuickPhrasesView(quickPhrases),
            new InstrumentsView(instruments));
    page.setPadding(new Insets(0, 32, 24, 32));
    page.setMaxWidth(780);
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    return scroll;
  }
}
