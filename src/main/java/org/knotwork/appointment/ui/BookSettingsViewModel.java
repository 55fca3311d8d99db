package org.knotwork.appointment.ui;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.knotwork.appointment.AppointmentService;
import org.knotwork.appointment.AppointmentSettings;
import org.knotwork.appointment.WorkingHours;
import org.knotwork.ui.DialogService;
import org.knotwork.ui.TaskExecutor;
import org.knotwork.ui.UnsavedWork;
import org.knotwork.ui.UserMessages;

/**
 * The appointment book's rules: working hours a weekday (two spans make a break), the least time
 * kept between appointments, the notice a client gives for a cancellation not to be late, and the
 * practice's time zone (empty: this computer's). Nothing is stored until Save; until then the
 * changes are unsaved work (decision 31).
 */
public final class BookSettingsViewModel implements UnsavedWork {
  private final AppointmentService book;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final ZoneId computersZone;
  private final Map<DayOfWeek, StringProperty> hours = new EnumMap<>(DayOfWeek.class);
  private final Map<DayOfWeek, StringBinding> hoursProblems = new EnumMap<>(DayOfWeek.class);
  private final StringProperty gap = new SimpleStringProperty(this, "gap", "");
  private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
  private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
  private final StringBinding gapProblem;
  private final StringBinding noticeProblem;
  private final StringBinding zoneProblem;
  private final BooleanBinding valid;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper stored = new ReadOnlyStringWrapper(this, "stored", null);
  private final BooleanBinding dirty;

  public BookSettingsViewModel(
      AppointmentService book, TaskExecutor executor, DialogService dialogs, ZoneId computersZone) {
    this.book = book;
    this.executor = executor;
    this.dialogs = dialogs;
    this.computersZone = computersZone;
    List<Observable> all = new ArrayList<>(List.of(gap, notice, zone, stored));
    for (DayOfWeek d : DayOfWeek.values()) {
      StringProperty text = new SimpleStringProperty(this, d.name(), "");
      hours.put(d, text);
      hoursProblems.put(
          d, Bindings.createStringBinding(() -> HoursText.problem(d, text.get()), text));
      all.add(text);
    }
    gapProblem =
        Bindings.createStringBinding(
            () -> number(gap.get(), 0, 240, "The gap between appointments is 0 to 240 minutes."),
            gap);
    noticeProblem =
        Bindings.createStringBinding(
            () ->
                number(
                    notice.get(),
                    0,
                    336,
                    "The notice for cancelling is 0 to 336 hours (two weeks)."),
            notice);
    zoneProblem =
        Bindings.createStringBinding(
            () ->
                zone.get().isBlank() || ZoneId.getAvailableZoneIds().contains(zone.get())
                    ? null
                    : "Choose a time zone from the list, like Europe/London.",
            zone);
    valid =
        Bindings.createBooleanBinding(
            () -> problems().findAny().isEmpty(), all.toArray(Observable[]::new));
    dirty =
        Bindings.createBooleanBinding(
            () -> stored.get() != null && !stored.get().equals(snapshot()),
            all.toArray(Observable[]::new));
  }

  /** Loads the stored settings into the form. */
  public void load() {
    executor.execute(
        () -> new Loaded(book.settings(), book.chosenZone()),
        loaded -> {
          AppointmentSettings s = loaded.settings();
          for (DayOfWeek d : DayOfWeek.values()) {
            hours.get(d).set(HoursText.format(s.hours().on(d)));
          }
          gap.set(Integer.toString(s.minimumGapMinutes()));
          notice.set(Integer.toString(s.lateNoticeHours()));
          zone.set(loaded.chosen().map(ZoneId::getId).orElse(""));
          stored.set(snapshot());
          status.set("");
        },
        failure ->
            dialogs.showError(
                "The appointment book's settings could not be loaded",
                UserMessages.explain(failure, "Loading them")));
  }

  private record Loaded(AppointmentSettings settings, Optional<ZoneId> chosen) {}

  public void save() {
    save(() -> {});
  }

  @Override
  public void save(Runnable then) {
    if (!canSave()) {
      showProblems();
      return;
    }
    List<WorkingHours.Span> spans = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      spans.addAll(HoursText.parse(d, hours.get(d).get()));
    }
    boolean followComputer = zone.get().isBlank();
    AppointmentSettings settings =
        new AppointmentSettings(
            followComputer ? computersZone : ZoneId.of(zone.get()),
            new WorkingHours(spans),
            Integer.parseInt(gap.get().strip()),
            Integer.parseInt(notice.get().strip()));
    String saving = snapshot();
    executor.execute(
        () -> {
          book.saveSettings(settings, followComputer);
          return saving;
        },
        done -> {
          stored.set(done);
          status.set("Saved");
          then.run();
        },
        failure ->
            dialogs.showError(
                "The appointment book's settings were not saved",
                UserMessages.explain(failure, "Saving them")));
  }

  // ----- as unsaved work (decision 31) -----

  @Override
  public boolean hasUnsavedChanges() {
    return dirty.get();
  }

  @Override
  public String describe() {
    return "the appointment book's settings";
  }

  @Override
  public boolean canSave() {
    return valid.get();
  }

  @Override
  public void showProblems() {
    problems().findFirst().ifPresent(status::set);
  }

  @Override
  public void discard() {
    if (stored.get() != null) {
      load();
    }
  }

  // ----- for the view -----

  public StringProperty hoursProperty(DayOfWeek day) {
    return hours.get(day);
  }

  /** What is wrong with the day's hours, in words; null when they are fine. */
  public StringBinding hoursProblem(DayOfWeek day) {
    return hoursProblems.get(day);
  }

  public StringProperty gapProperty() {
    return gap;
  }

  public StringBinding gapProblem() {
    return gapProblem;
  }

  public StringProperty noticeProperty() {
    return notice;
  }

  public StringBinding noticeProblem() {
    return noticeProblem;
  }

  /** The chosen zone's id; empty for this computer's zone. */
  public StringProperty zoneProperty() {
    return zone;
  }

  public StringBinding zoneProblem() {
    return zoneProblem;
  }

  /** The zones to choose from: empty (this computer's) first, then by id. */
  public List<String> zoneChoices() {
    List<String> choices = new ArrayList<>();
    choices.add("");
    choices.addAll(zoneIds());
    return choices;
  }

  /** Up to eight zones whose id holds the typed words: "new york" finds America/New_York. */
  public List<String> zonesMatching(String typed) {
    String words = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (words.isEmpty()) {
      return List.of();
    }
    return zoneIds().stream()
        .filter(z -> z.toLowerCase(Locale.ROOT).contains(words))
        .limit(8)
        .toList();
  }

  /** How a zone choice reads: "This computer's zone (Europe/London)" for the empty one. */
  public String zoneLabel(String id) {
    return id == null || id.isBlank() ? "This computer's zone (" + computersZone.getId() + ")" : id;
  }

  public BooleanBinding validBinding() {
    return valid;
  }

  public BooleanBinding dirtyBinding() {
    return dirty;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  private Stream<String> problems() {
    return Stream.concat(
            hoursProblems.values().stream().map(StringBinding::get),
            Stream.of(gapProblem.get(), noticeProblem.get(), zoneProblem.get()))
        .filter(p -> p != null);
  }

  private String snapshot() {
    StringBuilder s = new StringBuilder();
    for (DayOfWeek d : DayOfWeek.values()) {
      s.append(hours.get(d).get().strip()).append('|');
    }
    return s.append(gap.get().strip())
        .append('|')
        .append(notice.get().strip())
        .append('|')
        .append(zone.get().strip())
        .toString();
  }

  private static String number(String text, int min, int max, String message) {
    try {
      int n = Integer.parseInt(text.strip());
      return n < min || n > max ? message : null;
    } catch (NumberFormatException e) {
      return message;
    }
  }

  private static List<String> zoneIds() {
    return ZONES;
  }

  /** Region zones ("Europe/London"), without the old aliases ("SystemV/…", "Etc/…"). */
  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("SystemV/") && !id.startsWith("Etc/"))
          .sorted()
          .toList();
}
