package org.knotwork.practice;

import static org.knotwork.db.generated.Tables.APPOINTMENT;
import static org.knotwork.db.generated.Tables.APPOINTMENT_SETTINGS;
import static org.knotwork.db.generated.Tables.AUDIT_LOG;
import static org.knotwork.db.generated.Tables.BLOCKED_TIME;
import static org.knotwork.db.generated.Tables.BOOKABLE_SERVICE;
import static org.knotwork.db.generated.Tables.CLIENT;
import static org.knotwork.db.generated.Tables.CLIENT_CONDITION;
import static org.knotwork.db.generated.Tables.CLIENT_REGION_CONSENT;
import static org.knotwork.db.generated.Tables.HANDOUT;
import static org.knotwork.db.generated.Tables.HANDOUT_SECTION;
import static org.knotwork.db.generated.Tables.OUTCOME_ENTRY;
import static org.knotwork.db.generated.Tables.OUTCOME_ITEM;
import static org.knotwork.db.generated.Tables.PLAN_FOCUS;
import static org.knotwork.db.generated.Tables.PLAN_GOAL;
import static org.knotwork.db.generated.Tables.PLAN_HANDOUT;
import static org.knotwork.db.generated.Tables.PLAN_MODALITY;
import static org.knotwork.db.generated.Tables.PRACTICE;
import static org.knotwork.db.generated.Tables.SESSION;
import static org.knotwork.db.generated.Tables.SESSION_ADDENDUM;
import static org.knotwork.db.generated.Tables.SESSION_FINDING;
import static org.knotwork.db.generated.Tables.SESSION_RED_FLAG;
import static org.knotwork.db.generated.Tables.SESSION_TREATMENT;
import static org.knotwork.db.generated.Tables.TREATMENT_PLAN;
import static org.knotwork.db.generated.Tables.WORKING_HOURS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.knotwork.safety.Country;
import org.knotwork.safety.EmergencyNumbers;

/** Stores the single practice row and, for demo practices only, discards everything at once. */
public final class PracticeRepository {
  private static final int THE_PRACTICE = 1;
  private final DSLContext dsl;

  public PracticeRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<Practice> find() {
    return dsl.selectFrom(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .fetchOptional(r -> new Practice(r.getName(), r.getIsDemo(), r.getCreatedAt()));
  }

  public void create(Practice practice) {
    dsl.insertInto(PRACTICE)
        .set(PRACTICE.ID, THE_PRACTICE)
        .set(PRACTICE.NAME, practice.name())
        .set(PRACTICE.IS_DEMO, practice.demo())
        .set(PRACTICE.CREATED_AT, practice.createdAt())
        .execute();
  }

  public PracticeDetails details() {
    return dsl.selectFrom(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .fetchOptional(
            r ->
                new PracticeDetails(
                    r.getAddress(), r.getPhone(), r.getEmail(), r.getLogo(), r.getPaperSize()))
        .orElse(PracticeDetails.NONE);
  }

  public void saveDetails(PracticeDetails details) {
    dsl.update(PRACTICE)
        .set(PRACTICE.ADDRESS, details.address())
        .set(PRACTICE.PHONE, details.phone())
        .set(PRACTICE.EMAIL, details.email())
        .set(PRACTICE.LOGO, details.logo())
        .set(PRACTICE.PAPER_SIZE, details.paperSize())
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .execute();
  }

  /** The therapist's profile; empty before it is entered (a practice started before it existed). */
  public Optional<TherapistProfile> therapist() {
    return dsl.selectFrom(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .and(PRACTICE.THERAPIST_NAME.isNotNull())
        .fetchOptional(
            r ->
                new TherapistProfile(
                    r.getTherapistName(),
                    r.getTherapistTitle(),
                    r.getTherapistRegistration(),
                    r.getTherapistRegisteredWith()));
  }

  public void saveTherapist(TherapistProfile profile) {
    int saved =
        dsl.update(PRACTICE)
            .set(PRACTICE.THERAPIST_NAME, profile.name())
            .set(PRACTICE.THERAPIST_TITLE, profile.title())
            .set(PRACTICE.THERAPIST_REGISTRATION, profile.registration())
            .set(PRACTICE.THERAPIST_REGISTERED_WITH, profile.registeredWith())
            .where(PRACTICE.ID.eq(THE_PRACTICE))
            .execute();
    if (saved != 1) {
      throw new IllegalStateException("There is no practice yet to keep your details in.");
    }
  }

  /** The emergency number and same-day help advice names; {@code NOT_SET} until chosen. */
  public EmergencyNumbers emergencyNumbers() {
    return dsl.select(PRACTICE.COUNTRY, PRACTICE.EMERGENCY_NUMBER, PRACTICE.SAME_DAY_HELP)
        .from(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .fetchOptional(
            r -> {
              if (r.value1() == null) {
                return EmergencyNumbers.NOT_SET;
              }
              Country country = r.value1();
              return country == Country.OTHER
                  ? EmergencyNumbers.other(r.value2(), r.value3())
                  : EmergencyNumbers.of(country);
            })
        .orElse(EmergencyNumbers.NOT_SET);
  }

  public void saveEmergencyNumbers(EmergencyNumbers numbers) {
    boolean other = numbers.country() == Country.OTHER;
    dsl.update(PRACTICE)
        .set(PRACTICE.COUNTRY, numbers.country())
        .set(PRACTICE.EMERGENCY_NUMBER, other ? numbers.emergency() : null)
        .set(PRACTICE.SAME_DAY_HELP, other ? numbers.sameDay() : null)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .execute();
  }

  /** Idle minutes before the app locks; 5 before a practice exists. */
  public int autoLockMinutes() {
    return dsl.select(PRACTICE.AUTO_LOCK_MINUTES)
        .from(PRACTICE)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .fetchOptional(PRACTICE.AUTO_LOCK_MINUTES)
        .orElse(5);
  }

  public void saveAutoLockMinutes(int minutes) {
    dsl.update(PRACTICE)
        .set(PRACTICE.AUTO_LOCK_MINUTES, minutes)
        .where(PRACTICE.ID.eq(THE_PRACTICE))
        .execute();
  }

  public void rename(String name) {
    dsl.update(PRACTICE).set(PRACTICE.NAME, name).where(PRACTICE.ID.eq(THE_PRACTICE)).execute();
  }

  /**
   * Deletes every record and the practice itself, in one transaction. The database refuses this for
   * a real practice's signed notes; it is meant for demo practices.
   */
  public void deleteEverything() {
    dsl.transaction(
        trx -> {
          DSLContext ctx = trx.dsl();
          // the appointment book goes back to how a new practice finds it
          ctx.deleteFrom(APPOINTMENT).execute();
          ctx.deleteFrom(BLOCKED_TIME).execute();
          ctx.deleteFrom(BOOKABLE_SERVICE).execute();
          ctx.update(APPOINTMENT_SETTINGS)
              .setNull(APPOINTMENT_SETTINGS.ZONE_ID)
              .set(APPOINTMENT_SETTINGS.MINIMUM_GAP_MINUTES, 0)
              .set(APPOINTMENT_SETTINGS.LATE_NOTICE_HOURS, 24)
              .execute();
          ctx.deleteFrom(WORKING_HOURS).execute();
          for (int weekday = 1; weekday <= 5; weekday++) {
            ctx.insertInto(
                    WORKING_HOURS, WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS, WORKING_HOURS.ENDS)
                .values(weekday, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))
                .execute();
          }
          ctx.deleteFrom(PLAN_GOAL).execute();
          ctx.deleteFrom(PLAN_FOCUS).execute();
          ctx.deleteFrom(PLAN_MODALITY).execute();
          ctx.deleteFrom(PLAN_HANDOUT).execute();
          ctx.deleteFrom(TREATMENT_PLAN).execute();
          ctx.deleteFrom(HANDOUT_SECTION).execute();
          ctx.deleteFrom(HANDOUT).execute();
          ctx.deleteFrom(OUTCOME_ITEM).execute();
          ctx.deleteFrom(OUTCOME_ENTRY).execute();
          ctx.deleteFrom(SESSION_TREATMENT).execute();
          ctx.deleteFrom(SESSION_FINDING).execute();
          ctx.deleteFrom(SESSION_RED_FLAG).execute();
          ctx.deleteFrom(SESSION_ADDENDUM).execute();
          ctx.deleteFrom(SESSION).execute();
          ctx.deleteFrom(AUDIT_LOG).execute();
          ctx.deleteFrom(CLIENT_CONDITION).execute();
          ctx.deleteFrom(CLIENT_REGION_CONSENT).execute();
          ctx.deleteFrom(CLIENT).execute();
          ctx.deleteFrom(PRACTICE).execute();
        });
  }
}
