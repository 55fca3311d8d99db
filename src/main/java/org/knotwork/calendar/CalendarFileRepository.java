package org.knotwork.calendar;

import static org.knotwork.db.generated.Tables.CALENDAR_FILE_SETTINGS;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.knotwork.audit.AuditEntry;
import org.knotwork.audit.AuditEntry.Action;
import org.knotwork.audit.AuditRepository;

/** The calendar file's settings (one row); changes are audited as appointment settings. */
public final class CalendarFileRepository {
  /** Audited under the book's settings, with a detail naming the calendar file. */
  static final String ENTITY = "appointment_settings";

  private static final int THE_SETTINGS = 1;

  private final DSLContext dsl;

  public CalendarFileRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public CalendarFileSettings settings() {
    return dsl.selectFrom(CALENDAR_FILE_SETTINGS)
        .where(CALENDAR_FILE_SETTINGS.ID.eq(THE_SETTINGS))
        .fetchOptional(
            r ->
                new CalendarFileSettings(
                    r.getFolder() == null ? null : Path.of(r.getFolder()), r.getFullNames()))
        .orElse(CalendarFileSettings.NONE);
  }

  public void save(CalendarFileSettings settings, LocalDateTime now, String actor) {
    String folder = settings.folder() == null ? null : settings.folder().toString();
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          int n =
              ctx.update(CALENDAR_FILE_SETTINGS)
                  .set(CALENDAR_FILE_SETTINGS.FOLDER, folder)
                  .set(CALENDAR_FILE_SETTINGS.FULL_NAMES, settings.fullNames())
                  .where(CALENDAR_FILE_SETTINGS.ID.eq(THE_SETTINGS))
                  .execute();
          if (n == 0) {
            ctx.insertInto(CALENDAR_FILE_SETTINGS)
                .set(CALENDAR_FILE_SETTINGS.ID, THE_SETTINGS)
                .set(CALENDAR_FILE_SETTINGS.FOLDER, folder)
                .set(CALENDAR_FILE_SETTINGS.FULL_NAMES, settings.fullNames())
                .execute();
          }
          String detail =
              folder == null
                  ? "Calendar file: none kept"
                  : settings.fullNames()
                      ? "Calendar file: kept, with full names"
                      : "Calendar file: kept, with initials";
          AuditRepository.record(
              ctx, new AuditEntry(now, actor, Action.UPDATE, ENTITY, THE_SETTINGS, detail));
        });
  }
}
